//! UI texts: the method library, steps and the journey. Each is `Name: "Deutsch" | "English";`.

texts! {
    MethodsTitle: "Methodenbibliothek" | "Method library";
    MethodsIntro:
        "Wählen Sie eine Methode für den nächsten Schritt Ihres Teams. Jede bringt ihren Ablauf mit Zeiten und ihr eigenes Board mit."
        | "Choose a method for your team’s next step. Each comes with its steps, timings and its own board.";
    DurationAny: "Beliebig" | "Any";
    DurationUpTo30: "bis 30 Minuten" | "up to 30 minutes";
    DurationUpTo60: "bis 60 Minuten" | "up to 60 minutes";
    DurationOver60: "über 60 Minuten" | "over 60 minutes";
    MethodsFound: "{n} Methoden gefunden" | "{n} methods found";
    MethodsFoundOne: "1 Methode gefunden" | "1 method found";
    MethodMinutes: "{n} Min." | "{n} min";
    MethodPeople: "{min}–{max} Personen" | "{min}–{max} people";
    Journey: "Weg durch das Projekt" | "Project journey";
    JourneyProgress: "{done} von {total} Boards fertig" | "{done} of {total} boards done";
    PhaseKickoff: "Start & Team" | "Kickoff & team";
    PhaseProblem: "Problem verstehen" | "Understand the problem";
    PhaseIdeas: "Ideen entwickeln" | "Develop ideas";
    PhasePrototype: "Prototypen bauen & testen" | "Build & test prototypes";
    PhasePitch: "Pitch vorbereiten" | "Prepare the pitch";
    PhaseReflection: "Reflexion" | "Reflection";
    CatalogueLoading: "Methoden werden geladen …" | "Loading methods …";
    CatalogueFailed:
        "Die Methodenbibliothek konnte nicht geladen werden ({detail}). Ihre Boards sind davon nicht betroffen; laden Sie die Seite neu, um es noch einmal zu versuchen."
        | "The method library could not be loaded ({detail}). Your boards are not affected; reload the page to try again.";
    MethodMissing:
        "Diese Methode gibt es in dieser Version von Querwerk nicht."
        | "This version of Querwerk has no such method.";
    MethodSteps: "Ablauf" | "Steps";
    MethodTips: "Tipps für die Moderation" | "Facilitation tips";
    MethodPitfall: "Typische Falle" | "Typical pitfall";
    MethodOutput: "Ergebnis" | "Result";
    MethodNext: "Passt danach" | "Good follow-ups";
    MethodFacts: "Auf einen Blick" | "At a glance";
    MethodBar: "Ablauf der Methode" | "Method steps";
    StepOf: "Schritt {n} von {total}" | "Step {n} of {total}";
    NextStep: "Nächster Schritt" | "Next step";
    PhaseNumber: "Phase {n}" | "Phase {n}";
    PhaseStatusDone: "abgeschlossen" | "completed";
    PhaseCurrent: "aktuelle Phase" | "current phase";
    PhaseNoBoards: "noch kein Board" | "no board yet";
    NextStart:
        "Jedes Projekt beginnt damit, dass sich das Team kennenlernt – diese Methode eröffnet die erste Phase."
        | "Every project starts with the team getting to know each other – this method opens the first phase.";
    NextContinue:
        "Das Board „{board}“ ist noch nicht fertig. Arbeiten Sie dort weiter und markieren Sie es dann als fertig."
        | "The board “{board}” is not done yet. Carry on there, then mark it as done.";
    NextContinueEmpty:
        "Das Board „{board}“ ist angelegt, aber noch leer. Fangen Sie dort an."
        | "The board “{board}” has been created but is still empty. Start there.";
    NextFollowUp:
        "Folgt üblicherweise auf die Methode „{after}“, deren Board Ihr Team als fertig markiert hat."
        | "Usually follows the method “{after}”, whose board your team marked as done.";
    NextPhase:
        "Die Phase „{phase}“ hat noch kein Board – mit dieser Methode beginnen Sie sie."
        | "The phase “{phase}” has no board yet – this method opens it.";
    NextNothing:
        "Alle Boards sind fertig. Legen Sie bei Bedarf weitere an – oder feiern Sie den Abschluss."
        | "All boards are done. Add more if you need them – or celebrate the finish.";
    JourneyProgressOne: "{done} von {total} Board fertig" | "{done} of {total} board done";
    JourneyShow: "Weg anzeigen" | "Show the path";
    JourneyHide: "Weg ausblenden" | "Hide the path";
    JourneyNow: "Jetzt: {phase}" | "Now: {phase}";
    NextUpAt: "Als Nächstes: {item} um {time}" | "Next: {item} at {time}";
    Hours: "{h} Std." | "{h} h";
    HoursMinutes: "{h} Std. {m} Min." | "{h} h {m} min";
    NextUp: "Als Nächstes: {item}" | "Next: {item}";
    MinutesShort: "Min." | "min";
    TemplateKickoff: "Kickoff (3½ Std.)" | "Kickoff (3½ h)";
    TemplateIdeas: "Ideen-Workshop (halber Tag)" | "Ideas workshop (half a day)";
    TemplatePitch: "Pitch-Training (2 Std.)" | "Pitch training (2 h)";
}
