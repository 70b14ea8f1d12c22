//! UI texts: the shell, the start page, the about page and texts every page shares. Each is `Name: "Deutsch" | "English";`.

texts! {
    AppName: "Querwerk" | "Querwerk";
    SkipToContent: "Zum Inhalt springen" | "Skip to content";
    MainNav: "Hauptnavigation" | "Main navigation";
    NavWorkshops: "Projekte" | "Projects";
    NavAbout: "Über Querwerk & Datenschutz" | "About Querwerk & privacy";
    LanguageLabel: "Sprache" | "Language";
    HomeTitle: "Projekte auf diesem Gerät" | "Projects on this device";
    HomeEmptyTitle: "Willkommen bei Querwerk" | "Welcome to Querwerk";
    HomeEmptyIntro:
        "Querwerk begleitet Ihr Cross-Innovation-Team Schritt für Schritt von der ersten Fragestellung über Ideen und Prototypen bis zum Pitch vor der Jury. Alles, was Sie hier eintragen, bleibt in diesem Browser – als Datei nehmen Sie es auf jedes andere Gerät mit."
        | "Querwerk guides your cross-innovation team step by step from a first question through ideas and prototypes to the pitch in front of the jury. Everything you enter stays in this browser – as a file, you can take it to any other device.";
    NewWorkshop: "Neues Projekt anlegen" | "Create a new project";
    OpenWorkshopFile: "Projektdatei öffnen" | "Open a project file";
    NewWorkshopTitle: "Neues Projekt" | "New project";
    FieldTitle: "Titel" | "Title";
    FieldQuestion: "Fragestellung" | "Challenge question";
    FieldQuestionHint:
        "Die konkrete Frage, an der Ihr Team arbeitet – Sie können sie später schärfen."
        | "The concrete question your team works on – you can sharpen it later.";
    Create: "Anlegen" | "Create";
    Cancel: "Abbrechen" | "Cancel";
    Close: "Schließen" | "Close";
    TitleRequired: "Bitte geben Sie dem Projekt einen Titel." | "Please give the project a title.";
    AboutTitle: "Über Querwerk & Datenschutz" | "About Querwerk & privacy";
    AboutIntro:
        "Querwerk ist ein Werkzeug für Workshops: Teams aus Unternehmen, Verwaltung, Kultur und Kreativwirtschaft arbeiten damit gemeinsam an einer Frage – am Beamer, in der Werkstatt oder zu Hause."
        | "Querwerk is a workshop tool: teams from firms, town halls, culture and the creative industries use it to work on one question together – on a projector, in the workshop or at home.";
    AboutProgrammeTitle: "Wofür Querwerk gemacht ist" | "What Querwerk is made for";
    AboutProgramme:
        "Querwerk folgt dem Ablauf von „Cross Innovation Made in Saxony“: Problem verstehen, Ideen entwickeln, Prototypen bauen und testen, den Pitch vorbereiten. Zu jedem Schritt gibt es passende Methoden mit Anleitung und Zeitvorgabe."
        | "Querwerk follows the course of “Cross Innovation Made in Saxony”: understand the problem, develop ideas, build and test prototypes, prepare the pitch. Each step comes with suitable methods, instructions and a timebox.";
    PrivacyTitle: "Ihre Daten bleiben bei Ihnen" | "Your data stays with you";
    PrivacyLocal:
        "Alle Projekte, Boards und Notizen werden nur in diesem Browser auf diesem Gerät gespeichert."
        | "All projects, boards and notes are stored only in this browser on this device.";
    PrivacyNoServer:
        "Querwerk hat keinen Server, kein Konto und kein Tracking. Die App lädt nichts von fremden Adressen nach – keine Schriften, keine Statistik, keine Werbung."
        | "Querwerk has no server, no account and no tracking. The app loads nothing from other addresses – no fonts, no analytics, no ads.";
    PrivacyFiles:
        "Um an einem anderen Gerät weiterzuarbeiten, exportieren Sie ein Projekt als Datei und öffnen sie dort. Wohin die Datei geht, entscheiden allein Sie."
        | "To continue on another device, export a project as a file and open it there. Where the file goes is up to you alone.";
    PrivacyDelete:
        "Wenn Sie die Website-Daten des Browsers löschen, sind auch die Projekte weg. Exportieren Sie deshalb regelmäßig eine Sicherung."
        | "If you clear the browser's site data, the projects are gone too. So export a backup regularly.";
    NotFoundTitle: "Seite nicht gefunden" | "Page not found";
    NotFoundText:
        "Diese Adresse gibt es in Querwerk nicht. Ihre Projekte sind davon nicht betroffen."
        | "This address does not exist in Querwerk. Your projects are not affected.";
    BackToStart: "Zur Startseite" | "Back to the start page";
    Undo: "Rückgängig" | "Undo";
    Redo: "Wiederholen" | "Redo";
    UndoShortcut: "Rückgängig (Strg+Z)" | "Undo (Ctrl+Z)";
    RedoShortcut: "Wiederholen (Strg+Umschalt+Z)" | "Redo (Ctrl+Shift+Z)";
    NoBoardsYet:
        "Noch keine Boards. Beginnen Sie mit „Methode wählen“: Jede Methode bringt ihr eigenes Board mit."
        | "No boards yet. Start with “Choose a method”: each method brings its own board.";
    ChangedAt: "Zuletzt geändert: {when}" | "Last changed: {when}";
    WorkshopDeleted: "Projekt „{title}“ gelöscht." | "Project “{title}” deleted.";
    AllDataDeleted:
        "Alle Daten von Querwerk wurden von diesem Gerät gelöscht."
        | "All Querwerk data was deleted from this device.";
    TakeOtherVersion: "Fassung aus dem anderen Tab laden" | "Load the other tab’s version";
    KeepThisVersion: "Diese Fassung behalten" | "Keep this version";
    RestoreWorkshop: "Wiederherstellen" | "Restore";
    Later: "Später" | "Later";
    WorkshopUnreadable:
        "Dieses Projekt ist gespeichert, kann aber von dieser Version nicht gelesen werden. Auf der Startseite können Sie die Rohdaten herunterladen."
        | "This project is stored but cannot be read by this version. You can download the raw data on the start page.";
    Loading: "Wird geladen …" | "Loading …";
    DropFileHere: "Projektdatei hier ablegen" | "Drop a project file here";
    WorkshopMissing:
        "Dieses Projekt gibt es auf diesem Gerät nicht (mehr)."
        | "This project is not (or no longer) on this device.";
    ChallengeQuestion: "Fragestellung" | "Challenge question";
    NoQuestionYet:
        "Noch keine Fragestellung – formulieren Sie, woran Ihr Team arbeitet."
        | "No challenge question yet – write down what your team is working on.";
    CommandFailed: "Das ging nicht: {detail}" | "That did not work: {detail}";
    CreateBoard: "Board anlegen" | "Create board";
    WorkshopFile: "Projektdatei" | "Project file";
    Discard: "Verwerfen" | "Discard";
    TextDiscarded: "Text verworfen." | "Text discarded.";
    MergedElsewhere:
        "Ein anderer Tab hat dieses Projekt auch geändert – beide Änderungen sind zusammengeführt."
        | "Another tab changed this project too – both sets of changes are merged.";
    Undone: "Rückgängig gemacht." | "Undone.";
    Redone: "Wiederholt." | "Redone.";
    ChooseMethod: "Methode wählen" | "Choose a method";
    AllPhases: "Alle Phasen" | "All phases";
    NoMethodsFound: "Keine Methode passt zu diesen Filtern." | "No method fits these filters.";
    ResetFilters: "Filter zurücksetzen" | "Reset filters";
    StartMethod: "Methode starten" | "Start method";
    BackToWorkshop: "Zurück zum Projekt" | "Back to the project";
    AllMethods: "Alle Methoden" | "All methods";
    StartTimer: "Timer starten" | "Start timer";
    PauseTimer: "Anhalten" | "Pause";
    ResumeTimer: "Fortsetzen" | "Resume";
    ResetTimer: "Zurücksetzen" | "Reset";
    TimeLeft: "Restzeit" | "Time left";
    TimeUp: "Die Zeit für diesen Schritt ist um." | "Time is up for this step.";
    ViewBoard: "Board" | "Board";
    ViewList: "Liste" | "List";
    OtherBoards: "Weitere Boards" | "Other boards";
    AboutMinutes: "etwa {n} Minuten" | "about {n} minutes";
    GoToBoard: "Zum Board" | "Go to board";
    MarkDone: "Als fertig markieren" | "Mark as done";
    Reopen: "Wieder öffnen" | "Reopen";
    SelectionCount: "{n} ausgewählt" | "{n} selected";
    Selection: "Auswahl" | "Selection";
    UngroupNotes: "Aus der Gruppe nehmen" | "Take out of group";
    ClearSelection: "Auswahl aufheben" | "Clear selection";
    SelectNote: "Für eine Gruppe auswählen" | "Select for a group";
    SelectNoteShortcut: "Auswählen (Leertaste oder Strg+Klick)" | "Select (Space, or Ctrl+click)";
    RoundOf: "Runde {n} von {total}" | "Round {n} of {total}";
    SoundOff: "Stumm" | "Mute";
    OpenProjectorWindow: "Projektorfenster öffnen" | "Open projector window";
    ExitProjector: "Projektoransicht beenden" | "Leave projector view";
    ScopePage: "Überall im Projekt" | "Anywhere in the project";
    ScopeNote: "Auf einer Notiz" | "On a note";
    ScopeProjector: "In der Projektoransicht" | "In the projector view";
    VotingProgress:
        "Punktvergabe läuft: {done} von {total} haben abgestimmt"
        | "Voting: {done} of {total} have voted";
    OnSchedule: "im Plan" | "on schedule";
    BehindSchedule: "{n} Min. hinter dem Plan" | "{n} min behind schedule";
    AheadOfSchedule: "{n} Min. vor dem Plan" | "{n} min ahead of schedule";
    RemoveItem: "„{item}“ entfernen" | "Remove “{item}”";
    Remove: "Entfernen" | "Remove";
    Print: "Drucken" | "Print";
    PopupBlocked:
        "Der Browser hat das Projektorfenster blockiert. Erlauben Sie Pop-up-Fenster für diese Seite und versuchen Sie es noch einmal – oder nutzen Sie die Projektoransicht (F)."
        | "The browser blocked the projector window. Allow pop-up windows for this site and try again – or use the projector view (F).";
    SecondsShort: "Sek." | "s";
    ReloadPage: "Seite neu laden" | "Reload page";
    NewerVersionActive:
        "Eine neuere Version von Querwerk ist jetzt aktiv. Laden Sie diese Seite neu, um mit ihr weiterzuarbeiten – Ihre Eingaben werden vorher gespeichert."
        | "A newer version of Querwerk is now active. Reload this page to continue with it – your input is saved first.";
}
