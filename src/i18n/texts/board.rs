//! UI texts: boards, notes, clusters and the dot vote. Each is `Name: "Deutsch" | "English";`.

texts! {
    ColourYellow: "Gelb" | "Yellow";
    ColourOrange: "Orange" | "Orange";
    ColourPink: "Rosa" | "Pink";
    ColourGreen: "Grün" | "Green";
    ColourBlue: "Blau" | "Blue";
    ColourLilac: "Lila" | "Lilac";
    ColourGrey: "Grau" | "Grey";
    NoteText: "Notiztext" | "Note text";
    NotePlaceholder: "Ein Gedanke pro Notiz" | "One thought per note";
    NoteLabel: "Notiz in „{zone}“, {colour}: {text}" | "Note in “{zone}”, {colour}: {text}";
    NoteEmpty: "(leer)" | "(empty)";
    EditNote: "Bearbeiten" | "Edit";
    NoteColour: "Farbe" | "Colour";
    MoveNote: "Verschieben nach …" | "Move to …";
    MoveNoteTo: "Nach „{zone}“ verschieben" | "Move to “{zone}”";
    NoteDeleted: "Notiz gelöscht." | "Note deleted.";
    NoteMovedTo: "Notiz nach „{zone}“ verschoben." | "Note moved to “{zone}”.";
    NoteTooLong: "Eine Notiz darf höchstens {max} Zeichen haben." | "A note may have at most {max} characters.";
    BoardKeyboardHelp:
        "Tastatur: N neue Notiz, Enter bearbeiten, Entf löschen, Alt+Pfeiltasten verschieben, Leertaste auswählen, Strg+Z rückgängig."
        | "Keyboard: N new note, Enter edit, Delete remove, Alt+arrow keys move, Space select, Ctrl+Z undo.";
    ZoneEmpty:
        "Noch keine Notizen. Ziehen Sie eine hierher oder legen Sie eine neue an."
        | "No notes yet. Drag one here or add a new one.";
    Boards: "Boards" | "Boards";
    BoardTemplate: "Vorlage" | "Template";
    NotesCount: "{n} Notizen" | "{n} notes";
    BoardsCount: "{n} Boards" | "{n} boards";
    BoardCountOne: "1 Board" | "1 board";
    EditWorkshop: "Titel und Fragestellung bearbeiten" | "Edit title and question";
    BoardTools: "Board-Werkzeuge" | "Board tools";
    BoardMissing: "Dieses Board gibt es nicht (mehr)." | "This board does not exist (any more).";
    NoteCountOne: "1 Notiz" | "1 note";
    NoteColourOf: "Farbe: {colour}" | "Colour: {colour}";
    EditNoteShortcut: "Bearbeiten (Enter)" | "Edit (Enter)";
    NoteCharCount: "{n} von {max} Zeichen" | "{n} of {max} characters";
    NoteMovedToPosition:
        "Notiz an Position {n} von {total} in „{zone}“ verschoben."
        | "Note moved to position {n} of {total} in “{zone}”.";
    FilterPhase: "Phase" | "Phase";
    FilterDuration: "Dauer" | "Duration";
    FilterPeople: "Personen im Team" | "People in the team";
    FilterSearch: "Suchen" | "Search";
    BoardView: "Ansicht" | "View";
    BoardStateNotStarted: "noch leer" | "empty";
    BoardStateInProgress: "in Arbeit" | "in progress";
    BoardStateDone: "fertig" | "done";
    NoteSelected: "Notiz ausgewählt ({n} ausgewählt)" | "Note selected ({n} selected)";
    NoteUnselected: "Auswahl aufgehoben ({n} ausgewählt)" | "Note deselected ({n} selected)";
    ClusterDefaultName: "Gruppe {n}" | "Group {n}";
    ClusterCreated:
        "{n} Notizen gruppiert. Geben Sie der Gruppe einen Namen."
        | "{n} notes grouped. Give the group a name.";
    NotesUngrouped: "Aus der Gruppe genommen." | "Taken out of the group.";
    NoteJoinedCluster: "Notiz zur Gruppe „{name}“ hinzugefügt." | "Note added to the group “{name}”.";
    ClusterUnnamed: "Gruppe ohne Namen" | "Unnamed group";
    ClusterDissolved:
        "Gruppe „{name}“ aufgelöst, die Notizen bleiben."
        | "Group “{name}” dissolved; the notes stay.";
    ClusterToggle: "Gruppe „{name}“" | "Group “{name}”";
    ClusterName: "Name der Gruppe" | "Group name";
    ClusterRename: "Gruppe „{name}“ umbenennen" | "Rename group “{name}”";
    ClusterDissolve: "Gruppe „{name}“ auflösen" | "Dissolve group “{name}”";
    ClusterDissolveHint: "Gruppe auflösen, die Notizen bleiben" | "Dissolve the group; the notes stay";
    VoteNoVoters: "Wählen Sie mindestens eine Person aus, die abstimmt." | "Choose at least one person to vote.";
    VoteStarted:
        "Abstimmung gestartet. Wer zuerst abstimmt, wählt sich in der Liste aus."
        | "Vote started. Whoever votes first picks their name in the list.";
    VoteNoDotsLeft:
        "Alle Punkte sind vergeben. Nehmen Sie einen Punkt weg, um ihn neu zu setzen."
        | "All dots are placed. Remove one to place it elsewhere.";
    VoteDotPlaced: "Punkt gesetzt, noch {left} übrig." | "Dot placed, {left} left.";
    VoteDotRemoved: "Punkt entfernt, noch {left} übrig." | "Dot removed, {left} left.";
    VoteHandedOver: "Gespeichert. Die nächste Person ist dran." | "Saved. Next person, please.";
    VoteRevealed: "Die Punkte sind aufgedeckt." | "The dots are revealed.";
    VoteRemoved: "Die Abstimmung wurde entfernt." | "The vote was removed.";
    VoteTitle: "Punkte vergeben" | "Dot voting";
    VoteWho: "Wer stimmt ab?" | "Who votes?";
    VoteNoTeam:
        "Noch niemand im Team. Tragen Sie die Namen der Abstimmenden ein."
        | "No one in the team yet. Add the names of the people voting.";
    VoteAddPerson: "Person hinzufügen" | "Add a person";
    VoteAdd: "Hinzufügen" | "Add";
    VoteDotsEach: "Punkte pro Person" | "Dots per person";
    VoteStart: "Abstimmung starten" | "Start the vote";
    VoteProgress:
        "{done} von {total} haben abgestimmt. Wer ist als Nächstes dran?"
        | "{done} of {total} have voted. Who is next?";
    VoteWhoIsNext: "Abstimmende" | "Voters";
    VoterDone: "{name} – abgestimmt" | "{name} – voted";
    VoteReveal: "Punkte aufdecken" | "Reveal the dots";
    VoteCancel: "Abstimmung abbrechen" | "Cancel the vote";
    VoteLeadReveals:
        "Tippen Sie auf Ihren Namen, um Ihre Punkte zu setzen. Die Moderation deckt auf, wenn alle fertig sind."
        | "Tap your name to place your dots. The facilitator reveals them once everyone is done.";
    VoteTurn: "{name} ist dran. Punkte übrig: {left} von {total}" | "{name}’s turn. Dots left: {left} of {total}";
    VoteTurnHint:
        "Setzen Sie Ihre Punkte mit „+“ auf die Notizen, gern auch mehrere auf eine. Was die anderen gesetzt haben, bleibt bis zum Aufdecken verborgen."
        | "Place your dots with “+” on the notes, several on one if you like. What the others placed stays hidden until the reveal.";
    VoteHandOver: "Fertig – weitergeben" | "Done – hand over";
    DotOne: "1 Punkt" | "1 dot";
    DotsCount: "{n} Punkte" | "{n} dots";
    VoteWinner: "Meiste Punkte" | "Most dots";
    VoteNoDots: "Es wurden keine Punkte vergeben." | "No dots were placed.";
    VoteRanking: "Rangfolge" | "Ranking";
    VoteRemove: "Abstimmung entfernen" | "Remove the vote";
    DotAdd: "Punkt auf „{text}“ setzen" | "Place a dot on “{text}”";
    DotRemove: "Punkt von „{text}“ wegnehmen" | "Take a dot off “{text}”";
    GroupNotes: "Gruppieren" | "Group";
    VoteAllPlaced:
        "Alle Punkte gesetzt. Mit „Fertig – weitergeben“ ist die nächste Person dran."
        | "All dots placed. “Done – hand over” lets the next person vote.";
    ClusterCreatedOne:
        "1 Notiz gruppiert. Geben Sie der Gruppe einen Namen."
        | "1 note grouped. Give the group a name.";
    NoteInGroup: "Gruppe „{name}“" | "group “{name}”";
    MoveUpItem: "„{item}“ nach oben" | "Move “{item}” up";
    MoveDownItem: "„{item}“ nach unten" | "Move “{item}” down";
    NoteAuthor: "von {name}" | "by {name}";
}
