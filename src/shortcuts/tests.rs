use super::*;
use eframe::egui::Key;

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

fn input(events: Vec<Event>) -> InputState {
    let mut input = InputState::default();
    input.events = events;
    input
}

/// Every combination of `scope`'s rows that `handler` acts on, with its command.
fn combos(scope: Scope, handler: Option<Handler>) -> Vec<(KeyboardShortcut, Command)> {
    SHORTCUTS
        .iter()
        .filter(|row| row.scope == scope && handler.is_none_or(|h| row.handler == h))
        .flat_map(|row| row.bindings)
        .flat_map(|b| b.combos.iter().map(|c| (*c, b.command)))
        .collect()
}

const SCOPES: [Scope; 3] = [Scope::Everywhere, Scope::Timeline, Scope::Presenter];

#[test]
fn no_two_shortcuts_in_a_scope_share_a_key_combination() {
    for scope in SCOPES {
        let all = combos(scope, None);
        for (i, (a, first)) in all.iter().enumerate() {
            for (b, second) in &all[i + 1..] {
                assert_ne!(a, b, "{scope:?}: {first:?} and {second:?} share {a:?}");
            }
        }
    }
}

#[test]
fn each_combination_gives_its_own_command_and_no_other() {
    // Stricter than equality: Shift is ignored on plain keys, so a plain key and the
    // same key with Shift would both answer one press.
    for scope in SCOPES {
        for (combo, command) in combos(scope, Some(Handler::Pressed)) {
            let press = key(combo.logical_key, combo.modifiers);
            assert_eq!(command_for(&press, scope), Some(command), "{combo:?}");
            // Ctrl+Shift+Z also answers Ctrl+Z's binding (an extra Shift is tolerated
            // with Ctrl); the binding that names the Shift wins, and only one may.
            let answering = combos(scope, Some(Handler::Pressed))
                .into_iter()
                .filter(|(other, _)| combo_pressed(&press, other) && exact_shift(&press, other))
                .count();
            assert_eq!(answering, 1, "{scope:?}: {combo:?} answers more than one");
        }
    }
}

#[test]
fn every_command_has_keys_a_tooltip_can_show() {
    for row in SHORTCUTS {
        for binding in row.bindings {
            assert!(
                !keys_for(binding.command).is_empty(),
                "{:?}",
                binding.command
            );
        }
    }
    assert_eq!(keys_for(Command::Show(View::Timeline)), "Ctrl+2");
    assert_eq!(keys_for(Command::OpenDialog), "Ctrl+O");
    assert_eq!(keys_for(Command::ExportPng), "Ctrl+Shift+S");
    assert_eq!(keys_for(Command::Confirm), "Enter");
    assert_eq!(keys_for(Command::FirstSlide), "Home");
    assert_eq!(keys_for(Command::ZoomAndPanTime), "Ctrl+scroll, drag");
}

#[test]
fn the_presenter_takes_its_keys_in_order_and_leaves_the_rest() {
    let mut input = input(vec![
        key(Key::ArrowRight, Modifiers::NONE),
        key(Key::A, Modifiers::NONE),
        key(Key::Space, Modifiers::SHIFT),
        key(Key::Num7, Modifiers::NONE),
        key(Key::Slash, Modifiers::SHIFT),
        key(Key::Slash, Modifiers::NONE),
        key(Key::N, Modifiers::COMMAND),
        key(Key::N, Modifiers::ALT),
    ]);
    let commands = pressed(&mut input, Scope::Presenter);
    assert_eq!(
        commands,
        [
            Command::NextSlide,
            Command::NextSlide,
            Command::Digit(7),
            Command::Help
        ]
    );
    assert_eq!(
        input.events,
        [
            key(Key::A, Modifiers::NONE),
            key(Key::Slash, Modifiers::NONE),
            key(Key::N, Modifiers::COMMAND),
            key(Key::N, Modifiers::ALT),
        ]
    );
}

#[test]
fn read_sees_the_same_commands_and_takes_nothing() {
    let events = vec![
        key(Key::End, Modifiers::NONE),
        key(Key::Escape, Modifiers::NONE),
    ];
    let input = input(events.clone());
    assert_eq!(
        read(&input, Scope::Presenter),
        [Command::LastSlide, Command::Leave]
    );
    assert_eq!(read(&input, Scope::Timeline), [Command::LastMilestone]);
    assert_eq!(input.events, events);
}

#[test]
fn the_main_window_leaves_egui_and_open_panels_their_keys() {
    let events = vec![
        key(Key::O, Modifiers::COMMAND.plus(Modifiers::ALT)),
        key(Key::S, Modifiers::COMMAND.plus(Modifiers::SHIFT)),
        key(Key::Tab, Modifiers::NONE),
        key(Key::Num0, Modifiers::COMMAND),
        key(Key::Escape, Modifiers::NONE),
        key(Key::F5, Modifiers::NONE),
    ];
    let mut input = input(events);
    assert_eq!(
        pressed(&mut input, Scope::Everywhere),
        [Command::OpenDialog, Command::ExportPng, Command::Present]
    );
    assert_eq!(input.events.len(), 3);
    assert!(is_pressed(&input, Command::CloseDetails));
    assert!(is_pressed(&input, Command::NormalSize));
    assert!(!is_pressed(&input, Command::Quit));
}

#[test]
fn the_keys_are_spoken_by_name() {
    let spoken: Vec<String> = SHORTCUTS
        .iter()
        .filter(|row| row.scope == Scope::Presenter)
        .take(2)
        .map(Shortcut::spoken_keys)
        .collect();
    assert_eq!(
        spoken,
        ["Right, Space, Page Down, N", "Left, Page Up, P, Backspace"]
    );
    assert_eq!(
        with_keys("Previous milestone", Command::PreviousMilestone),
        "Previous milestone (Left)"
    );
    assert_eq!(with_keys("Quit", Command::Quit), "Quit (Ctrl+Q)");
}
