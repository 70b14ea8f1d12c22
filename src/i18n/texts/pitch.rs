//! UI texts: the pitch, the jury and rehearsals. Each is `Name: "Deutsch" | "English";`.

texts! {
    PitchLink: "Pitch vorbereiten" | "Prepare the pitch";
    PitchTitle: "Pitch für die Jury" | "Pitch for the jury";
    PitchNavLabel: "Pitch-Vorbereitung" | "Pitch preparation";
    PitchCanvasTab: "Canvas" | "Canvas";
    PitchJuryTab: "Jury-Check" | "Jury check";
    PitchRehearsalTab: "Probe" | "Rehearsal";
    PitchHandoutTab: "Handout" | "Handout";
    PitchKindLabel: "Welcher Pitch?" | "Which pitch?";
    PitchKindQuestion: "Pitch der Fragestellung" | "Question pitch";
    PitchKindResult: "Ergebnis-Pitch" | "Result pitch";
    PitchKindQuestionIntro:
        "Zum Auftakt stellt das Team der Jury in etwa zwei Minuten seine Fragestellung vor: das Problem, wen es trifft, was Digitales daran ändern kann, warum es zählt, den Rahmen und das Team."
        | "At the kickoff the team presents its question to the jury in about two minutes: the problem, who it affects, what digital could change, why it matters, the frame and the team.";
    PitchKindResultIntro:
        "Zum Abschluss zeigt das Team seinen Prototyp: was entstanden ist, was die Tests ergeben haben und wie andere die Lösung übernehmen können."
        | "At the end the team shows its prototype: what was built, what the tests showed and how others can adopt the solution.";
    PitchCanvasNote:
        "Felder ohne eigenen Text zeigen, was Ihre Boards bisher ergeben haben, und ändern sich mit ihnen. Sobald Sie ein Feld bearbeiten, gilt Ihr Text."
        | "Fields without your own text show what your boards have produced so far and change with them. Once you edit a field, your text counts.";
    PitchChallenge: "Herausforderung" | "Challenge";
    PitchChallengeHint: "Welche Frage will das Team beantworten?" | "What question does the team want to answer?";
    PitchAffected: "Wer darunter leidet" | "Who suffers from it";
    PitchAffectedHint:
        "Wen trifft das Problem heute, und woran merkt man das?"
        | "Who does the problem affect today, and how does it show?";
    PitchAudience: "Zielgruppe" | "Target group";
    PitchAudienceHint: "Für wen genau ist die Lösung gedacht?" | "Exactly who is the solution for?";
    PitchSolution: "Lösung und Prototyp" | "Solution and prototype";
    PitchSolutionHint:
        "Was haben Sie gebaut, und was kann man damit ausprobieren?"
        | "What have you built, and what can people try with it?";
    PitchDigital: "Das Digitale daran" | "What is digital about it";
    PitchDigitalHint:
        "Was ist oder wird daran digital, und warum geht es nicht ohne?"
        | "What is or will be digital about it, and why does it not work without it?";
    PitchEvidence: "Belege aus den Tests" | "Evidence from the tests";
    PitchEvidenceHint:
        "Was haben Nutzerinnen und Nutzer gesagt oder getan? Zahlen, Zitate, Beobachtungen"
        | "What did users say or do? Figures, quotes, observations";
    PitchImpact: "Nutzen für die Region" | "Benefit for the region";
    PitchImpactHint: "Was wird vor Ort besser, und für wen?" | "What gets better locally, and for whom?";
    PitchBlueprint: "Blaupause für andere" | "Blueprint for others";
    PitchBlueprintHint:
        "Was brauchen andere Unternehmen oder Einrichtungen, um die Lösung zu übernehmen?"
        | "What do other companies or organisations need to adopt the solution?";
    PitchBudget: "Umsetzung und Budget" | "Implementation and budget";
    PitchBudgetHint:
        "Wie gehen Sie vor, und wofür setzen Sie das Budget ein?"
        | "How will you proceed, and what will you spend the budget on?";
    PitchTeam: "Team" | "Team";
    PitchTeamHint: "Wer ist dabei, und wer bringt was ein?" | "Who is involved, and who brings what?";
    PitchNext: "Nächste Schritte" | "Next steps";
    PitchNextHint: "Wie geht es nach dem Programm weiter?" | "What happens after the programme?";
    PitchSourceBoard: "Vorschlag aus dem Board „{board}“" | "Suggested by the board “{board}”";
    PitchSourceQuestion: "Vorschlag aus der Fragestellung des Projekts" | "Suggested by the project's question";
    PitchSourceMembers: "Vorschlag aus der Teamliste" | "Suggested by the team list";
    PitchSourceOwn: "Eigener Text" | "Your own text";
    PitchSourceNone:
        "Noch leer: Ihre Boards liefern hierfür nichts."
        | "Still empty: your boards have nothing for this yet.";
    PitchUseSuggestion: "Vorschlag wieder verwenden" | "Use the suggestion again";
    PitchPlanTitle: "Ablauf und Zeiten" | "Running order and times";
    PitchLength: "Redezeit (Min.)" | "Speaking time (min)";
    PitchQa: "Fragen der Jury (Min.)" | "Jury questions (min)";
    PitchPlanFits:
        "Die Abschnitte dauern zusammen {sections} von {length}."
        | "The sections take {sections} of {length} in total.";
    PitchPlanOver:
        "Die Abschnitte dauern zusammen {sections}, geplant sind {length}. Kürzen Sie einzelne Abschnitte."
        | "The sections take {sections} in total, but {length} is planned. Shorten some sections.";
    PitchMinutesInvalid:
        "Bitte eine Minutenzahl zwischen 0,5 und 60 eingeben."
        | "Please enter a number of minutes between 0.5 and 60.";
    PitchSecondsInvalid:
        "Bitte eine Sekundenzahl zwischen 0 und 3600 eingeben."
        | "Please enter a number of seconds between 0 and 3600.";
    PitchSectionSeconds: "Sekunden" | "seconds";
    PitchShareTime: "Zeit verteilen" | "Share time";
    PitchShareTimeOf:
        "Zeit für „{section}“ wieder automatisch verteilen"
        | "Share the time for “{section}” automatically again";
    PitchSpeakerNotes: "Sprechnotizen" | "Speaker notes";
    RehearsalTitle: "Probelauf" | "Rehearsal run";
    RehearsalStart: "Probe starten" | "Start rehearsal";
    RehearsalSlidesWindow: "Folien im Projektorfenster" | "Slides in the projector window";
    RehearsalSectionLeft: "Abschnitt" | "Section";
    RehearsalTotal: "Gesamt" | "Total";
    RehearsalOfPlanned: "{elapsed} von {planned}" | "{elapsed} of {planned}";
    RehearsalSectionOver: "Dieser Abschnitt ist {over} über der Zeit." | "This section is {over} over time.";
    RehearsalTotalOver: "Die Redezeit ist um {over} überschritten." | "The speaking time is exceeded by {over}.";
    RehearsalNoNotes: "Keine Notizen für diesen Abschnitt." | "No notes for this section.";
    RehearsalNext: "Nächster Abschnitt" | "Next section";
    RehearsalFinish: "Beenden und speichern" | "Finish and save";
    RehearsalStopSave: "Hier beenden und speichern" | "Stop here and save";
    RehearsalCancel: "Abbrechen ohne Speichern" | "Cancel without saving";
    RehearsalSectionOf: "Abschnitt {n} von {total}" | "Section {n} of {total}";
    RehearsalSlide: "Folie" | "Slide";
    RehearsalRecords: "Bisherige Proben" | "Past rehearsals";
    RehearsalNoRecords: "Noch keine Probe gespeichert." | "No rehearsal saved yet.";
    RehearsalWhen: "Wann" | "When";
    RehearsalPitch: "Pitch" | "Pitch";
    RehearsalDuration: "Dauer" | "Duration";
    RehearsalPlanned: "Geplant" | "Planned";
    RehearsalDifference: "Abweichung" | "Difference";
    RehearsalSections: "Abschnitte" | "Sections";
    RehearsalOverBy: "{time} zu lang" | "{time} too long";
    RehearsalUnderBy: "{time} Puffer" | "{time} to spare";
    JuryCriteriaTitle: "Wie sieht die Jury Ihr Vorhaben?" | "How will the jury see your project?";
    JuryNothingRated:
        "Schätzen Sie jedes Kriterium von 1 (schwach) bis 5 (stark) ein. Die schwächsten Punkte erscheinen dann hier."
        | "Rate each criterion from 1 (weak) to 5 (strong). The weakest points then appear here.";
    JuryNoWeakPoints:
        "Keine Schwachstelle unter 4 Punkten. Prüfen Sie trotzdem die Fragen unten."
        | "No weak point below 4. Still, check the questions below.";
    JuryWeakest: "Zuerst daran arbeiten: {criteria}." | "Work on these first: {criteria}.";
    JuryWeakPoint: "Schwachstelle" | "Weak point";
    JuryRatingLow: "schwach" | "weak";
    JuryRatingHigh: "stark" | "strong";
    JuryRatingOf: "{n} von 5" | "{n} of 5";
    JuryRelevance: "Relevanz mit Belegen" | "Relevance with evidence";
    JuryRelevancePrompt:
        "Können Sie mit Aussagen echter Nutzerinnen und Nutzer zeigen, dass das Problem existiert?"
        | "Can you show with statements from real users that the problem exists?";
    JuryInnovation: "Neuheit" | "Innovation";
    JuryInnovationPrompt:
        "Was ist an Ihrer Lösung neu – für die Branche oder für die Region?"
        | "What is new about your solution, for the sector or for the region?";
    JuryDigital: "Digitaler Kern" | "Digital core";
    JuryDigitalPrompt:
        "Ist der digitale Teil tragend oder nur Beiwerk?"
        | "Is the digital part essential or just an extra?";
    JuryFeasibility: "Machbarkeit" | "Feasibility";
    JuryFeasibilityPrompt:
        "Reichen Budget und Zeit wirklich für das, was Sie versprechen?"
        | "Are budget and time really enough for what you promise?";
    JuryRegion: "Wirkung in der Region" | "Impact in the region";
    JuryRegionPrompt: "Wer vor Ort profitiert, und wie viele sind es?" | "Who benefits locally, and how many?";
    JuryTransfer: "Übertragbarkeit" | "Transferability";
    JuryTransferPrompt:
        "Könnten andere Unternehmen oder Einrichtungen die Lösung mit Ihrer Anleitung nachbauen?"
        | "Could other companies or organisations rebuild the solution with your guide?";
    JuryPartnership: "Zusammenarbeit auf Augenhöhe" | "Collaboration as equals";
    JuryPartnershipPrompt:
        "Tragen beide Seiten das Vorhaben gemeinsam und entscheiden auf Augenhöhe?"
        | "Do both sides carry the project together and decide as equals?";
    JuryContinuation: "Fortführung" | "Continuation";
    JuryContinuationPrompt:
        "Wer kümmert sich nach dem Programm darum, und wer bezahlt das?"
        | "Who looks after it after the programme, and who pays for that?";
    JuryClarity: "Verständlichkeit" | "Clarity";
    JuryClarityPrompt:
        "Versteht jemand ohne Vorwissen Ihren Pitch beim ersten Hören?"
        | "Would someone without background knowledge understand your pitch on first hearing?";
    JuryQuestionsTitle: "Fragen, die Jurys oft stellen" | "Questions juries often ask";
    JuryReadiness:
        "Sitzt: {sure} · wackelt: {shaky} · offen: {open}"
        | "Solid: {sure} · shaky: {shaky} · open: {open}";
    JuryOwnQuestion: "Eigene Frage" | "Your own question";
    JuryAddQuestion: "Frage hinzufügen" | "Add question";
    JuryRemoveQuestion: "Frage „{question}“ entfernen" | "Remove question “{question}”";
    AnswerSure: "sitzt" | "solid";
    AnswerShaky: "wackelt" | "shaky";
    AnswerOpen: "offen" | "open";
    BankWhoAsked: "Mit wie vielen Betroffenen haben Sie gesprochen?" | "How many affected people did you talk to?";
    BankWhyDigital: "Warum braucht es dafür eine digitale Lösung?" | "Why does this need a digital solution?";
    BankWhatExists:
        "Was gibt es schon, und was machen Sie anders?"
        | "What already exists, and what do you do differently?";
    BankWhoPays:
        "Wer bezahlt den Betrieb, wenn die Förderung endet?"
        | "Who pays for running it once the funding ends?";
    BankAfterProgramme:
        "Was passiert in den zwölf Monaten nach dem Programm?"
        | "What happens in the twelve months after the programme?";
    BankWhoCopies: "Wer könnte die Lösung als Nächstes übernehmen?" | "Who could adopt the solution next?";
    BankWhatTested:
        "Was genau haben Sie getestet, und was kam heraus?"
        | "What exactly did you test, and what came out of it?";
    BankWhatIfFails:
        "Was tun Sie, wenn sich die Lösung nicht durchsetzt?"
        | "What will you do if the solution does not catch on?";
    BankDataProtection:
        "Wie gehen Sie mit Daten und Datenschutz um?"
        | "How do you handle data and data protection?";
    BankWhoDoesWhat: "Wer im Team macht was, und wer entscheidet?" | "Who on the team does what, and who decides?";
    BankNextStep: "Was ist Ihr nächster konkreter Schritt?" | "What is your next concrete step?";
    BankWhyRegion: "Warum zählt das gerade für diese Region?" | "Why does this matter to this region in particular?";
    BankCreativeRole:
        "Was bringt die kreative Seite ein, das es ohne sie nicht gäbe?"
        | "What does the creative side bring that would not be there without it?";
    BankImprint: "Wer steht im Impressum?" | "Who is named in the legal notice (Impressum)?";
    BankAccessibility:
        "Können alle es nutzen, auch mit Seh- oder Hörbehinderung?"
        | "Can everyone use it, including people with impaired sight or hearing?";
    BankHelpDataProtection:
        "Welche personenbezogenen Daten fallen an, und brauchen Sie alle? Wo liegen sie (Server in der EU, Vertrag zur Auftragsverarbeitung), wer sieht sie, wann werden sie gelöscht? Dazu gehört eine Datenschutzerklärung; Statistik und unnötige Cookies nur mit Einwilligung."
        | "Which personal data do you collect, and do you need all of it? Where is it kept (servers in the EU, a data processing agreement), who sees it, when is it deleted? It needs a privacy notice; statistics and needless cookies only with consent.";
    BankHelpImprint:
        "Geschäftliche Websites und Profile in sozialen Medien brauchen ein Impressum (§ 5 Digitale-Dienste-Gesetz): Name, Anschrift, E-Mail, gegebenenfalls Register- und Umsatzsteuernummer, leicht zu finden. Meist steht das Unternehmen oder die Einrichtung darin, nicht die Kreativen."
        | "Business websites and social media profiles need a legal notice (Impressum, section 5 of the Digitale-Dienste-Gesetz): name, address, email, where applicable register and VAT numbers, easy to find. It usually names the company or organisation, not the creatives.";
    BankHelpAccessibility:
        "Kontraste, Bildbeschreibungen, Bedienung ohne Maus, verständliche Sprache. Online-Shops und andere Angebote für Verbraucherinnen und Verbraucher müssen seit Juni 2025 barrierefrei sein (Barrierefreiheitsstärkungsgesetz; Kleinstunternehmen mit Dienstleistungen ausgenommen), öffentliche Stellen schon länger."
        | "Contrast, image descriptions, use without a mouse, plain language. Online shops and other services for consumers have had to be accessible since June 2025 (Barrierefreiheitsstärkungsgesetz; micro-enterprises offering services are exempt), public bodies for longer.";
    JuryHelp: "Worauf es ankommt" | "What matters";
    JuryProblem: "Klare Fragestellung" | "A clear question";
    JuryProblemPrompt:
        "Sagt die Frage, wen das Problem trifft und was heute schiefläuft – ohne schon eine fertige Lösung zu nennen?"
        | "Does the question say whom the problem affects and what goes wrong today, without naming a ready-made solution?";
    JuryCreative: "Beitrag der Kreativen" | "What the creatives contribute";
    JuryCreativePrompt:
        "Was bringt die kreative Seite ein – Blick, Gestaltung, Handwerk –, das es ohne sie nicht gäbe?"
        | "What does the creative side bring – a fresh eye, design, craft – that would not be there without it?";
    JuryDigitalQuestionPrompt:
        "Ist erkennbar, was Digitales hier ändern kann und warum es nicht ohne geht?"
        | "Is it clear what digital could change here, and why it does not work without it?";
    HandoutPrint: "Drucken" | "Print";
    HandoutMissing:
        "Noch leer und daher nicht auf dem Handout: {fields}."
        | "Still empty and so not on the handout: {fields}.";
    HandoutFooter: "Erstellt mit Querwerk · Stand {date}" | "Made with Querwerk · As of {date}";
    RehearsalQaSlide: "Fragen der Jury" | "Questions from the jury";
    RehearsalQaLeft: "Fragerunde" | "Questions";
    RehearsalQaOver: "Die Fragerunde ist {over} über der Zeit." | "The questions round is {over} over time.";
    RehearsalQaColumn: "Fragerunde" | "Questions";
    RehearsalAfterPitch: "Nach dem Pitch" | "After the pitch";
}
