//! What a click on a slide may ask of the app.

use crate::actions::Action;

/// Whether a slide passes on `action`, raised by what it shows (a milestone clicked on
/// the background slide, the outcome cards).
///
/// A slide is in front of an audience. A click on it may change what that slide shows,
/// a selected milestone, and nothing else: a link would put a browser over the talk,
/// another view or file would leave it, and the window, the theme, the clipboard and
/// presenting itself are changed by the presenter's keys, not by a stray click on a
/// chart. The presenter's own commands (Enter on the video slide, Esc) do not pass here.
///
/// Every variant is named, so a new kind of action needs a decision before it builds.
pub fn allowed_on_slide(action: &Action) -> bool {
    match action {
        Action::SelectMilestone(_) | Action::ClearSelection => true,
        Action::Show(_)
        | Action::GoToMilestone(_)
        | Action::GoToOutcome(_)
        | Action::GoToResource(_)
        | Action::OpenUrl(_)
        | Action::Copy { .. }
        | Action::OpenSearch
        | Action::CloseSearch
        | Action::SetTheme(_)
        | Action::OpenDialog
        | Action::OpenFile(_)
        | Action::ResetToBuiltin
        | Action::Present
        | Action::StopPresenting
        | Action::ToggleFullscreen
        | Action::ExportPng
        | Action::ExportPage
        | Action::ExportSlides { .. }
        | Action::DismissError
        | Action::ToggleEditing
        | Action::Edit { .. }
        | Action::Undo
        | Action::Redo
        | Action::Save
        | Action::SaveAs
        | Action::NewFromBuiltin
        | Action::ImportDialog { .. }
        | Action::ImportFile { .. }
        | Action::ExportTimelineJs { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::View;
    use crate::vocabulary::ThemeChoice;

    #[test]
    fn a_slide_may_select_a_milestone_and_clear_the_selection() {
        assert!(allowed_on_slide(&Action::SelectMilestone("m".into())));
        assert!(allowed_on_slide(&Action::ClearSelection));
    }

    #[test]
    fn a_slide_may_not_open_links_switch_views_or_open_files() {
        let refused = [
            Action::OpenUrl("https://www.weprotect.org/".into()),
            Action::Show(View::Timeline),
            Action::GoToMilestone("m".into()),
            Action::GoToOutcome("o".into()),
            Action::GoToResource("r".into()),
            Action::OpenSearch,
            Action::CloseSearch,
            Action::OpenDialog,
            Action::OpenFile("mine.ron".into()),
            Action::ResetToBuiltin,
        ];
        for action in refused {
            assert!(!allowed_on_slide(&action), "{action:?} was let through");
        }
    }

    #[test]
    fn a_slide_may_not_change_the_window_the_theme_the_clipboard_or_presenting() {
        let refused = [
            Action::Copy {
                text: "https://www.weprotect.org/".into(),
                what: "the link".into(),
            },
            Action::SetTheme(ThemeChoice::Light),
            Action::Present,
            Action::StopPresenting,
            Action::ToggleFullscreen,
            Action::ExportPng,
            Action::DismissError,
        ];
        for action in refused {
            assert!(!allowed_on_slide(&action), "{action:?} was let through");
        }
    }
}
