//! UI texts: the room: agenda, timer, projector, keys, the live room and the team. Each is `Name: "Deutsch" | "English";`.

texts! {
    AddNote: "Notiz hinzufügen" | "Add note";
    AddNoteShortcut: "Notiz hinzufügen (N)" | "Add note (N)";
    AddNoteTo: "Notiz hinzufügen in „{zone}“" | "Add note to “{zone}”";
    PrevStep: "Vorheriger Schritt" | "Previous step";
    AddMinute: "+1 Min." | "+1 min";
    AddMinuteLong: "Eine Minute mehr" | "One more minute";
    KeyNewNote: "Neue Notiz" | "New note";
    KeyTimer: "Timer starten oder anhalten" | "Start or pause the timer";
    KeyProjector: "Projektoransicht im Vollbild" | "Projector view, full screen";
    KeyHelp: "Diese Übersicht" | "This overview";
    KeyFocusNote: "Zwischen Notizen wechseln" | "Move between notes";
    KeyMoveNote: "Notiz verschieben" | "Move the note";
    KeyFirstLast: "Zur ersten oder letzten Notiz der Spalte" | "To the first or last note of the column";
    KeyEdit: "Notiz bearbeiten" | "Edit the note";
    KeyDelete: "Notiz löschen" | "Delete the note";
    KeySelect: "Notiz auswählen (zum Gruppieren)" | "Select the note (to group)";
    KeyCancel: "Auswahl, Menü oder Ziehen abbrechen" | "Cancel selection, menu or drag";
    KeyAddDot: "Punkt vergeben (beim Punkten)" | "Give a dot (while voting)";
    KeyRemoveDot: "Punkt zurücknehmen" | "Take a dot back";
    ShortcutsTitle: "Tastenkürzel" | "Keyboard shortcuts";
    ShortcutsIntro:
        "Kein Kürzel wirkt, während Sie in ein Feld schreiben."
        | "No shortcut acts while you type in a field.";
    ProjectorView: "Projektoransicht" | "Projector view";
    Break: "Pause" | "Break";
    RoomControls: "Raum und Projektor" | "Room and projector";
    AgendaItemOf: "Programmpunkt {n} von {total}" | "Agenda item {n} of {total}";
    AgendaRunning: "Laufende Agenda" | "Running agenda";
    AgendaNext: "Weiter zum nächsten Punkt" | "On to the next item";
    AgendaStop: "Ablauf beenden" | "Stop the agenda";
    AgendaMethodMissing:
        "„{method}“ ließ sich nicht öffnen. Ist die Methodenbibliothek geladen?"
        | "“{method}” could not be opened. Has the method library loaded?";
    AgendaMoveHint:
        "„{item}“ verschieben: ziehen oder Alt+Pfeil hoch/runter"
        | "Move “{item}”: drag, or Alt+arrow up/down";
    AgendaMinutesOf: "Dauer von „{item}“ in Minuten" | "Length of “{item}” in minutes";
    AgendaSummary: "Ende {end} · {total}" | "Ends {end} · {total}";
    AgendaTitle: "Agenda des Tages" | "Agenda for the day";
    AgendaTemplates: "Vorlage übernehmen:" | "Start from a template:";
    AgendaStart: "Beginn" | "Start";
    AgendaEmpty:
        "Noch keine Punkte. Übernehmen Sie eine Vorlage oder fügen Sie Methoden und Pausen hinzu."
        | "No items yet. Start from a template or add methods and breaks.";
    AgendaMethod: "Methode" | "Method";
    AgendaChooseMethod: "Methode wählen …" | "Choose a method …";
    AgendaMinutes: "Minuten" | "Minutes";
    AgendaAddMethod: "Methode hinzufügen" | "Add method";
    AgendaAddBreak: "Pause hinzufügen" | "Add break";
    AgendaStartRun: "Ablauf starten" | "Run the agenda";
    Agenda: "Agenda" | "Agenda";
    RoleCompany: "Unternehmen/Einrichtung" | "Company/organisation";
    RoleCreative: "Kreativschaffende" | "Creative";
    RoleFacilitation: "Moderation" | "Facilitation";
    LiveStart: "Live-Raum öffnen" | "Open live room";
    LiveInvite: "Einladen" | "Invite";
    LiveDialogTitle: "Mit Telefon oder Laptop beitreten" | "Join from a phone or laptop";
    LiveDialogIntro:
        "Wer den Code scannt oder den Link öffnet, arbeitet an diesem Projekt mit, ohne Konto. Der Schlüssel steht nur im Link: Der Server sieht keine Texte."
        | "Anyone who scans the code or opens the link works on this project with you, no account needed. The key is only in the link: the server sees no text.";
    LiveLink: "Link zum Beitreten" | "Link to join";
    LiveLeadLink:
        "Link für die Moderation (leitet den Raum, nur an Moderierende weitergeben)"
        | "Link for facilitators (leads the room; share it only with them)";
    LiveHere: "Außerdem im Raum: {who}" | "Also in the room: {who}";
    LiveHereUnnamedOne: "{n} Gerät ohne Namen" | "{n} device without a name";
    LiveHereUnnamed: "{n} Geräte ohne Namen" | "{n} devices without a name";
    LiveQr: "QR-Code zum Beitreten" | "QR code to join";
    LiveEnd: "Raum auf diesem Gerät verlassen" | "Leave the room on this device";
    LiveStatusLive: "Live" | "Live";
    LiveStatusConnecting: "Verbinde …" | "Connecting …";
    LiveStatusOffline:
        "Offline – Änderungen werden gesendet, sobald die Verbindung wieder steht"
        | "Offline – changes are sent once the connection is back";
    LiveRefused:
        "Eine Änderung aus dem Live-Raum hat die Prüfung nicht bestanden und wurde nicht übernommen. Hier bleibt alles, wie es war."
        | "A change from the live room failed the checks and was not taken. Everything here stays as it was.";
    LiveFailed:
        "Der Live-Raum ließ sich nicht öffnen: Dieser Browser liefert keine Zufallszahlen für den Schlüssel."
        | "The live room could not be opened: this browser gives no random numbers for the key.";
    LiveNotKept:
        "Der Live-Raum ließ sich nicht öffnen: Dieser Browser hat den Link zum Raum nicht gespeichert. Ist der Speicher voll, oder erlaubt er hier keine Daten (privates Fenster)?"
        | "The live room could not be opened: this browser did not store the room's link. Is storage full, or does it allow no data here (private window)?";
    LiveEndAll: "Live-Raum für alle beenden" | "End the live room for everyone";
    LiveEndAllHint:
        "Alle Geräte verlassen den Raum. Jedes behält das Projekt so, wie es gerade ist; danach ändert jedes nur noch seine eigene Kopie."
        | "Every device leaves the room. Each keeps the project as it is now; from then on each changes only its own copy.";
    LiveEndAllOffline:
        "Beenden für alle geht nur mit Verbindung zum Raum."
        | "Ending for everyone needs a connection to the room.";
    LiveEnded:
        "Die Moderation hat den Live-Raum beendet. Das Projekt bleibt auf diesem Gerät, so wie es zuletzt war."
        | "The facilitator ended the live room. The project stays on this device as it was last.";
    LiveRefusedLead:
        "Kommt das immer wieder, beenden Sie den Raum für alle und öffnen Sie einen neuen: Das Projekt bleibt auf jedem Gerät erhalten."
        | "If this keeps happening, end the room for everyone and open a new one: every device keeps the project.";
    JoinTitle: "Live-Raum beitreten" | "Join a live room";
    JoinConnecting: "Verbinde mit dem Live-Raum …" | "Connecting to the live room …";
    JoinNoRooms:
        "Diese Querwerk-Ausgabe ist ohne Live-Raum eingerichtet. Fragen Sie, wer sie betreibt, oder arbeiten Sie mit Projektdateien."
        | "This Querwerk is set up without live rooms. Ask whoever runs it, or work with project files.";
    TeamButton: "Team ({n})" | "Team ({n})";
    TeamTitle: "Team" | "Team";
    TeamIntro:
        "Wer arbeitet an diesem Projekt mit? Auf dem eigenen Telefon oder Laptop wählen Sie sich selbst aus: Ihre Notizen tragen dann Ihren Namen. Am gemeinsamen Bildschirm wählen Sie niemanden."
        | "Who works on this project? On your own phone or laptop, pick yourself: your notes then carry your name. At the shared screen, pick no one.";
    TeamMe: "Wer arbeitet an diesem Gerät?" | "Who works at this device?";
    TeamNobody: "Niemand bestimmtes (gemeinsamer Bildschirm)" | "No one in particular (shared screen)";
    TeamIsMe: "Das bin ich: {name}" | "This is me: {name}";
    TeamName: "Name" | "Name";
    TeamRole: "Rolle" | "Role";
    TeamAdd: "Hinzufügen" | "Add";
    TeamRemove: "{name} aus dem Team entfernen" | "Remove {name} from the team";
    TeamRemoveShort: "Entfernen" | "Remove";
    JoinBadLink:
        "Dieser Link führt in keinen Live-Raum. Bitten Sie um einen neuen Link oder QR-Code."
        | "This link does not lead to a live room. Please ask for a new link or QR code.";
    JoinStoreFailed:
        "Das Projekt ließ sich auf diesem Gerät nicht speichern. Ist der Speicher voll, oder erlaubt der Browser hier keine Daten (privates Fenster)?"
        | "The project could not be stored on this device. Is storage full, or does the browser allow no data here (private window)?";
    JoinEnded:
        "Dieser Live-Raum ist beendet. Bitten Sie die Moderation um einen neuen Link."
        | "This live room has ended. Ask the facilitator for a new link.";
}
