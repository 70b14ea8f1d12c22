#![cfg(not(target_arch = "wasm32"))]
//! Outputs carry forward: statement → "Wie könnten wir …?", winning question → ideas, voted ideas → prototype
//! candidates, chosen prototype and learnings → pitch. Uses the real catalogue.

use querwerk::model::carry::{carry_into, CarriedIn, MAX_CANDIDATES};
use querwerk::model::*;

mod support;

struct Journey {
    ws: Workshop,
    methods: Vec<Method>,
    voters: Vec<MemberId>,
    clock: i64,
}

impl Journey {
    fn new() -> Self {
        let mut ws = Workshop::new("W", "Wie digital wird unser Dorfladen?", Timestamp(0));
        let voters = ["Anna", "Ben", "Cem"]
            .into_iter()
            .map(|n| {
                let m = Member::new(n, Role::Creative, Timestamp(0));
                let id = m.id;
                ws.members.push(m);
                id
            })
            .collect();
        Journey {
            ws,
            methods: support::catalogue(),
            voters,
            clock: 0,
        }
    }

    fn method(&self, id: &str) -> &Method {
        self.methods
            .iter()
            .find(|m| m.id == id)
            .expect("method in catalogue")
    }

    fn carry(&self, id: &str) -> CarriedIn {
        carry_into(&self.ws, &self.methods, self.method(id), |t| t.de.as_str())
    }

    /// Starts a board of `id` with what carries into it, writes `notes` as (zone, text) and returns the board.
    fn board(&mut self, id: &str, notes: &[(&str, &str)]) -> BoardId {
        self.clock += 10;
        let mut board =
            Board::from_template(&self.method(id).board_template(), id, Timestamp(self.clock));
        board.carried = self.carry(id);
        for (i, (zone, text)) in notes.iter().enumerate() {
            board
                .notes
                .push(Note::new(*text, *zone, i as f64, Timestamp(self.clock)));
        }
        let bid = board.id;
        self.ws.boards.push(board);
        bid
    }

    /// Everyone puts their dots on the notes with these texts, then the vote is revealed.
    fn vote(&mut self, board: BoardId, dots: &[&[&str]]) {
        self.clock += 10;
        let b = self.ws.board_mut(board).unwrap();
        let find = |t: &str| b.notes.iter().find(|n| n.text == t).unwrap().id;
        let mut v = Voting::new(self.voters.clone(), 3, Timestamp(self.clock));
        for (voter, texts) in self.voters.iter().zip(dots) {
            let ids: Vec<NoteId> = texts.iter().map(|t| find(t)).collect();
            v = v.with_turn(*voter, &ids, Timestamp(self.clock));
        }
        b.voting = Some(v.revealed_at(Timestamp(self.clock)));
    }
}

#[test]
fn a_whole_journey_hands_each_phase_its_starting_point() {
    let mut j = Journey::new();
    assert!(j.carry("how-might-we").is_empty(), "nothing to carry yet");

    let pov = j.board(
        "point-of-view",
        &[
            ("user", "die Ladenbesitzerin"),
            ("need", "Belege ohne Zettelwirtschaft zu sammeln"),
            ("insight", "sie abends allein abrechnet"),
        ],
    );
    let hmw = j.carry("how-might-we");
    let prompt = hmw.prompt.expect("the statement seeds the HMW board");
    assert_eq!(prompt.board, pov);
    assert_eq!(prompt.note, None);
    assert_eq!(
        prompt.text,
        "die Ladenbesitzerin braucht eine Möglichkeit, Belege ohne Zettelwirtschaft zu sammeln, weil sie abends \
         allein abrechnet."
    );

    j.board(
        "brainstorming",
        &[
            ("ideas", "Wie könnten wir die Abrechnung vereinfachen?"),
            ("ideas", "Wie könnten wir Kundschaft online erreichen?"),
        ],
    );
    // A brainstorming board is of the ideas phase: the question must come from a problem-phase vote instead.
    let hmw_board = j.board("how-might-we", &[]);
    let b = j.ws.board_mut(hmw_board).unwrap();
    for (i, t) in [
        "Wie könnten wir abends Zeit sparen?",
        "Wie könnten wir Belege sammeln?",
    ]
    .iter()
    .enumerate()
    {
        let zone = b.zones[0].key.clone();
        b.notes.push(Note::new(*t, zone, i as f64, Timestamp(100)));
    }
    j.vote(
        hmw_board,
        &[
            &["Wie könnten wir Belege sammeln?"],
            &["Wie könnten wir Belege sammeln?"],
            &["Wie könnten wir abends Zeit sparen?"],
        ],
    );
    let ideas = j.carry("crazy-8s");
    let prompt = ideas
        .prompt
        .expect("the top-voted question becomes the ideas prompt");
    assert_eq!(prompt.text, "Wie könnten wir Belege sammeln?");
    assert_eq!(prompt.board, hmw_board);
    assert_eq!(prompt.dots, 2);
    assert!(prompt.note.is_some());

    let crazy = j.board(
        "crazy-8s",
        &[
            ("round-1", "Foto-App"),
            ("round-1", "Belegbox"),
            ("round-2", "Sprachnotiz"),
            ("round-2", "Leer"),
        ],
    );
    j.vote(
        crazy,
        &[
            &["Foto-App", "Belegbox", "Foto-App"],
            &["Sprachnotiz"],
            &["Foto-App"],
        ],
    );
    let proto = j.carry("storyboard");
    let texts: Vec<(&str, u32)> = proto
        .items
        .iter()
        .map(|c| (c.text.as_str(), c.dots))
        .collect();
    assert_eq!(
        texts,
        [("Foto-App", 3), ("Belegbox", 1), ("Sprachnotiz", 1)]
    );
    assert_eq!(
        proto.prompt.as_ref().map(|p| p.text.as_str()),
        Some("Wie könnten wir Belege sammeln?")
    );

    let story = j.board(
        "storyboard",
        &[("panel-1", "Scan am Tresen"), ("panel-2", "Sprachbeleg")],
    );
    j.vote(
        story,
        &[&["Scan am Tresen"], &["Scan am Tresen"], &["Sprachbeleg"]],
    );
    j.board(
        "learnings",
        &[
            ("observed", "Sie tippt lieber"),
            ("learned", "Fotos reichen als Beleg"),
        ],
    );
    let pitch = j.carry("pitch-canvas");
    let texts: Vec<&str> = pitch.items.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Scan am Tresen", "Fotos reichen als Beleg"]);
    assert_eq!(
        pitch.prompt.map(|p| p.text),
        Some("Wie könnten wir Belege sammeln?".into())
    );
}

#[test]
fn unrevealed_votes_and_unfinished_statements_carry_nothing() {
    let mut j = Journey::new();
    j.board("point-of-view", &[("user", "jemand")]);
    assert!(
        j.carry("how-might-we").is_empty(),
        "a statement needs every slot"
    );
    let ideas = j.board("brainstorming", &[("ideas", "A"), ("ideas", "B")]);
    j.vote(ideas, &[&["A"]]);
    j.ws.board_mut(ideas)
        .unwrap()
        .voting
        .as_mut()
        .unwrap()
        .revealed = false;
    assert!(
        j.carry("storyboard").is_empty(),
        "hidden dots must not leak"
    );
    assert!(j.carry("check-in").is_empty(), "the kickoff starts fresh");
}

#[test]
fn at_most_five_candidates_and_the_newest_vote_wins() {
    let mut j = Journey::new();
    let texts = ["1", "2", "3", "4", "5", "6", "7"];
    let notes: Vec<(&str, &str)> = texts.iter().map(|t| ("ideas", *t)).collect();
    let old = j.board("brainstorming", &notes);
    j.vote(old, &[&["1", "2", "3"], &["4", "5", "6"], &["7"]]);
    assert_eq!(j.carry("storyboard").items.len(), MAX_CANDIDATES);
    let new = j.board("brainstorming", &[("ideas", "neu")]);
    j.vote(new, &[&["neu"]]);
    let items = j.carry("storyboard").items;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].board, new);
}

#[test]
fn a_whole_question_written_into_the_gap_is_not_doubled() {
    let mut j = Journey::new();
    let hmw = j.board(
        "how-might-we",
        &[
            ("action", "Wie könnten wir abends Zeit sparen?"),
            ("action", "Belege sammeln"),
        ],
    );
    j.vote(hmw, &[&["Wie könnten wir abends Zeit sparen?"]]);
    let prompt = j.carry("brainstorming").prompt.unwrap();
    assert_eq!(prompt.text, "Wie könnten wir abends Zeit sparen?");
}

#[test]
fn a_voted_question_carries_in_the_order_its_sentence_reads() {
    let mut j = Journey::new();
    let hmw = j.board(
        "how-might-we",
        &[
            ("action", "Bestellungen am Telefon gleich digital erfassen"),
            ("user", "für die Ladeninhaberin"),
            ("goal", "sie abends keine Zettel mehr abtippen muss"),
            ("action", "Stammkundschaft per Messenger erreichen"),
        ],
    );
    j.vote(hmw, &[&["Stammkundschaft per Messenger erreichen"]]);
    assert_eq!(
        j.carry("brainstorming").prompt.unwrap().text,
        "Wie könnten wir für die Ladeninhaberin Stammkundschaft per Messenger erreichen, damit sie abends keine \
         Zettel mehr abtippen muss?"
    );
    // Without a target group, the voted action still reads as a question: the opening words stay.
    let alone = j.board("how-might-we", &[("action", "Lieferungen im Dorf bündeln")]);
    j.vote(alone, &[&["Lieferungen im Dorf bündeln"]]);
    assert_eq!(
        j.carry("brainstorming").prompt.unwrap().text,
        "Wie könnten wir Lieferungen im Dorf bündeln?"
    );
}

#[test]
fn an_empty_first_gap_drops_its_words_before_a_gap_with_words_of_its_own() {
    let mut j = Journey::new();
    let plan = j.board("test-plan", &[("measure", "die Buchungen ohne Hilfe")]);
    j.vote(plan, &[&["die Buchungen ohne Hilfe"]]);
    // The pitch phase takes the prototype phase's winner, read in its sentence.
    let carried = j.carry("pitch-canvas");
    assert_eq!(
        carried.items.first().map(|c| c.text.as_str()),
        Some("Dabei zählen wir die Buchungen ohne Hilfe.")
    );
}
