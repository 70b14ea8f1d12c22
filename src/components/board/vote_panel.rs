//! The dot vote's panel above the board: set up who votes, take turns, reveal, see the ranking.

use super::ctx::{use_board, BoardCtx};
use crate::i18n::Key;
use crate::model::voting::DEFAULT_DOTS;
use crate::model::{MemberId, Voting};
use leptos::either::EitherOf4;
use leptos::prelude::*;

#[component]
pub fn VotePanel() -> impl IntoView {
    let ctx = use_board();
    let voting = Memo::new(move |_| ctx.voting());
    // Undo, redo or another tab may take the vote away under a voter's feet.
    Effect::new(move |_| {
        voting.track();
        ctx.drop_stale_turn();
    });
    // Who is at the screen; not each dot they place, so the panel is not rebuilt per dot.
    let at_screen = Memo::new(move |_| ctx.vote.turn.with(|t| t.as_ref().map(|t| t.member)));
    let stage = move || {
        let setup = ctx.vote.setup.get();
        let voter = at_screen.get();
        voting.with(|v| match v {
            None if setup => Some(EitherOf4::A(view! { <Setup/> })),
            None => None,
            Some(v) if v.revealed => Some(EitherOf4::D(view! { <Ranking/> })),
            Some(_) => Some(match voter {
                Some(member) => EitherOf4::C(view! { <Turn member voting/> }),
                None => EitherOf4::B(view! { <Voters voting/> }),
            }),
        })
    };
    view! {
        <Show when=move || voting.with(Option::is_some) || ctx.vote.setup.get()>
            <section
                class="vote"
                class:vote--turn=move || at_screen.with(Option::is_some)
                aria-labelledby=format!("vote-title-{}", ctx.board)
            >
                <h2 id=format!("vote-title-{}", ctx.board) class="vote__title">
                    {ctx.locale.tr(Key::VoteTitle)}
                </h2>
                {stage}
            </section>
        </Show>
    }
}

/// Who votes and with how many dots.
#[component]
fn Setup() -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let members = Memo::new(move |_| {
        ctx.store.current.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.live_members()
                        .map(|m| (m.id, m.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Everyone in the team votes unless unticked.
    let chosen =
        RwSignal::new(members.with_untracked(|m| m.iter().map(|(id, _)| *id).collect::<Vec<_>>()));
    let dots = RwSignal::new(DEFAULT_DOTS);
    let name = NodeRef::<leptos::html::Input>::new();
    let add = move || {
        let Some(input) = name.get_untracked() else {
            return;
        };
        if let Some(id) = ctx.add_member(&input.value()) {
            chosen.update(|c| c.push(id));
            input.set_value("");
        }
        let _ = input.focus();
    };
    let id_name = format!("vote-name-{}", ctx.board);
    let id_dots = format!("vote-dots-{}", ctx.board);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let live = members.get_untracked();
        let voters: Vec<MemberId> = chosen
            .get_untracked()
            .into_iter()
            .filter(|c| live.iter().any(|(id, _)| id == c))
            .collect();
        ctx.start_voting(voters, dots.get_untracked());
    };
    let member = move |(id, member_name): (MemberId, String)| {
        view! {
            <li>
                <label class="vote__check">
                    <input
                        type="checkbox"
                        prop:checked=move || chosen.with(|c| c.contains(&id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                c.retain(|x| *x != id);
                                if on {
                                    c.push(id);
                                }
                            });
                        }
                    />
                    <span>{member_name}</span>
                </label>
            </li>
        }
    };
    view! {
        <form class="vote__setup" on:submit=on_submit>
            <fieldset class="vote__team">
                <legend>{locale.tr(Key::VoteWho)}</legend>
                <Show when=move || members.with(Vec::is_empty)>
                    <p class="vote__hint">{locale.tr(Key::VoteNoTeam)}</p>
                </Show>
                <ul class="vote__members">
                    <For each=move || members.get() key=|m| m.clone() children=member/>
                </ul>
                <div class="vote__add">
                    <label for=id_name.clone()>{locale.tr(Key::VoteAddPerson)}</label>
                    <input
                        id=id_name
                        node_ref=name
                        type="text"
                        maxlength="200"
                        autocomplete="off"
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add();
                            }
                        }
                    />
                    <button type="button" class="button" on:click=move |_| add()>
                        {locale.tr(Key::VoteAdd)}
                    </button>
                </div>
            </fieldset>
            <div class="vote__dots-field">
                <label for=id_dots.clone()>{locale.tr(Key::VoteDotsEach)}</label>
                <input
                    id=id_dots
                    type="number"
                    min="1"
                    max="10"
                    prop:value=move || dots.get().to_string()
                    on:input=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u8>() {
                            dots.set(n.clamp(1, 10));
                        }
                    }
                />
            </div>
            <div class="vote__buttons">
                <button type="submit" class="button button--primary">{locale.tr(Key::VoteStart)}</button>
                <button type="button" class="button button--quiet" on:click=move |_| ctx.vote.setup.set(false)>
                    {locale.tr(Key::Cancel)}
                </button>
            </div>
        </form>
    }
}

/// Between turns: who has voted, who is next, and the reveal.
#[component]
fn Voters(voting: Memo<Option<Voting>>) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let progress = move || {
        voting.with(|v| {
            let (done, all) = v
                .as_ref()
                .map_or((0, 0), |v| (v.done_count(), v.voters.len()));
            locale.format(
                Key::VoteProgress,
                &[("done", &done.to_string()), ("total", &all.to_string())],
            )
        })
    };
    let voters = move || {
        voting.with(|v| {
            v.as_ref()
                .map(|v| {
                    v.voters
                        .iter()
                        .map(|x| (x.member, x.done))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let none_done = move || voting.with(|v| v.as_ref().is_none_or(|v| v.done_count() == 0));
    // On a participant's device only its own member takes a turn, and the facilitator reveals.
    let lead = crate::state::use_live().lead;
    let mine = move |member| lead.get() || ctx.store.me.get() == Some(member);
    view! {
        <p class="vote__status">{progress}</p>
        <ul class="vote__voters" aria-label=locale.tr(Key::VoteWhoIsNext)>
            <For
                each=voters
                key=|v| *v
                children=move |(member, done)| {
                    let label = move || voter_label(ctx, member, done);
                    view! {
                        <li>
                            <button
                                type="button"
                                id=ctx.vote_dom(&format!("voter-{member}"))
                                class="button vote__voter"
                                class:vote__voter--done=done
                                disabled=move || !mine(member)
                                on:click=move |_| ctx.take_turn(member)
                            >
                                {label}
                            </button>
                        </li>
                    }
                }
            />
        </ul>
        <p class="vote__hint" hidden=move || lead.get()>{locale.tr(Key::VoteLeadReveals)}</p>
        <div class="vote__buttons" hidden=move || !lead.get()>
            <button
                type="button"
                id=ctx.vote_dom("reveal")
                class="button button--primary"
                disabled=none_done
                on:click=move |_| ctx.reveal()
            >
                {locale.tr(Key::VoteReveal)}
            </button>
            <button type="button" class="button button--quiet" on:click=move |_| ctx.end_voting()>
                {locale.tr(Key::VoteCancel)}
            </button>
        </div>
    }
}

fn voter_label(ctx: BoardCtx, member: MemberId, done: bool) -> String {
    let name = ctx.member_name(member);
    if done {
        ctx.locale.format(Key::VoterDone, &[("name", &name)])
    } else {
        name
    }
}

/// One person at the screen, placing dots.
#[component]
fn Turn(member: MemberId, voting: Memo<Option<Voting>>) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let status = move || {
        let each = voting.with(|v| v.as_ref().map_or(0, |v| v.dots_each));
        let left = ctx
            .vote
            .turn
            .with(|t| t.as_ref().map_or(usize::from(each), |t| t.left(each)));
        locale.format(
            Key::VoteTurn,
            &[
                ("name", &ctx.member_name(member)),
                ("left", &left.to_string()),
                ("total", &each.to_string()),
            ],
        )
    };
    view! {
        <p class="vote__status vote__status--turn">{status}</p>
        <p class="vote__hint">{locale.tr(Key::VoteTurnHint)}</p>
        <div class="vote__buttons">
            <button
                type="button"
                id=ctx.vote_dom("hand-over")
                class="button button--primary"
                on:click=move |_| ctx.hand_over()
            >
                {locale.tr(Key::VoteHandOver)}
            </button>
            <button type="button" class="button button--quiet" on:click=move |_| ctx.cancel_turn()>
                {locale.tr(Key::Cancel)}
            </button>
        </div>
    }
}

/// After the reveal: notes by dots, the winner first.
#[component]
fn Ranking() -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let ranking = Memo::new(move |_| {
        ctx.store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.live_board(ctx.board))
                .and_then(|b| {
                    let ranking = b.voting.as_ref()?.ranking(b);
                    let top = ranking.first().map_or(0, |r| r.dots);
                    Some(
                        ranking
                            .into_iter()
                            .filter_map(|r| {
                                let text = b.live_note(r.note)?.text.clone();
                                Some((r.note, text, r.dots, r.dots == top))
                            })
                            .collect::<Vec<_>>(),
                    )
                })
                .unwrap_or_default()
        })
    });
    let row = move |(note, text, dots, winner): (crate::model::NoteId, String, u32, bool)| {
        let count = if dots == 1 {
            locale.t(Key::DotOne).to_owned()
        } else {
            locale.format(Key::DotsCount, &[("n", &dots.to_string())])
        };
        view! {
            <li class="vote__rank" class:vote__rank--winner=winner>
                <button type="button" class="vote__rank-note" on:click=move |_| ctx.show_note(note)>
                    <span class="vote__rank-dots">{count}</span>
                    <span class="vote__rank-text">{text}</span>
                    {winner.then(|| view! { <span class="vote__winner">{locale.tr(Key::VoteWinner)}</span> })}
                </button>
            </li>
        }
    };
    view! {
        <Show
            when=move || ranking.with(|r| !r.is_empty())
            fallback=move || view! { <p class="vote__status">{locale.tr(Key::VoteNoDots)}</p> }
        >
            <ol id=ctx.vote_dom("ranking") class="vote__ranking" tabindex="-1" aria-label=locale.tr(Key::VoteRanking)>
                <For each=move || ranking.get() key=|r| r.clone() children=row/>
            </ol>
        </Show>
        <div class="vote__buttons">
            <button type="button" class="button button--quiet" on:click=move |_| ctx.end_voting()>
                {locale.tr(Key::VoteRemove)}
            </button>
        </div>
    }
}
