//! A refused change reads as a sentence in the user's language: every `CommandError` has its own translated
//! message, and none shows the English `Display` text, an id or a leftover placeholder.
#![cfg(not(target_arch = "wasm32"))]

use querwerk::commands::CommandError;
use querwerk::i18n::messages::{command_error, refusal};
use querwerk::i18n::Lang;
use querwerk::model::validate::ViolationKind;
use querwerk::model::{BoardId, ClusterId, LimitKind, MemberId, NoteId};

/// One error of every variant. The `match` has no wildcard, so a new variant fails the build here until it
/// is listed (and thereby tested).
fn every_variant() -> Vec<CommandError> {
    use CommandError as E;
    let all = vec![
        E::UnknownBoard(BoardId::new()),
        E::UnknownNote(NoteId::new()),
        E::UnknownCluster(ClusterId::new()),
        E::UnknownEarlier {
            note: NoteId::new(),
            index: 3,
        },
        E::UnknownMember(MemberId::new()),
        E::UnknownZone("says".into()),
        E::Limit {
            what: LimitKind::Boards,
            max: 200,
            found: 201,
        },
        E::EmptyTitle,
        E::EmptyName,
        E::DuplicateId,
        E::InvalidOrder,
        E::NotDeleted,
        E::OtherWorkshop,
        E::LeadOnly,
        E::InvalidBoard {
            path: "zones[1]".into(),
            kind: ViolationKind::DuplicateZone,
        },
    ];
    for e in &all {
        match e {
            E::UnknownBoard(_)
            | E::UnknownNote(_)
            | E::UnknownCluster(_)
            | E::UnknownEarlier { .. }
            | E::UnknownMember(_)
            | E::UnknownZone(_)
            | E::Limit { .. }
            | E::EmptyTitle
            | E::EmptyName
            | E::DuplicateId
            | E::InvalidOrder
            | E::NotDeleted
            | E::OtherWorkshop
            | E::LeadOnly
            | E::InvalidBoard { .. } => {}
        }
    }
    all
}

#[test]
fn every_refusal_has_its_own_translated_message_in_both_languages() {
    for lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for err in every_variant() {
            let text = command_error(lang, &err);
            let english = err.to_string();
            assert_ne!(text, english, "{err:?} shows its English text in {lang:?}");
            assert!(
                !text.contains('{'),
                "{err:?} leaves a placeholder in {lang:?}: {text}"
            );
            if let Some(id) = english.split_whitespace().find(|w| w.len() == 36) {
                assert!(
                    !text.contains(id),
                    "{err:?} shows an id in {lang:?}: {text}"
                );
            }
            assert!(
                seen.insert(text.clone()),
                "{err:?} shares its message in {lang:?}: {text}"
            );
            assert!(refusal(lang, &err).ends_with(&text));
        }
    }
    let de = command_error(Lang::De, &CommandError::UnknownNote(NoteId::new()));
    let en = command_error(Lang::En, &CommandError::UnknownNote(NoteId::new()));
    assert_ne!(de, en);
}

#[test]
fn a_too_long_note_names_the_grouped_maximum() {
    let err = CommandError::Limit {
        what: LimitKind::NoteText,
        max: 5_000,
        found: 5_001,
    };
    assert_eq!(
        command_error(Lang::De, &err),
        "Eine Notiz darf höchstens 5.000 Zeichen haben."
    );
    assert_eq!(
        refusal(Lang::De, &err),
        "Das ging nicht: Eine Notiz darf höchstens 5.000 Zeichen haben."
    );
    assert_eq!(
        command_error(Lang::En, &err),
        "A note may have at most 5,000 characters."
    );
}

#[test]
fn other_limits_name_what_and_how_many() {
    let err = CommandError::Limit {
        what: LimitKind::NotesPerBoard,
        max: 5_000,
        found: 5_001,
    };
    assert_eq!(
        command_error(Lang::De, &err),
        "Das wären 5.001 Notizen, erlaubt sind höchstens 5.000."
    );
    assert_eq!(
        command_error(Lang::En, &err),
        "That would be 5,001 notes; at most 5,000 are allowed."
    );
}
