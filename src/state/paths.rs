//! Every page's address, built in one place. The route patterns (`app.rs` mounts them) live here too, so a
//! test can check that each address this module builds is matched by its route (see the tests below).

use crate::browser;
use crate::model::pitch::PitchKind;
use crate::model::{BoardId, WorkshopId};
use leptos_router::{path, PossibleRouteMatch};

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    /// The start page with the new-project form open: the start bundle's "new project" leads here, to the
    /// full app, which has what creating needs.
    New,
    /// The start page opening the file the start bundle handed over (`persistence::hand_over`).
    Open,
    About,
    /// Joining a live room; the room and its key are in the fragment (`live::JoinLink`).
    Join,
    /// The workshop with its first board (or the one it last showed).
    Workshop(WorkshopId),
    /// The workshop showing this board (`?board=`).
    Board(WorkshopId, BoardId),
    Methods(WorkshopId),
    /// One method of the library, by its catalogue id (lower-case letters, digits and `-`: safe in a path).
    Method(WorkshopId, String),
    Agenda(WorkshopId),
    Projector(WorkshopId),
    /// A part of the pitch pages; without a kind the page picks the likely one.
    Pitch(WorkshopId, PitchPart, Option<PitchKind>),
}

/// The parts of the pitch pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PitchPart {
    Canvas,
    Jury,
    Rehearsal,
    Handout,
}

impl PitchPart {
    /// The path below `/w/:id/` (as in [`routes`]).
    fn path(self) -> &'static str {
        match self {
            PitchPart::Canvas => "pitch",
            PitchPart::Jury => "pitch/jury",
            PitchPart::Rehearsal => "pitch/rehearsal",
            PitchPart::Handout => "pitch/handout",
        }
    }
}

impl Page {
    /// The workshop, showing `board` when one is given.
    pub fn board(id: WorkshopId, board: Option<BoardId>) -> Page {
        match board {
            Some(b) => Page::Board(id, b),
            None => Page::Workshop(id),
        }
    }

    /// The app path without the base path (`/w/…`), as the routes see it.
    pub fn path(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::New => "/new".into(),
            Page::Open => "/open".into(),
            Page::About => "/about".into(),
            Page::Join => "/join".into(),
            Page::Workshop(id) => format!("/w/{id}"),
            Page::Board(id, b) => format!("/w/{id}?board={b}"),
            Page::Methods(id) => format!("/w/{id}/methods"),
            Page::Method(id, m) => format!("/w/{id}/methods/{m}"),
            Page::Agenda(id) => format!("/w/{id}/agenda"),
            Page::Projector(id) => format!("/w/{id}/projector"),
            Page::Pitch(id, part, kind) => {
                let query = kind
                    .map(|k| format!("?pitch={}", k.key()))
                    .unwrap_or_default();
                format!("/w/{id}/{}{query}", part.path())
            }
        }
    }

    /// The link to this page, below the base path the app is served under (e.g. `/querwerk/w/…`).
    pub fn href(&self) -> String {
        browser::href(&self.path())
    }
}

/// The route patterns, for `app.rs`. The workshop's pages are children of [`routes::workshop`], which opens
/// the workshop once for all of them.
pub mod routes {
    use super::*;

    pub fn home() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/")
    }
    pub fn new() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/new")
    }
    pub fn open() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/open")
    }
    pub fn about() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/about")
    }
    pub fn join() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/join")
    }
    pub fn workshop() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/w/:id")
    }
    // Below `workshop`:
    pub fn board() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("")
    }
    pub fn methods() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("methods")
    }
    pub fn method() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("methods/:method")
    }
    pub fn agenda() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("agenda")
    }
    pub fn projector() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("projector")
    }
    pub fn pitch() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("pitch")
    }
    pub fn jury() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("pitch/jury")
    }
    pub fn rehearsal() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("pitch/rehearsal")
    }
    pub fn handout() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("pitch/handout")
    }
    // The pitch pages as whole paths, for the full app, which leaves exactly these to the pitch bundle (as
    // the boot script in `scripts/post_build.mjs` does: any other path there would load one bundle after the
    // other for ever).
    pub fn whole_pitch() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/w/:id/pitch")
    }
    pub fn whole_jury() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/w/:id/pitch/jury")
    }
    pub fn whole_rehearsal() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/w/:id/pitch/rehearsal")
    }
    pub fn whole_handout() -> impl PossibleRouteMatch + Clone + Send + 'static {
        path!("/w/:id/pitch/handout")
    }
}

/// Whether `path` (with or without the base path) is a projector window's address: such a window follows the
/// facilitator's from before the workshop opens, so it must know before the route opens it.
pub fn is_projector(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    path.rsplit_once('/').is_some_and(|(rest, last)| {
        last == "projector"
            && rest
                .rsplit_once("/w/")
                .is_some_and(|(_, id)| id.parse::<WorkshopId>().is_ok())
    })
}

/// The workshop whose board page `path` (with the base path, and maybe a query) is: the one page of a
/// workshop the participant bundle shows. Its other pages (`/w/:id/agenda`, …) are `None`, as the join page
/// is. The boot script in `scripts/post_build.mjs` picks the bundle by the same rule.
pub fn participant_page(path: &str) -> Option<WorkshopId> {
    let path = path.split_once('?').map_or(path, |(path, _)| path);
    let (_, rest) = path.trim_end_matches('/').rsplit_once("/w/")?;
    rest.parse().ok()
}

/// The board a workshop's address asks for (`?board=`, see [`Page::Board`]).
pub fn asked_board(path: &str) -> Option<BoardId> {
    let (_, query) = path.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("board="))
        .and_then(|b| b.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::routes::*;
    use super::*;
    use std::borrow::Cow;

    type Params = Vec<(String, String)>;
    /// A child route as a function from what the parent left to what it leaves and its parameters.
    type Child = Box<dyn Fn(&str) -> Option<(String, Params)>>;

    fn child(route: impl PossibleRouteMatch + 'static) -> Child {
        Box::new(move |path| {
            let m = route.test(path)?;
            let rest = m.remaining().to_owned();
            Some((rest, owned(m.params())))
        })
    }

    fn owned(params: Vec<(Cow<'static, str>, String)>) -> Params {
        params
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v))
            .collect()
    }

    /// Matches `path` (without its query) as the router does: `parent`, then `child` on what is left. Returns
    /// the parameters when the whole path matched.
    fn matches(
        parent: &impl PossibleRouteMatch,
        child: Option<&Child>,
        path: &str,
    ) -> Option<Params> {
        let path = path.split('?').next().unwrap_or_default();
        let first = parent.test(path)?;
        let remaining = first.remaining().to_owned();
        let mut params = owned(first.params());
        let rest = match child {
            Some(child) => {
                let (rest, more) = child(&remaining)?;
                params.extend(more);
                rest
            }
            None => remaining,
        };
        (rest.is_empty() || rest == "/").then_some(params)
    }

    fn ids() -> (WorkshopId, BoardId) {
        (
            "6f1c1f0e-4b5a-4c8e-9f57-2f3c9a1b7d10".parse().unwrap(),
            "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d".parse().unwrap(),
        )
    }

    #[test]
    fn every_workshop_page_is_matched_by_its_own_route_with_its_id() {
        let (w, b) = ids();
        let cases: Vec<(Page, Child)> = vec![
            (Page::Workshop(w), child(board())),
            (Page::Board(w, b), child(board())),
            (Page::Methods(w), child(methods())),
            (Page::Agenda(w), child(agenda())),
            (Page::Projector(w), child(projector())),
            (Page::Pitch(w, PitchPart::Canvas, None), child(pitch())),
            (
                Page::Pitch(w, PitchPart::Jury, Some(PitchKind::Question)),
                child(jury()),
            ),
            (
                Page::Pitch(w, PitchPart::Rehearsal, Some(PitchKind::Result)),
                child(rehearsal()),
            ),
            (Page::Pitch(w, PitchPart::Handout, None), child(handout())),
        ];
        for (page, route) in &cases {
            let params = matches(&workshop(), Some(route), &page.path())
                .unwrap_or_else(|| panic!("{page:?} not matched"));
            assert_eq!(params, vec![("id".to_owned(), w.to_string())], "{page:?}");
        }
        let params = matches(
            &workshop(),
            Some(&child(method())),
            &Page::Method(w, "lotus-blossom".into()).path(),
        );
        assert_eq!(
            params,
            Some(vec![
                ("id".to_owned(), w.to_string()),
                ("method".to_owned(), "lotus-blossom".to_owned())
            ])
        );
    }

    #[test]
    fn the_full_app_hands_exactly_the_pitch_pages_to_the_pitch_bundle() {
        let (w, b) = ids();
        let whole: Vec<Child> = vec![
            child(whole_pitch()),
            child(whole_jury()),
            child(whole_rehearsal()),
            child(whole_handout()),
        ];
        let handed = |page: &Page| {
            let path = page.path();
            let path = path.split('?').next().unwrap_or_default().to_owned();
            whole
                .iter()
                .filter(|route| route(&path).is_some_and(|(rest, _)| rest.is_empty()))
                .count()
        };
        for part in [
            PitchPart::Canvas,
            PitchPart::Jury,
            PitchPart::Rehearsal,
            PitchPart::Handout,
        ] {
            let page = Page::Pitch(w, part, Some(PitchKind::Result));
            assert_eq!(handed(&page), 1, "{page:?}");
        }
        for page in [
            Page::Home,
            Page::New,
            Page::Open,
            Page::About,
            Page::Join,
            Page::Workshop(w),
            Page::Board(w, b),
            Page::Methods(w),
            Page::Method(w, "pitch".into()),
            Page::Agenda(w),
            Page::Projector(w),
        ] {
            assert_eq!(handed(&page), 0, "{page:?}");
        }
    }

    #[test]
    fn a_page_is_not_matched_by_a_sibling_route() {
        let (w, _) = ids();
        let agenda_path = Page::Agenda(w).path();
        assert!(matches(&workshop(), Some(&child(methods())), &agenda_path).is_none());
        assert!(matches(&workshop(), Some(&child(pitch())), &agenda_path).is_none());
        let jury_path = Page::Pitch(w, PitchPart::Jury, None).path();
        assert!(matches(&workshop(), Some(&child(pitch())), &jury_path).is_none());
    }

    #[test]
    fn start_about_and_join_are_matched_by_theirs() {
        assert!(matches(&home(), None, &Page::Home.path()).is_some());
        assert!(matches(&about(), None, &Page::About.path()).is_some());
        assert!(matches(&new(), None, &Page::New.path()).is_some());
        assert!(matches(&open(), None, &Page::Open.path()).is_some());
        assert!(matches(&home(), None, &Page::New.path()).is_none());
        assert!(matches(&join(), None, &Page::Join.path()).is_some());
        assert!(matches(&home(), None, &Page::Join.path()).is_none());
    }

    #[test]
    fn queries_pick_the_board_and_the_pitch() {
        let (w, b) = ids();
        assert_eq!(Page::Board(w, b).path(), format!("/w/{w}?board={b}"));
        assert_eq!(Page::board(w, None), Page::Workshop(w));
        assert_eq!(
            Page::Pitch(w, PitchPart::Jury, Some(PitchKind::Question)).path(),
            format!("/w/{w}/pitch/jury?pitch=question")
        );
    }

    #[test]
    fn projector_addresses_are_known_with_and_without_a_base_path() {
        let (w, _) = ids();
        assert!(is_projector(&Page::Projector(w).path()));
        assert!(is_projector(&format!(
            "/querwerk{}",
            Page::Projector(w).path()
        )));
        assert!(is_projector(&format!("{}/", Page::Projector(w).path())));
        assert!(!is_projector(&Page::Agenda(w).path()));
        assert!(!is_projector("/w/not-an-id/projector"));
        assert!(!is_projector("/projector"));
    }

    #[test]
    fn the_participant_bundle_shows_a_workshops_board_page_and_no_other() {
        let (w, b) = ids();
        assert_eq!(participant_page(&Page::Workshop(w).path()), Some(w));
        assert_eq!(
            participant_page(&format!("/querwerk{}/", Page::Workshop(w).path())),
            Some(w)
        );
        for other in [
            Page::Agenda(w),
            Page::Methods(w),
            Page::Projector(w),
            Page::Pitch(w, PitchPart::Canvas, None),
            Page::Join,
            Page::Home,
        ] {
            assert_eq!(participant_page(&other.path()), None, "{other:?}");
        }
        assert_eq!(participant_page(&Page::Board(w, b).path()), Some(w));
        assert_eq!(asked_board(&Page::Board(w, b).path()), Some(b));
        assert_eq!(asked_board(&Page::Workshop(w).path()), None);
        assert_eq!(asked_board(&format!("/w/{w}?board=nonsense")), None);
        assert_eq!(participant_page("/w/not-an-id"), None);
    }
}
