//! What each of the presenter's commands does to the talk. Pure: no drawing, so every
//! key's effect is tested without a window.

use super::{Blank, State};
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Slide, SlideKind};
use crate::shortcuts::Command;

/// What the presenter asks the app to do, beyond its own state.
pub(super) fn run(commands: &[Command], data: &Alliance, state: &mut State, actions: &mut Actions) {
    let count = data.slides.len().max(1);
    for c in commands {
        if let Some(chosen) = state.overview {
            state.overview = choose(*c, chosen, count, state);
            continue;
        }
        match *c {
            Command::NextSlide => {
                if state.revealed < build_points(data, state.index) {
                    state.revealed += 1;
                    state.blank = None;
                } else if state.index + 1 < count {
                    state.go(state.index + 1, count);
                } else {
                    state.blank = None;
                }
            }
            Command::PreviousSlide => {
                if state.revealed > 0 && build_points(data, state.index) > 0 {
                    state.revealed = state.revealed.min(build_points(data, state.index)) - 1;
                    state.blank = None;
                } else if state.index > 0 {
                    // Back onto a slide: the whole of it, as it was left.
                    state.go(state.index - 1, count);
                    state.revealed = build_points(data, state.index);
                } else {
                    state.go(0, count);
                }
            }
            Command::FirstSlide => state.go(0, count),
            Command::LastSlide => state.go(count - 1, count),
            Command::Digit(d) => {
                if let Some(digit) = char::from_digit(u32::from(d), 10)
                    && state.typed.len() < 4
                {
                    state.typed.push(digit);
                }
            }
            Command::Confirm => {
                if state.typed.is_empty() {
                    if let Some(url) = video_url(data, data.slides.get(state.index)) {
                        actions.push(Action::OpenUrl(url));
                    }
                } else {
                    if let Ok(n) = state.typed.parse::<usize>()
                        && (1..=count).contains(&n)
                    {
                        state.go(n - 1, count);
                    }
                    state.typed.clear();
                }
            }
            Command::BlackScreen => {
                state.blank = if state.blank == Some(Blank::Black) {
                    None
                } else {
                    Some(Blank::Black)
                };
            }
            Command::WhiteScreen => {
                state.blank = if state.blank == Some(Blank::White) {
                    None
                } else {
                    Some(Blank::White)
                };
            }
            Command::Fullscreen => actions.push(Action::ToggleFullscreen),
            Command::Leave => {
                if state.show_help {
                    state.show_help = false;
                } else if !state.typed.is_empty() {
                    state.typed.clear();
                } else if state.blank.is_some() {
                    state.blank = None;
                } else if state.slides.milestone.is_some() {
                    state.slides.milestone = None;
                } else {
                    actions.push(Action::StopPresenting);
                }
            }
            Command::Help => state.show_help = !state.show_help,
            Command::SpeakerView => state.speaker_open = !state.speaker_open,
            Command::Overview => state.overview = Some(state.index),
            // The main window's and the timeline's commands are not the presenter's.
            _ => {}
        }
    }
}

/// A command while the overview is open: the arrows move the choice, Enter goes there,
/// Esc or O closes the grid; the slide shown does not change until then. Returns the
/// choice, or `None` once the grid is closed.
fn choose(command: Command, chosen: usize, count: usize, state: &mut State) -> Option<usize> {
    match command {
        Command::NextSlide => Some((chosen + 1).min(count - 1)),
        Command::PreviousSlide => Some(chosen.saturating_sub(1)),
        Command::FirstSlide => Some(0),
        Command::LastSlide => Some(count - 1),
        Command::Confirm => {
            state.go(chosen, count);
            None
        }
        Command::Leave | Command::Overview => None,
        _ => Some(chosen),
    }
}

/// How many steps slide `index` reveals one at a time (none if it is not a build).
fn build_points(data: &Alliance, index: usize) -> usize {
    data.slides
        .get(index)
        .map_or(0, |s| super::slides::build_steps(data, s))
}

pub(super) fn video_url(data: &Alliance, slide: Option<&Slide>) -> Option<String> {
    if slide?.kind != SlideKind::Video {
        return None;
    }
    let id = data.summit.video.as_deref()?;
    data.resources.iter().find(|r| r.id == id)?.url.clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_default;

    /// The built-in deck, a talk just started and no actions yet.
    fn presenting() -> (Alliance, State, Actions) {
        let mut state = State::default();
        state.start(crate::views::View::Timeline, false);
        let data = load_default().unwrap_or_else(|e| panic!("{e}"));
        (data, state, Actions::default())
    }

    #[test]
    fn the_overview_chooses_with_the_arrows_goes_with_enter_and_closes_with_esc() {
        let (data, mut state, mut actions) = presenting();
        run(
            &[Command::NextSlide, Command::Overview],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!(state.overview, Some(1));
        let moves = [
            Command::NextSlide,
            Command::NextSlide,
            Command::PreviousSlide,
        ];
        run(&moves, &data, &mut state, &mut actions);
        assert_eq!(
            (state.overview, state.index),
            (Some(2), 1),
            "the slide waits for Enter"
        );
        run(&[Command::Confirm], &data, &mut state, &mut actions);
        assert_eq!((state.overview, state.index), (None, 2));
        run(
            &[Command::Overview, Command::LastSlide, Command::Leave],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!(
            (state.overview, state.index),
            (None, 2),
            "Esc closes the grid only"
        );
        assert!(
            state.active && actions.is_empty(),
            "and does not leave the talk"
        );
    }

    #[test]
    fn a_build_reveals_its_points_one_at_a_time_and_back() {
        let (mut data, mut state, mut actions) = presenting();
        let build = 2;
        for slide in &mut data.slides {
            slide.build = false;
        }
        data.slides[build].build = true;
        let points = data.slides[build].bullets.len();
        assert!(points >= 3, "the slide has points to reveal");
        run(
            &[Command::NextSlide, Command::NextSlide],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!(
            (state.index, state.revealed),
            (build, 0),
            "a build starts empty"
        );
        for shown in 1..=points {
            run(&[Command::NextSlide], &data, &mut state, &mut actions);
            assert_eq!((state.index, state.revealed), (build, shown));
        }
        run(&[Command::NextSlide], &data, &mut state, &mut actions);
        assert_eq!(state.index, build + 1, "then the talk moves on");
        run(&[Command::PreviousSlide], &data, &mut state, &mut actions);
        assert_eq!(
            (state.index, state.revealed),
            (build, points),
            "back: the whole slide"
        );
        run(&[Command::PreviousSlide], &data, &mut state, &mut actions);
        assert_eq!(
            (state.index, state.revealed),
            (build, points - 1),
            "and back a point"
        );
        run(
            &[Command::FirstSlide, Command::LastSlide],
            &data,
            &mut state,
            &mut actions,
        );
        if let Some(last) = data.slides.last_mut() {
            last.build = true;
        }
        let last = state.index;
        run(
            &[Command::NextSlide, Command::NextSlide],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!(state.index, last, "the end stays the end");
        assert!(actions.is_empty());
    }

    #[test]
    fn moving_stops_at_either_end_and_shows_the_slide() {
        let (data, mut state, mut actions) = presenting();
        let last = data.slides.len() - 1;
        run(&[Command::PreviousSlide], &data, &mut state, &mut actions);
        assert_eq!(state.index, 0);
        run(
            &[Command::LastSlide, Command::NextSlide],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!(state.index, last);
        run(
            &[Command::BlackScreen, Command::PreviousSlide],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!((state.index, state.blank), (last - 1, None));
        run(&[Command::FirstSlide], &data, &mut state, &mut actions);
        assert_eq!(state.index, 0);
        assert!(actions.is_empty());
    }

    #[test]
    fn a_number_then_enter_jumps_and_a_number_out_of_range_does_not() {
        let (data, mut state, mut actions) = presenting();
        let three = [Command::Digit(3), Command::Confirm];
        run(&three, &data, &mut state, &mut actions);
        assert_eq!((state.index, state.typed.as_str()), (2, ""));
        let far = [Command::Digit(4), Command::Digit(2), Command::Confirm];
        run(&far, &data, &mut state, &mut actions);
        assert_eq!((state.index, state.typed.as_str()), (2, ""));
        let zero = [Command::Digit(0), Command::Confirm];
        run(&zero, &data, &mut state, &mut actions);
        assert_eq!(state.index, 2);
        // Four digits at the most: a held key cannot grow the number without end.
        run(&[Command::Digit(1); 6], &data, &mut state, &mut actions);
        assert_eq!(state.typed, "1111");
        assert!(actions.is_empty());
    }

    #[test]
    fn black_and_white_toggle_and_replace_each_other() {
        let (data, mut state, mut actions) = presenting();
        run(&[Command::BlackScreen], &data, &mut state, &mut actions);
        assert_eq!(state.blank, Some(Blank::Black));
        run(&[Command::WhiteScreen], &data, &mut state, &mut actions);
        assert_eq!(state.blank, Some(Blank::White));
        run(&[Command::WhiteScreen], &data, &mut state, &mut actions);
        assert_eq!(state.blank, None);
    }

    #[test]
    fn esc_closes_one_thing_at_a_time_then_leaves() {
        let (data, mut state, mut actions) = presenting();
        let setup = [Command::BlackScreen, Command::Digit(2), Command::Help];
        run(&setup, &data, &mut state, &mut actions);
        run(&[Command::Leave], &data, &mut state, &mut actions);
        assert!(!state.show_help);
        assert_eq!(state.typed, "2");
        run(&[Command::Leave], &data, &mut state, &mut actions);
        assert_eq!(
            (state.typed.as_str(), state.blank),
            ("", Some(Blank::Black))
        );
        run(&[Command::Leave], &data, &mut state, &mut actions);
        assert_eq!(state.blank, None);
        assert!(actions.is_empty());
        run(&[Command::Leave], &data, &mut state, &mut actions);
        assert_eq!(
            actions.into_iter().collect::<Vec<_>>(),
            [Action::StopPresenting]
        );
    }

    #[test]
    fn enter_plays_the_video_on_the_video_slide_only() {
        let (data, mut state, mut actions) = presenting();
        let video = data
            .slides
            .iter()
            .position(|s| s.kind == SlideKind::Video)
            .unwrap_or_else(|| panic!("the built-in deck has a video slide"));
        run(&[Command::Confirm], &data, &mut state, &mut actions);
        assert!(actions.is_empty());
        state.index = video;
        run(&[Command::Confirm], &data, &mut state, &mut actions);
        let url = video_url(&data, data.slides.get(video));
        assert!(url.is_some());
        assert_eq!(
            actions.into_iter().collect::<Vec<_>>(),
            url.map(Action::OpenUrl).into_iter().collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_window_and_the_speaker_view_are_asked_for() {
        let (data, mut state, mut actions) = presenting();
        let keys = [Command::Fullscreen, Command::SpeakerView, Command::Help];
        run(&keys, &data, &mut state, &mut actions);
        assert!(state.speaker_open && state.show_help);
        assert_eq!(
            actions.into_iter().collect::<Vec<_>>(),
            [Action::ToggleFullscreen]
        );
    }
}
