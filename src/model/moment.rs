//! Links to a moment of the story: `weprotect-explorer:milestone=ID` on the desktop (the
//! desktop entry registers the scheme) and `…#milestone=ID` in the browser, as
//! TimelineJS's bookmarks do. A link names a milestone and nothing else: no file, no
//! address, so following one can only select a milestone in the data already open.

use super::validate::id_characters_ok;

/// The scheme of the desktop's links.
pub const SCHEME: &str = "weprotect-explorer";

/// The longest id a link or `--select` takes; the data's own ids are far shorter.
pub const MAX_ID_CHARS: usize = 200;

/// The desktop link to the milestone `id`.
pub fn link_to(id: &str) -> String {
    format!("{SCHEME}:milestone={id}")
}

/// `id` if it is written as the data's ids are (ASCII letters, digits, `_`, `-`) and is
/// not too long; otherwise what is wrong with it.
pub fn milestone_id(id: &str) -> Result<String, String> {
    if id.chars().count() > MAX_ID_CHARS {
        Err(format!(
            "a milestone id has at most {MAX_ID_CHARS} characters"
        ))
    } else if id_characters_ok(id) {
        Ok(id.to_owned())
    } else {
        Err("a milestone id holds only letters, digits, '_' and '-'".into())
    }
}

/// `None` when `text` is not a link of this app's scheme (so it may be a file name);
/// otherwise the milestone it names, or why the link is refused.
pub fn from_link(text: &str) -> Option<Result<String, String>> {
    let (scheme, rest) = text.split_once(':')?;
    if !scheme.eq_ignore_ascii_case(SCHEME) {
        return None;
    }
    Some(match rest.strip_prefix("milestone=") {
        Some(id) => milestone_id(id),
        None => Err(format!(
            "a {SCHEME}: link names a milestone as {SCHEME}:milestone=ID"
        )),
    })
}

/// The milestone a page address's fragment names (`#milestone=ID`), if it names a valid
/// one; the text version's own anchors and anything else are not milestones to start on.
pub fn from_fragment(hash: &str) -> Option<String> {
    milestone_id(hash.strip_prefix("#milestone=")?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_round_trips() {
        let link = link_to("summit_2022");
        assert_eq!(link, "weprotect-explorer:milestone=summit_2022");
        assert_eq!(from_link(&link), Some(Ok("summit_2022".into())));
        assert_eq!(
            from_link("WeProtect-Explorer:milestone=a-1"),
            Some(Ok("a-1".into()))
        );
    }

    #[test]
    fn other_text_is_not_a_link_and_bad_links_are_refused() {
        for not_a_link in [
            "mine.ron",
            "/home/me/data.ron",
            "C:\\data\\mine.ron",
            "https://x.org/",
        ] {
            assert_eq!(from_link(not_a_link), None, "{not_a_link}");
        }
        for bad in [
            "weprotect-explorer:milestone=",
            "weprotect-explorer:milestone=a b",
            "weprotect-explorer:milestone=../../etc/passwd",
            "weprotect-explorer:milestone=a%20b",
            "weprotect-explorer:milestone=x\u{202e}y",
            "weprotect-explorer:file=/etc/passwd",
            "weprotect-explorer://milestone/a",
        ] {
            assert!(matches!(from_link(bad), Some(Err(_))), "{bad}");
        }
        let long = format!("weprotect-explorer:milestone={}", "a".repeat(201));
        assert!(matches!(from_link(&long), Some(Err(_))));
    }

    #[test]
    fn fragments_name_only_valid_milestones() {
        assert_eq!(
            from_fragment("#milestone=summit_2022"),
            Some("summit_2022".into())
        );
        assert_eq!(from_fragment("#milestone-summit_2022"), None);
        assert_eq!(from_fragment("#text-version"), None);
        assert_eq!(from_fragment("#milestone=<script>"), None);
        assert_eq!(from_fragment(""), None);
    }
}
