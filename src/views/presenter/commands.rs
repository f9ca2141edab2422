//! The presenter's keys as commands, and what each command does to the talk. Pure:
//! no drawing, so every key's effect is tested without a window.

use eframe::egui::{self, Key};

use super::{Blank, State};
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Slide, SlideKind};

/// The keys a presenter (or a clicker) uses, as commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Command {
    Next,
    Previous,
    First,
    Last,
    Digit(char),
    Enter,
    Black,
    White,
    Fullscreen,
    Escape,
    Help,
    Speaker,
}

pub(super) fn commands(input: &egui::InputState) -> Vec<Command> {
    let mut out = Vec::new();
    for event in &input.events {
        match event {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } if !modifiers.command && !modifiers.alt => {
                let c = match key {
                    Key::ArrowRight | Key::ArrowDown | Key::Space | Key::PageDown | Key::N => {
                        Some(Command::Next)
                    }
                    Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::P | Key::Backspace => {
                        Some(Command::Previous)
                    }
                    Key::Home => Some(Command::First),
                    Key::End => Some(Command::Last),
                    Key::Enter => Some(Command::Enter),
                    Key::B | Key::Period => Some(Command::Black),
                    Key::W => Some(Command::White),
                    Key::F | Key::F11 => Some(Command::Fullscreen),
                    Key::Escape => Some(Command::Escape),
                    Key::Questionmark => Some(Command::Help),
                    Key::Slash if modifiers.shift => Some(Command::Help),
                    Key::S => Some(Command::Speaker),
                    Key::Num0
                    | Key::Num1
                    | Key::Num2
                    | Key::Num3
                    | Key::Num4
                    | Key::Num5
                    | Key::Num6
                    | Key::Num7
                    | Key::Num8
                    | Key::Num9 => key.name().chars().next().map(Command::Digit),
                    _ => None,
                };
                out.extend(c);
            }
            _ => {}
        }
    }
    out
}

/// What the presenter asks the app to do, beyond its own state.
pub(super) fn run(commands: &[Command], data: &Alliance, state: &mut State, actions: &mut Actions) {
    let count = data.slides.len().max(1);
    for c in commands {
        match *c {
            Command::Next => state.go(state.index + 1, count),
            Command::Previous => state.go(state.index.saturating_sub(1), count),
            Command::First => state.go(0, count),
            Command::Last => state.go(count - 1, count),
            Command::Digit(d) => {
                if state.typed.len() < 4 {
                    state.typed.push(d);
                }
            }
            Command::Enter => {
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
            Command::Black => {
                state.blank = if state.blank == Some(Blank::Black) {
                    None
                } else {
                    Some(Blank::Black)
                };
            }
            Command::White => {
                state.blank = if state.blank == Some(Blank::White) {
                    None
                } else {
                    Some(Blank::White)
                };
            }
            Command::Fullscreen => actions.push(Action::ToggleFullscreen),
            Command::Escape => {
                if state.show_help {
                    state.show_help = false;
                } else if !state.typed.is_empty() {
                    state.typed.clear();
                } else if state.blank.is_some() {
                    state.blank = None;
                } else {
                    actions.push(Action::StopPresenting);
                }
            }
            Command::Help => state.show_help = !state.show_help,
            Command::Speaker => state.speaker_open = !state.speaker_open,
        }
    }
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

    fn deck() -> Alliance {
        load_default().unwrap_or_else(|e| panic!("{e}"))
    }

    fn presenting() -> State {
        let mut state = State::default();
        state.start(crate::views::View::Timeline, false);
        state
    }

    #[test]
    fn moving_stops_at_either_end_and_shows_the_slide() {
        let data = deck();
        let last = data.slides.len() - 1;
        let mut state = presenting();
        let mut actions = Actions::default();
        run(&[Command::Previous], &data, &mut state, &mut actions);
        assert_eq!(state.index, 0);
        run(
            &[Command::Last, Command::Next],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!(state.index, last);
        run(
            &[Command::Black, Command::Previous],
            &data,
            &mut state,
            &mut actions,
        );
        assert_eq!((state.index, state.blank), (last - 1, None));
        run(&[Command::First], &data, &mut state, &mut actions);
        assert_eq!(state.index, 0);
        assert!(actions.is_empty());
    }

    #[test]
    fn a_number_then_enter_jumps_and_a_number_out_of_range_does_not() {
        let data = deck();
        let mut state = presenting();
        let mut actions = Actions::default();
        let three = [Command::Digit('3'), Command::Enter];
        run(&three, &data, &mut state, &mut actions);
        assert_eq!((state.index, state.typed.as_str()), (2, ""));
        let far = [Command::Digit('4'), Command::Digit('2'), Command::Enter];
        run(&far, &data, &mut state, &mut actions);
        assert_eq!((state.index, state.typed.as_str()), (2, ""));
        let zero = [Command::Digit('0'), Command::Enter];
        run(&zero, &data, &mut state, &mut actions);
        assert_eq!(state.index, 2);
        // Four digits at the most: a held key cannot grow the number without end.
        run(&[Command::Digit('1'); 6], &data, &mut state, &mut actions);
        assert_eq!(state.typed, "1111");
        assert!(actions.is_empty());
    }

    #[test]
    fn black_and_white_toggle_and_replace_each_other() {
        let data = deck();
        let mut state = presenting();
        let mut actions = Actions::default();
        run(&[Command::Black], &data, &mut state, &mut actions);
        assert_eq!(state.blank, Some(Blank::Black));
        run(&[Command::White], &data, &mut state, &mut actions);
        assert_eq!(state.blank, Some(Blank::White));
        run(&[Command::White], &data, &mut state, &mut actions);
        assert_eq!(state.blank, None);
    }

    #[test]
    fn esc_closes_one_thing_at_a_time_then_leaves() {
        let data = deck();
        let mut state = presenting();
        let mut actions = Actions::default();
        let setup = [Command::Black, Command::Digit('2'), Command::Help];
        run(&setup, &data, &mut state, &mut actions);
        run(&[Command::Escape], &data, &mut state, &mut actions);
        assert!(!state.show_help);
        assert_eq!(state.typed, "2");
        run(&[Command::Escape], &data, &mut state, &mut actions);
        assert_eq!(
            (state.typed.as_str(), state.blank),
            ("", Some(Blank::Black))
        );
        run(&[Command::Escape], &data, &mut state, &mut actions);
        assert_eq!(state.blank, None);
        assert!(actions.is_empty());
        run(&[Command::Escape], &data, &mut state, &mut actions);
        assert_eq!(
            actions.into_iter().collect::<Vec<_>>(),
            [Action::StopPresenting]
        );
    }

    #[test]
    fn enter_plays_the_video_on_the_video_slide_only() {
        let data = deck();
        let video = data
            .slides
            .iter()
            .position(|s| s.kind == SlideKind::Video)
            .unwrap_or_else(|| panic!("the built-in deck has a video slide"));
        let mut state = presenting();
        let mut actions = Actions::default();
        run(&[Command::Enter], &data, &mut state, &mut actions);
        assert!(actions.is_empty());
        state.index = video;
        run(&[Command::Enter], &data, &mut state, &mut actions);
        let url = video_url(&data, data.slides.get(video));
        assert!(url.is_some());
        assert_eq!(
            actions.into_iter().collect::<Vec<_>>(),
            url.map(Action::OpenUrl).into_iter().collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_window_and_the_speaker_view_are_asked_for() {
        let data = deck();
        let mut state = presenting();
        let mut actions = Actions::default();
        let keys = [Command::Fullscreen, Command::Speaker, Command::Help];
        run(&keys, &data, &mut state, &mut actions);
        assert!(state.speaker_open && state.show_help);
        assert_eq!(
            actions.into_iter().collect::<Vec<_>>(),
            [Action::ToggleFullscreen]
        );
    }
}
