//! UI texts: files, storage, merging and what a workshop refused. Each is `Name: "Deutsch" | "English";`.

texts! {
    PanicTitle: "Querwerk ist auf einen Fehler gestoßen" | "Querwerk ran into an error";
    PanicText:
        "Was bereits gespeichert war, bleibt erhalten. Laden Sie die Seite neu, um weiterzuarbeiten."
        | "What was already saved is kept. Reload the page to continue.";
    PanicReload: "Seite neu laden" | "Reload the page";
    DeleteNote: "Notiz löschen" | "Delete note";
    ExportWorkshop: "Als Datei exportieren" | "Export as file";
    DeleteWorkshop: "Projekt löschen" | "Delete project";
    DeleteAllData: "Alle Daten auf diesem Gerät löschen" | "Delete all data on this device";
    DeleteAllConfirm:
        "Alle Projekte und Einstellungen von Querwerk werden aus diesem Browser gelöscht. Das lässt sich nicht rückgängig machen. Exportieren Sie vorher, was Sie behalten möchten."
        | "All Querwerk projects and settings will be deleted from this browser. This cannot be undone. Export anything you want to keep first.";
    DeleteAllButton: "Ja, alles löschen" | "Yes, delete everything";
    SaveSaved: "Gespeichert" | "Saved";
    SavePending: "Wird gespeichert …" | "Saving …";
    SaveNotSaved: "Nicht gespeichert" | "Not saved";
    SaveFailed:
        "Speichern fehlgeschlagen – Ihre Änderungen sind noch da, aber nicht im Browser gesichert. Exportieren Sie das Projekt als Datei. Querwerk versucht es weiter."
        | "Saving failed – your changes are still here but not stored in the browser. Export the project as a file. Querwerk keeps trying.";
    SaveQuota:
        "Der Speicher dieses Browsers ist voll – Ihre Änderungen sind noch hier, aber nicht gesichert. Exportieren Sie das Projekt als Datei; das sichert es, schafft aber keinen Platz. Platz schaffen Sie, indem Sie alte Projekte exportieren und dann auf der Startseite löschen oder in den Browser-Einstellungen gespeicherte Daten anderer Websites entfernen. Querwerk versucht es weiter."
        | "This browser's storage is full – your changes are still here but not stored. Export the project as a file; that keeps it safe but frees no space. To make room, export old projects and then delete them on the start page, or remove other websites' stored data in the browser settings. Querwerk keeps trying.";
    SaveConflict:
        "Dieses Projekt wurde inzwischen in einem anderen Tab geändert. Welche Fassung soll gelten?"
        | "This project was changed in another tab in the meantime. Which version should count?";
    DeletedElsewhere:
        "Dieses Projekt wurde in einem anderen Tab gelöscht. Hier ist es noch vollständig."
        | "This project was deleted in another tab. It is still complete here.";
    StorageUnavailable:
        "Dieser Browser erlaubt Querwerk keinen Speicher (etwa im privaten Modus). Sie können arbeiten, aber exportieren Sie vor dem Schließen als Datei."
        | "This browser gives Querwerk no storage (for example in private mode). You can work, but export as a file before closing.";
    BackupReminder:
        "Sie haben seit der letzten Sicherung viel geändert. Exportieren Sie das Projekt als Datei – manche Browser löschen Daten von Websites, die eine Woche lang nicht besucht wurden."
        | "You have changed a lot since the last backup. Export the project as a file – some browsers delete data of websites not visited for a week.";
    UnreadableTitle:
        "Gespeicherte Daten, die diese Version nicht lesen kann"
        | "Stored data this version cannot read";
    UnreadableText:
        "Querwerk hat nichts davon gelöscht. Laden Sie die Rohdaten herunter und öffnen Sie sie mit einer neueren Version, oder schicken Sie sie der Person, die Ihr Projekt begleitet."
        | "Querwerk deleted none of it. Download the raw data and open it with a newer version, or send it to the person who supports your project.";
    DownloadRaw: "Rohdaten herunterladen" | "Download raw data";
    ImportDone: "Projekt „{title}“ importiert." | "Project “{title}” imported.";
    ImportExistsTitle: "Dieses Projekt gibt es schon" | "This project already exists";
    ImportExistsText:
        "Auf diesem Gerät gibt es bereits „{title}“ mit derselben Kennung. Ersetzen überschreibt die gespeicherte Fassung mit der Datei; „Beide behalten“ legt die Datei als Kopie an."
        | "“{title}” with the same identifier is already on this device. Replace overwrites the stored version with the file; “Keep both” adds the file as a copy.";
    ImportReplace: "Ersetzen" | "Replace";
    ImportKeepBoth: "Beide behalten" | "Keep both";
    ImportFailedTitle: "Die Datei wurde nicht importiert" | "The file was not imported";
    ImportUntouched: "Ihre gespeicherten Projekte sind unverändert." | "Your stored projects are unchanged.";
    ErrTooLarge:
        "Die Datei ist {size} groß; erlaubt sind höchstens {max}."
        | "The file is {size}; at most {max} is allowed.";
    ErrSyntax:
        "Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}). Vielleicht ist sie unvollständig heruntergeladen worden."
        | "The file is not valid JSON (line {line}, column {column}). Perhaps it was not downloaded completely.";
    ErrNotQuerwerk:
        "Das ist keine Querwerk-Datei (erwartet: „format“: „querwerk“)."
        | "This is not a Querwerk file (expected “format”: “querwerk”).";
    ErrNewer:
        "Die Datei stammt aus einer neueren Querwerk-Version (Format {found}, diese Version kann bis {supported}). Öffnen Sie sie mit der neuesten Version."
        | "The file comes from a newer Querwerk version (format {found}; this version reads up to {supported}). Open it with the latest version.";
    ErrMigration:
        "Die Datei im älteren Format {from} ließ sich nicht umwandeln."
        | "The file in the older format {from} could not be converted.";
    ErrInvalid: "Ungültiger Inhalt bei „{path}“: {problem}." | "Invalid content at “{path}”: {problem}.";
    ErrLimit:
        "Zu groß bei „{path}“: {found} statt höchstens {max} {what}."
        | "Too large at “{path}”: {found} instead of at most {max} {what}.";
    ErrRead: "Die Datei konnte nicht gelesen werden." | "The file could not be read.";
    ErrNotText:
        "Die Datei enthält keinen Text – vielleicht ein Bild oder ein Dokument. Projektdateien enden auf „.querwerk.json“."
        | "The file contains no text – perhaps an image or a document. Project files end in “.querwerk.json”.";
    ErrStorage:
        "Der Browser-Speicher hat den Import abgelehnt: {detail}"
        | "The browser storage refused the import: {detail}";
    CreateFailed: "Das Projekt wurde nicht angelegt: {detail}" | "The project was not created: {detail}";
    DeleteAllFailed: "Es wurde nichts gelöscht: {detail}" | "Nothing was deleted: {detail}";
    StorageMissing:
        "Dieser Browser stellt keinen Speicher (IndexedDB) bereit, etwa in einem privaten Fenster oder wenn Website-Daten blockiert sind."
        | "This browser provides no storage (IndexedDB), for example in a private window or when site data is blocked.";
    StorageClosed:
        "Ein anderer Tab hat die Verbindung zum Browser-Speicher geschlossen. Laden Sie die Seite neu."
        | "Another tab closed the connection to browser storage. Reload the page.";
    StorageFull: "Der Speicher dieses Browsers ist voll." | "This browser's storage is full.";
    StorageConflict:
        "Das Projekt wurde inzwischen in einem anderen Tab geändert."
        | "The project was changed in another tab in the meantime.";
    StorageNewer:
        "Das Projekt wurde mit einer neueren Querwerk-Version gespeichert. Laden Sie die Seite neu."
        | "The project was saved by a newer version of Querwerk. Reload the page.";
    StorageVerify:
        "Die gespeicherten Daten ließen sich nicht so zurücklesen, wie sie geschrieben wurden."
        | "The stored data did not read back as it was written.";
    StorageUnreadable: "Die gespeicherten Daten sind nicht lesbar." | "The stored data cannot be read.";
    StorageWrite: "Der Browser hat das Schreiben abgelehnt ({detail})." | "The browser refused to write ({detail}).";
    StorageRead: "Der Browser hat das Lesen abgelehnt ({detail})." | "The browser refused to read ({detail}).";
    ProblemMissing: "Angabe fehlt" | "value missing";
    ProblemWrongType: "falscher Datentyp" | "wrong type";
    ProblemWrongValue: "unbekannter Wert" | "unknown value";
    ProblemDuplicateId: "Kennung doppelt" | "duplicate identifier";
    ProblemEmpty: "darf nicht leer sein" | "must not be empty";
    ProblemNoZones: "Board ohne Bereiche" | "board without zones";
    ProblemDuplicateZone: "Bereich doppelt" | "duplicate zone";
    ProblemNotFinite: "keine gültige Zahl" | "not a valid number";
    LimitChars: "Zeichen" | "characters";
    LimitNotes: "Notizen" | "notes";
    LimitBoards: "Boards" | "boards";
    StorageTitle: "Speicher auf diesem Gerät" | "Storage on this device";
    StorageUsage: "Belegt: {usage} von {quota}." | "In use: {usage} of {quota}.";
    StoragePersisted:
        "Der Browser hat zugesagt, diese Daten nicht von selbst zu löschen."
        | "The browser has promised not to delete this data on its own.";
    StorageNotPersisted:
        "Der Browser darf diese Daten bei Platzmangel löschen. Exportieren Sie regelmäßig."
        | "The browser may delete this data when space runs low. Export regularly.";
    StorageUnknown:
        "Dieser Browser gibt keine Auskunft über den Speicher."
        | "This browser gives no information about storage.";
    Save: "Speichern" | "Save";
    DeleteNoteShortcut: "Notiz löschen (Entf)" | "Delete note (Del)";
    SaveShortcut: "Speichern (Strg+Enter)" | "Save (Ctrl+Enter)";
    LimitDots: "Punkte" | "dots";
    LimitVoters: "Abstimmende" | "voters";
    CarriedPrompt: "Leitfrage" | "Guiding question";
    CarriedItems: "Übernommen aus früheren Schritten" | "Carried over from earlier steps";
    CarriedRegion: "Ausgangspunkt dieses Boards" | "Where this board starts from";
    CarriedFrom: "aus „{board}“" | "from “{board}”";
    CarriedFromDeleted: "aus einem gelöschten Board" | "from a deleted board";
    CarriedStatement: "Ausgangspunkt" | "Starting point";
    UpdateReady:
        "Eine neue Version von Querwerk ist bereit. Ihre Daten bleiben erhalten."
        | "A new version of Querwerk is ready. Your data stays as it is.";
    UpdateReload: "Neu laden" | "Reload";
    LimitAgendaItems: "Agenda-Punkte" | "agenda items";
    LimitItemMinutes: "Minuten je Agenda-Punkt" | "minutes per agenda item";
    MergeFile: "Datei zusammenführen" | "Merge a file";
    MergeTitle: "Datei in dieses Projekt zusammenführen" | "Merge the file into this project";
    MergeSummary:
        "{new} neu, {changed} geändert, {conflicts} im Konflikt."
        | "{new} new, {changed} changed, {conflicts} in conflict.";
    MergeConflictsIntro:
        "Diese Notizen wurden in beiden Fassungen geändert. Die spätere Änderung gilt; die andere wird an der Notiz unter „Frühere Fassungen“ aufbewahrt und lässt sich dort wieder übernehmen."
        | "These notes were changed in both copies. The later change stays; the other is kept with the note under “Earlier versions”, where you can take it back.";
    MergeKept: "Bleibt:" | "Stays:";
    MergeLost: "Wird ersetzt:" | "Replaced:";
    MergeApply: "Zusammenführen" | "Merge";
    MergeDone:
        "Zusammengeführt: {new} neu, {changed} geändert, {conflicts} im Konflikt. Rückgängig mit Strg+Z."
        | "Merged: {new} new, {changed} changed, {conflicts} in conflict. Undo with Ctrl+Z.";
    MergeOtherWorkshop:
        "Diese Datei gehört zu einem anderen Projekt („{title}“). Zusammenführen geht nur mit einer Kopie dieses Projekts; öffnen Sie sie stattdessen von der Startseite. Hier hat sich nichts geändert."
        | "This file belongs to another project (“{title}”). Only a copy of this project can be merged; open it from the start page instead. Nothing has changed here.";
    LimitPitchSeconds: "Sekunden je Pitch oder Abschnitt" | "seconds per pitch or section";
    LimitJuryQuestions: "eigene Jury-Fragen" | "own jury questions";
    LimitRehearsals: "gespeicherte Proben" | "recorded rehearsals";
    LimitRating: "Punkte je Einschätzung" | "points per rating";
    LimitEarlier: "frühere Fassungen" | "earlier versions";
    EarlierShow: "Frühere Fassungen ansehen ({n})" | "See earlier versions ({n})";
    EarlierTitle: "Frühere Fassungen" | "Earlier versions";
    EarlierIntro:
        "Diese Texte hat das Zusammenführen einer Datei ersetzt. Wer eine Fassung übernimmt, verliert nichts: Der jetzige Text wird dann selbst zur früheren Fassung."
        | "These texts were replaced when a file was merged. Taking one back loses nothing: the current text becomes an earlier version instead.";
    EarlierCurrent: "Jetziger Text:" | "Current text:";
    EarlierRestore: "Diese Fassung übernehmen" | "Use this version";
    EarlierDiscard: "Verwerfen" | "Discard";
    EarlierRestored:
        "Frühere Fassung übernommen. Rückgängig mit Strg+Z."
        | "Earlier version taken back. Undo with Ctrl+Z.";
    EarlierDiscarded:
        "Frühere Fassung verworfen. Rückgängig mit Strg+Z."
        | "Earlier version discarded. Undo with Ctrl+Z.";
    DocAsOf: "Stand: {date}" | "As of {date}";
    DocTeam: "Team" | "Team";
    DocAgendaTime: "Zeit" | "Time";
    DocAgendaItem: "Programmpunkt" | "Item";
    DocRanking: "Ergebnis der Punktabfrage" | "Dot vote result";
    DocNoNotes: "Noch keine Notizen." | "No notes yet.";
    CsvPhase: "Phase" | "Phase";
    CsvMethod: "Methode" | "Method";
    CsvBoard: "Board" | "Board";
    CsvZone: "Bereich" | "Area";
    CsvCluster: "Gruppe" | "Group";
    CsvText: "Text" | "Text";
    CsvAuthor: "Person" | "Author";
    CsvColour: "Farbe" | "Colour";
    CsvDots: "Punkte" | "Dots";
    CsvCreated: "Erstellt" | "Created";
    CsvUpdated: "Geändert" | "Updated";
    ExportMenu: "Exportieren" | "Export";
    ExportJson: "Projektdatei (.querwerk.json)" | "Project file (.querwerk.json)";
    ExportJsonHint:
        "Zum Sichern und Weitergeben – lässt sich in Querwerk wieder öffnen."
        | "For backups and sharing – opens again in Querwerk.";
    ExportMarkdown: "Dokumentation (Markdown)" | "Documentation (Markdown)";
    ExportMarkdownHint:
        "Das ganze Projekt als lesbares Dokument – als Bericht oder als Vorlage für andere Teams."
        | "The whole project as a readable document – as a report or a blueprint for other teams.";
    ExportCsv: "Alle Notizen (CSV)" | "All notes (CSV)";
    ExportCsvHint:
        "Eine Tabelle für Excel oder LibreOffice, eine Zeile je Notiz."
        | "A table for Excel or LibreOffice, one row per note.";
    ExportCatalogueLoading: "Der Methodenkatalog wird noch geladen …" | "The method catalogue is still loading …";
    ExportFailed:
        "Der Download hat nicht geklappt ({detail}). Ihr Projekt ist weiterhin gespeichert. Versuchen Sie es noch einmal oder erlauben Sie Downloads für diese Seite."
        | "The download did not work ({detail}). Your project is still saved. Try again, or allow downloads for this site.";
    DocNotRated: "noch nicht eingeschätzt" | "not rated yet";
    ProblemDuplicateKey: "derselbe Eintrag steht hier zweimal" | "the same entry appears twice here";
    LimitZones: "Bereiche" | "zones";
    LimitMembers: "Mitglieder" | "members";
    LimitClusters: "Gruppen" | "groups";
    LimitCarriedItems: "übernommene Ergebnisse" | "carried-over results";
    LimitSections: "Abschnitte" | "sections";
    LimitSpokenMs: "Millisekunden" | "milliseconds";
    MergeClamped:
        "Die Datei enthält Zeitangaben in der Zukunft ({count}) – wahrscheinlich ging die Uhr des anderen Geräts falsch. Beim Zusammenführen zählen sie als jetzt, damit diese Fassung nicht jede spätere Zusammenführung gewinnt."
        | "The file holds times in the future ({count}) – the other device's clock was probably wrong. The merge counts them as now, so this copy does not win every later merge.";
    MergeLossesIntro:
        "Das wird in Ihrer Fassung ersetzt oder gelöscht:"
        | "In your copy, the merge replaces or deletes:";
    MergeLossLine: "{item}: „{was}“ – {action}" | "{item}: “{was}” – {action}";
    MergeLossLineBare: "{item} – {action}" | "{item} – {action}";
    MergeOnBoard: "{item} auf „{board}“" | "{item} on “{board}”";
    MergeReplaced: "wird ersetzt" | "replaced";
    MergeDeleted: "wird gelöscht" | "deleted";
    MergeItemTitle: "Titel des Projekts" | "Project title";
    MergeItemQuestion: "Fragestellung" | "Challenge question";
    MergeItemMember: "Mitglied" | "Member";
    MergeItemBoard: "Board" | "Board";
    MergeItemBoardTitle: "Titel des Boards" | "Board title";
    MergeItemZones: "Bereiche" | "Zones";
    MergeItemNote: "Notiz" | "Note";
    MergeItemCluster: "Gruppe" | "Group";
    MergeItemVote: "Punktabstimmung" | "Dot vote";
    MergeItemAgenda: "Agenda" | "Agenda";
    MergeItemPitchText: "Pitch-Feld „{field}“" | "Pitch field “{field}”";
    MergeItemPitchPlan: "Zeitplan für den {kind}" | "Timing: {kind}";
    MergeItemJury: "Jury-Check zum {kind}" | "Jury check: {kind}";
    MergeItemRehearsal: "Aufgezeichneter Probelauf" | "Recorded rehearsal run";
    MergeRefused:
        "Diese Datei lässt sich nicht zusammenführen, denn das Ergebnis wäre kein gültiges Projekt. {detail} Es wurde nichts geändert."
        | "This file cannot be merged, because the result would not be a valid project. {detail} Nothing was changed.";
    MergeLossesMore: "… und {n} weitere." | "… and {n} more.";
    PersistGranted:
        "Dieser Browser hat zugesagt, Ihre Projekte nicht von selbst zu löschen: Sie bleiben auf diesem Gerät, bis Sie sie löschen. Eine Sicherung als Datei hilft trotzdem, falls das Gerät ausfällt."
        | "This browser has promised not to delete your projects on its own: they stay on this device until you delete them. A backup file still helps if the device fails.";
    PersistDenied:
        "Dieser Browser kann Projekte von selbst löschen, wenn der Speicher knapp wird oder Querwerk längere Zeit nicht geöffnet wurde. Sichern Sie wichtige Projekte als Datei („Exportieren“)."
        | "This browser may delete projects on its own when storage runs low or Querwerk has not been opened for a while. Keep a file of important projects (“Export”).";
    PersistDismiss: "Verstanden" | "Got it";
    DbBlocked:
        "Querwerk wartet auf einen anderen Tab mit einer älteren Querwerk-Version, der den Speicher noch belegt. Schließen Sie diesen Tab oder laden Sie ihn neu – dann geht es hier von selbst weiter."
        | "Querwerk is waiting for another tab with an older version of Querwerk that still holds the storage. Close or reload that tab – then this one continues on its own.";
    DbNeedsReload:
        "Eine neuere Querwerk-Version in einem anderen Tab hat den Speicher übernommen, deshalb kann diese Seite nicht mehr speichern. Laden Sie die Seite neu. Was noch nicht gespeichert ist, lädt Querwerk vorher als Datei herunter."
        | "A newer version of Querwerk in another tab has taken over the storage, so this page cannot save any more. Reload the page. Anything not yet saved is downloaded as a file first.";
    SaveNewerData:
        "Dieses Projekt wurde inzwischen mit einer neueren Querwerk-Version gespeichert. Diese Seite speichert nicht darüber, damit davon nichts verloren geht. Ihre Änderungen sind noch hier: Laden Sie die Seite neu – was noch nicht gespeichert ist, lädt Querwerk vorher als Datei herunter."
        | "This project has since been saved by a newer version of Querwerk. This page does not save over it, so nothing of it is lost. Your changes are still here: reload the page – anything not yet saved is downloaded as a file first.";
    RefusedUnknownBoard:
        "Dieses Board gibt es nicht mehr – vielleicht wurde es gerade gelöscht."
        | "This board no longer exists – perhaps it was just deleted.";
    RefusedUnknownNote:
        "Diese Notiz gibt es nicht mehr – vielleicht wurde sie gerade gelöscht."
        | "This note no longer exists – perhaps it was just deleted.";
    RefusedUnknownCluster:
        "Diese Gruppe gibt es nicht mehr – vielleicht wurde sie gerade aufgelöst."
        | "This group no longer exists – perhaps it was just dissolved.";
    RefusedUnknownEarlier: "Diese frühere Fassung gibt es nicht mehr." | "This earlier version no longer exists.";
    RefusedUnknownMember: "Diese Person gehört nicht mehr zum Team." | "This person is no longer part of the team.";
    RefusedUnknownZone: "Diesen Bereich gibt es auf diesem Board nicht." | "This board has no such zone.";
    RefusedLimit:
        "Das wären {found} {what}, erlaubt sind höchstens {max}."
        | "That would be {found} {what}; at most {max} are allowed.";
    RefusedEmptyTitle: "Der Titel darf nicht leer sein." | "The title must not be empty.";
    RefusedEmptyName: "Der Name darf nicht leer sein." | "The name must not be empty.";
    RefusedDuplicate: "Diesen Eintrag gibt es schon." | "This entry already exists.";
    RefusedOrder: "Die Notiz lässt sich dort nicht ablegen." | "The note cannot be placed there.";
    RefusedNotDeleted:
        "Das ist nicht gelöscht, es gibt also nichts wiederherzustellen."
        | "This is not deleted, so there is nothing to restore.";
    RefusedOtherWorkshop:
        "Diese Fassung gehört zu einem anderen Projekt."
        | "This version belongs to another project.";
    RefusedLeadOnly:
        "Das übernimmt in diesem Live-Raum die Moderation: Notizen anderer entfernen oder verschieben, Abstimmungen starten und aufdecken, Boards löschen und die Agenda ändern."
        | "In this live room the facilitator does that: removing or moving other people’s notes, starting and revealing votes, deleting boards and changing the agenda.";
}
