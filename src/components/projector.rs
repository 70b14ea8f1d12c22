//! The projector view: what the room sees on the wall. The board read-only with large cards, the current step,
//! the timer, the revealed vote and what the agenda brings next; no editing chrome. It fills the facilitator's
//! window in projector mode, and a second window (`/w/:id/projector`) that follows the first.

use crate::components::pitch::PitchSlide;
use crate::components::timer::TimerClock;
use crate::i18n::{Key, Lang};
use crate::model::agenda::Activity;
use crate::model::{Board, BoardId, NoteColour};
use crate::state::{expect_catalogue, use_catalogue, use_locale, use_room, use_store};
use leptos::prelude::*;

/// One card as the wall shows it.
#[derive(Clone, Debug, PartialEq)]
struct Card {
    text: String,
    colour: NoteColour,
    /// Shown above the first card of a group.
    group: Option<String>,
    /// Dots after the reveal.
    dots: Option<u32>,
    winner: bool,
}

#[derive(Clone, Debug, PartialEq)]
struct Column {
    label: String,
    cards: Vec<Card>,
}

fn columns(board: &Board, lang: Lang) -> Vec<Column> {
    let voting = board.voting.as_ref().filter(|v| v.revealed);
    let winners = voting.map(|v| v.winners(board)).unwrap_or_default();
    board
        .zones
        .iter()
        .map(|z| {
            let mut last_group = None;
            let cards = board
                .live_notes_in(&z.key)
                .into_iter()
                .map(|n| {
                    let cluster = n.cluster.and_then(|c| board.live_cluster(c));
                    let group = cluster
                        .filter(|c| last_group != Some(c.id))
                        .map(|c| c.name.clone());
                    last_group = cluster.map(|c| c.id);
                    Card {
                        text: n.text.clone(),
                        colour: n.colour,
                        group,
                        dots: voting.map(|v| v.dots_on(n.id)).filter(|d| *d > 0),
                        winner: winners.contains(&n.id),
                    }
                })
                .collect();
            Column {
                label: lang.pick(&z.label).to_owned(),
                cards,
            }
        })
        .collect()
}

/// The whole wall. `on_exit` shows a discreet way out (projector mode); a projector window has none.
#[component]
pub fn ProjectorView(#[prop(optional)] on_exit: Option<Callback<()>>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let room = use_room();
    let question = move || {
        store
            .current
            .with(|c| c.as_ref().map(|w| w.question.clone()).unwrap_or_default())
    };
    let board = Memo::new(move |_| room.room.with(|r| r.board));
    let rehearsing = Memo::new(move |_| room.room.with(|r| r.rehearsal.is_some()));
    // In projector mode the keys belong to the wall, not to a note card hidden below it.
    let node = NodeRef::<leptos::html::Div>::new();
    if on_exit.is_some() {
        Effect::new(move |_| {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        });
    }
    view! {
        <div class="projector" role="region" aria-label=locale.tr(Key::ProjectorView) tabindex="-1" node_ref=node>
            <header class="projector__top">
                <p class="projector__question">{question}</p>
                {on_exit.map(|exit| view! {
                    <button type="button" class="button projector__exit" on:click=move |_| exit.run(())>
                        {locale.tr(Key::ExitProjector)}
                    </button>
                })}
            </header>
            <NextUp/>
            {move || match board.get() {
                _ if rehearsing.get() => view! { <PitchSlide/> }.into_any(),
                Some(b) => view! { <ProjectedBoard board=b/> }.into_any(),
                // No board yet (a run that starts with a break): the clock still shows.
                None => view! { <TimerClock large=true/> }.into_any(),
            }}
        </div>
    }
}

/// Step, instruction and the large timer of the shown board.
#[component]
fn ProjectedBoard(board: BoardId) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let room = use_room();
    let method = expect_catalogue().board_method(store, board);
    let on_break = move || {
        room.room.with(|r| r.run).is_some_and(|run| {
            store.current.with(|c| {
                c.as_ref()
                    .and_then(|w| w.agenda.as_ref())
                    .and_then(|a| a.items.get(run.item))
                    .is_some_and(|i| i.activity == Activity::Break)
            })
        })
    };
    let step = move || {
        let lang = locale.lang();
        let i = room.room.with(|r| r.step);
        method.with(|m| {
            let m = m.as_ref()?;
            let s = m.steps.get(i)?;
            Some((
                lang.format(
                    Key::StepOf,
                    &[
                        ("n", &(i + 1).to_string()),
                        ("total", &m.steps.len().to_string()),
                    ],
                ),
                lang.pick(&s.title).to_owned(),
                lang.pick(&s.instruction).to_owned(),
            ))
        })
    };
    let title = move || {
        store.current.with(|c| {
            c.as_ref()
                .and_then(|w| w.live_board(board))
                .map(|b| b.title.clone())
        })
    };
    let cols = Memo::new(move |_| {
        let lang = locale.lang();
        store.current.with(|c| {
            c.as_ref()
                .and_then(|w| w.live_board(board))
                .map(|b| columns(b, lang))
                .unwrap_or_default()
        })
    });
    let voting = move || {
        store.current.with(|c| {
            let v = c.as_ref()?.live_board(board)?.voting.as_ref()?;
            (!v.revealed).then(|| {
                locale.lang().format(
                    Key::VotingProgress,
                    &[
                        ("done", &v.done_count().to_string()),
                        ("total", &v.voters.len().to_string()),
                    ],
                )
            })
        })
    };
    view! {
        <section class="projector__step">
            <div class="projector__step-text" aria-live="polite">
                <h1 class="projector__title">{move || if on_break() { Some(locale.t(Key::Break).to_owned()) } else { title() }}</h1>
                {move || (!on_break()).then(step).flatten().map(|(of, name, instruction)| view! {
                    <p class="projector__of">{of} " · " <strong>{name}</strong></p>
                    <p class="projector__instruction">{instruction}</p>
                })}
                {move || voting().map(|v| view! { <p class="projector__voting">{v}</p> })}
            </div>
            <TimerClock large=true/>
        </section>
        <Show when=move || !on_break()>
            <div class="projector__board">
                {move || cols.get().into_iter().map(|col| view! {
                    <section class="projector__zone">
                        <h2 class="projector__zone-label">{col.label}</h2>
                        <ul class="projector__cards">
                            {col.cards.into_iter().map(|card| view! {
                                {card.group.map(|g| view! { <li class="projector__group">{g}</li> })}
                                <li class=format!("projector__card note--{}{}", card.colour.as_str(), if card.winner { " projector__card--winner" } else { "" })>
                                    <span class="projector__text">{card.text}</span>
                                    {card.dots.map(|n| view! { <span class="projector__dots">{format!("● {n}")}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
            </div>
        </Show>
    }
}

/// During an agenda run: what comes next, and when.
#[component]
fn NextUp() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let room = use_room();
    let catalogue = use_catalogue();
    let next = move || {
        let run = room.room.with(|r| r.run)?;
        store.current.with(|c| {
            let agenda = c.as_ref()?.agenda.as_ref()?;
            let item = agenda.items.get(run.item + 1)?;
            let slot = agenda.slots().get(run.item + 1).copied()?;
            let lang = locale.lang();
            let name = crate::components::agenda::item_name(item, lang, &catalogue);
            Some(lang.format(
                Key::NextUpAt,
                &[
                    ("item", &name),
                    ("time", &crate::model::agenda::clock(slot.start)),
                ],
            ))
        })
    };
    move || next().map(|n| view! { <p class="projector__next">{n}</p> })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{templates, Cluster, Member, Note, Role, Timestamp, Voting};

    #[test]
    fn the_wall_shows_groups_once_and_dots_only_after_the_reveal() {
        let t = Timestamp(1);
        let mut board = Board::from_template(&templates::empathy_map(), "Empathy Map", t);
        let group = Cluster::new("Sorgen", t);
        let mut a = Note::new("Zu teuer", "feels", 1.0, t);
        a.cluster = Some(group.id);
        let mut b = Note::new("Zu kompliziert", "feels", 2.0, t);
        b.cluster = Some(group.id);
        let c = Note::new("Allein", "feels", 3.0, t);
        let anna = Member::new("Anna", Role::Company, t);
        let mut voting = Voting::new([anna.id], 3, t).with_turn(anna.id, &[b.id, b.id, c.id], t);
        board.clusters.push(group);
        board.notes.extend([a, b, c]);
        board.voting = Some(voting.clone());

        let feels = |board: &Board| {
            columns(board, Lang::De)
                .into_iter()
                .find(|c| !c.cards.is_empty())
                .unwrap()
        };
        let hidden = feels(&board);
        let groups: Vec<_> = hidden.cards.iter().map(|c| c.group.clone()).collect();
        assert_eq!(groups, vec![Some("Sorgen".into()), None, None]);
        assert!(hidden.cards.iter().all(|c| c.dots.is_none() && !c.winner));

        voting.revealed = true;
        board.voting = Some(voting);
        let shown = feels(&board);
        let dots: Vec<_> = shown.cards.iter().map(|c| (c.dots, c.winner)).collect();
        assert_eq!(dots, vec![(None, false), (Some(2), true), (Some(1), false)]);
    }
}
