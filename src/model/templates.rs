//! Board templates: a method id, a default title and the zones copied into each new board.
//!
//! `free` and `empathy-map` are built in, so a board can be made before (or without) the method catalogue.
//! Every other method's template comes from the catalogue ([`by_method_in`]).

use super::{LocalText, Method, Zone};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub method: String,
    pub title: LocalText,
    pub zones: Vec<Zone>,
}

pub const FREE: &str = "free";
pub const EMPATHY_MAP: &str = "empathy-map";

/// A free board: one zone for everything.
pub fn free() -> Template {
    Template {
        method: FREE.into(),
        title: LocalText::new("Freies Board", "Free board"),
        zones: vec![Zone::new("notes", "Notizen", "Notes")],
    }
}

/// Empathy map: what the user says, thinks, does and feels.
pub fn empathy_map() -> Template {
    Template {
        method: EMPATHY_MAP.into(),
        title: LocalText::new("Empathiekarte (Empathy Map)", "Empathy map"),
        zones: vec![
            Zone::new("says", "Sagt", "Says"),
            Zone::new("thinks", "Denkt", "Thinks"),
            Zone::new("does", "Tut", "Does"),
            Zone::new("feels", "Fühlt", "Feels"),
        ],
    }
}

/// Every template, in the order the UI offers them.
pub fn all() -> Vec<Template> {
    vec![free(), empathy_map()]
}

/// The built-in template for a method id, if there is one.
pub fn by_method(method: &str) -> Option<Template> {
    all().into_iter().find(|t| t.method == method)
}

/// The template for a method id, looking in a loaded catalogue first and then at the built-ins. `free` is not a
/// method and always comes from here. The catalogue's empathy map keeps the built-in zone keys (a test checks it).
pub fn by_method_in(method: &str, catalogue: &[Method]) -> Option<Template> {
    if method == FREE {
        return Some(free());
    }
    catalogue
        .iter()
        .find(|m| m.id == method)
        .map(Method::board_template)
        .or_else(|| by_method(method))
}
