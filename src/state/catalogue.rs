//! The method catalogue, fetched from the app's own `public/methods/*.json` the first time a page needs it, so
//! its texts never weigh on the first load. Loaded once per session; a failure is shown, never a panic, and the
//! boards keep working without it. A board alone (a participant's phone) loads only its method's phase file.

use crate::browser::fetch;
use crate::format::parse_phase_file;
use crate::model::method::phase_of;
use crate::model::{BoardId, Method, Phase};
use crate::state::Store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueState {
    NotLoaded,
    Loading,
    Ready(Arc<Vec<Method>>),
    /// Which file failed and why (for the message; the details go to the console).
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Catalogue {
    /// The whole catalogue.
    pub state: RwSignal<CatalogueState>,
    /// Phase files loaded one at a time for a board's method (see [`Catalogue::board_method`]).
    phases: RwSignal<Vec<Method>>,
    asked: StoredValue<Vec<Phase>>,
}

pub fn provide_catalogue() -> Catalogue {
    let catalogue = Catalogue {
        state: RwSignal::new(CatalogueState::NotLoaded),
        phases: RwSignal::new(Vec::new()),
        asked: StoredValue::new(Vec::new()),
    };
    provide_context(catalogue);
    catalogue
}

/// The catalogue, starting to load it if that has not happened yet.
pub fn use_catalogue() -> Catalogue {
    let catalogue = expect_context::<Catalogue>();
    catalogue.ensure_loaded();
    catalogue
}

/// The catalogue without loading it: for [`Catalogue::board_method`], which loads what one board needs.
pub fn expect_catalogue() -> Catalogue {
    expect_context::<Catalogue>()
}

impl Catalogue {
    pub fn ensure_loaded(&self) {
        if self.state.get_untracked() != CatalogueState::NotLoaded {
            return;
        }
        self.state.set(CatalogueState::Loading);
        let state = self.state;
        spawn_local(async move {
            state.set(match load().await {
                Ok(methods) => CatalogueState::Ready(Arc::new(methods)),
                Err(err) => {
                    leptos::logging::warn!("method catalogue: {err}");
                    CatalogueState::Failed(err)
                }
            });
        });
    }

    /// All methods in journey order (tracked), or `None` while loading or after a failure.
    pub fn methods(&self) -> Option<Arc<Vec<Method>>> {
        match self.state.get() {
            CatalogueState::Ready(m) => Some(m),
            _ => None,
        }
    }

    /// The catalogue method of `board` in the open workshop (tracked): `None` for a free board, an unknown method,
    /// or while the catalogue loads. Only a change of the board's method id looks the method up again. Unless
    /// the whole catalogue is there or on its way, it loads the one phase file that holds the method.
    pub fn board_method(self, store: Store, board: BoardId) -> Memo<Option<Method>> {
        let id = Memo::new(move |_| {
            store.current.with(|w| {
                w.as_ref()
                    .and_then(|w| w.live_board(board))
                    .map(|b| b.method.clone())
                    .unwrap_or_default()
            })
        });
        Effect::new(move |_| id.with(|id| self.ensure_phase_of(id)));
        Memo::new(move |_| self.method(&id.get()))
    }

    /// The method with `id`, if the catalogue, or the phase file that holds it, is loaded (tracked).
    pub fn method(&self, id: &str) -> Option<Method> {
        let whole = self.state.with(|s| match s {
            CatalogueState::Ready(m) => m.iter().find(|m| m.id == id).cloned(),
            _ => None,
        });
        whole.or_else(|| self.phases.with(|m| m.iter().find(|m| m.id == id).cloned()))
    }

    /// Loads the phase file that holds method `id`, once, unless the whole catalogue is loaded or loading. A
    /// free board (no id) and an id this version does not know load nothing; a failure only leaves the step
    /// line empty, as a failed catalogue does.
    fn ensure_phase_of(self, id: &str) {
        let whole = matches!(
            self.state.get_untracked(),
            CatalogueState::Ready(_) | CatalogueState::Loading
        );
        let Some(phase) = phase_of(id).filter(|_| !whole) else {
            return;
        };
        if self.asked.with_value(|asked| asked.contains(&phase)) {
            return;
        }
        self.asked.update_value(|asked| asked.push(phase));
        let phases = self.phases;
        spawn_local(async move {
            match load_phase(phase).await {
                Ok(methods) => phases.update(|m| m.extend(methods)),
                Err(err) => leptos::logging::warn!("method catalogue: {err}"),
            }
        });
    }
}

/// Fetches and parses the six phase files one after another, so only one file's text is held at a time; any
/// failure fails the whole load (a partial catalogue would mislead).
async fn load() -> Result<Vec<Method>, String> {
    let mut methods = Vec::new();
    for phase in Phase::ALL {
        methods.extend(load_phase(phase).await?);
    }
    Ok(methods)
}

async fn load_phase(phase: Phase) -> Result<Vec<Method>, String> {
    let name = phase.file_name();
    let text = fetch::app_text(&format!("/public/methods/{name}"))
        .await
        .map_err(|e| format!("{name}: {e}"))?;
    let file = parse_phase_file(&text).map_err(|e| format!("{name}: {e}"))?;
    Ok(file.methods)
}
