//! A storage failure reads as a sentence in the user's language: every `StorageError` has its own translated
//! message, never its English `Display` text; only the browser's own refusal keeps its technical words.
#![cfg(not(target_arch = "wasm32"))]

use querwerk::i18n::messages::storage_error;
use querwerk::i18n::{Key, Lang};
use querwerk::persistence::{StorageError, Unreadable};

/// One error of every variant; the `match` has no wildcard, so a new variant fails the build here.
fn every_variant() -> Vec<StorageError> {
    use StorageError as E;
    let all = vec![
        E::Unavailable,
        E::Closed,
        E::QuotaExceeded,
        E::Conflict {
            stored_rev: Some(3),
        },
        E::NewerData { stored_schema: 9 },
        E::VerifyFailed,
        E::Unreadable(Unreadable {
            id: "a".into(),
            title: String::new(),
            raw_json: "{}".into(),
            reason: "missing field `data`".into(),
        }),
        E::Write {
            name: "UnknownError".into(),
            message: "Internal error.".into(),
        },
        E::Read {
            name: "InvalidStateError".into(),
            message: "The database is closing.".into(),
        },
    ];
    for e in &all {
        match e {
            E::Unavailable
            | E::Closed
            | E::QuotaExceeded
            | E::Conflict { .. }
            | E::NewerData { .. }
            | E::VerifyFailed
            | E::Unreadable(_)
            | E::Write { .. }
            | E::Read { .. } => {}
        }
    }
    all
}

#[test]
fn every_storage_failure_has_its_own_translated_message() {
    for lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for err in every_variant() {
            let text = storage_error(lang, &err);
            assert!(
                !text.contains(&err.to_string()),
                "{err:?} shows its English text in {lang:?}: {text}"
            );
            assert!(
                !text.contains('{'),
                "{err:?} leaves a placeholder in {lang:?}: {text}"
            );
            assert!(
                !text.contains("missing field"),
                "{err:?} shows the parser's reason in {lang:?}: {text}"
            );
            assert!(
                seen.insert(text.clone()),
                "{err:?} shares its message in {lang:?}: {text}"
            );
        }
    }
}

#[test]
fn a_refused_write_reads_as_german_with_the_browsers_reason_in_parentheses() {
    let err = StorageError::Write {
        name: "UnknownError".into(),
        message: "Internal error.".into(),
    };
    let detail = storage_error(Lang::De, &err);
    assert_eq!(
        detail,
        "Der Browser hat das Schreiben abgelehnt (UnknownError: Internal error.)."
    );
    assert_eq!(
        Lang::De.format(Key::ErrStorage, &[("detail", &detail)]),
        "Der Browser-Speicher hat den Import abgelehnt: Der Browser hat das Schreiben abgelehnt (UnknownError: Internal error.)."
    );
    assert_eq!(
        Lang::De.format(
            Key::CreateFailed,
            &[(
                "detail",
                &storage_error(Lang::De, &StorageError::QuotaExceeded)
            )]
        ),
        "Das Projekt wurde nicht angelegt: Der Speicher dieses Browsers ist voll."
    );
    assert_eq!(
        storage_error(Lang::En, &StorageError::Unavailable),
        "This browser provides no storage (IndexedDB), for example in a private window or when site data is blocked."
    );
}
