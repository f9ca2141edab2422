//! Writing HTML text safely: every piece of data passes [`text`] or [`attr`] on its way
//! into the page, and an address becomes a link only through [`Writer::link`], which
//! asks the same checker as the app's link door.

use std::fmt::Write as _;

use crate::model::{PartialDate, check_url};

/// Text for an element's content: `&`, `<` and `>` escaped, and characters an HTML
/// parser reports as errors (controls other than tab and line breaks, noncharacters)
/// replaced by U+FFFD, so a hostile data file cannot make the page invalid.
pub fn text(s: &str) -> String {
    escape(s, false)
}

/// Text for a double-quoted attribute value: as [`text`], with both quotes escaped too.
pub fn attr(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if in_attribute => out.push_str("&quot;"),
            '\'' if in_attribute => out.push_str("&#39;"),
            c if is_parse_error(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Characters that the HTML standard makes a parse error wherever they appear.
fn is_parse_error(c: char) -> bool {
    let u = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&u)
        || (u & 0xFFFE) == 0xFFFE
}

/// A fragment id made from a data id: ASCII letters, digits, `-` and `_` are kept, any
/// other character becomes `_`, so the id is valid and readable in an address.
pub fn slug(prefix: &str, id: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + id.len() + 1);
    out.push_str(prefix);
    out.push('-');
    out.extend(id.chars().map(|c| {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            c
        } else {
            '_'
        }
    }));
    out
}

/// Builds the page as one string; the helpers below are the only way data gets in.
#[derive(Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn finish(self) -> String {
        self.out
    }

    /// Markup written by this module, never data.
    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// `<tag class="…">text</tag>` for a piece of data; nothing when the text is blank.
    pub fn element(&mut self, tag: &str, class: Option<&str>, content: &str) {
        if content.trim().is_empty() {
            return;
        }
        match class {
            Some(class) => {
                let _ = write!(self.out, "<{tag} class=\"{}\">", attr(class));
            }
            None => {
                let _ = write!(self.out, "<{tag}>");
            }
        }
        self.out.push_str(&text(content));
        let _ = write!(self.out, "</{tag}>");
    }

    /// Escaped text with no element around it.
    pub fn text(&mut self, content: &str) {
        self.out.push_str(&text(content));
    }

    /// A heading with an id, so the contents and other parts of the page can link to it.
    pub fn heading(&mut self, level: u8, id: &str, content: &str) {
        let _ = write!(
            self.out,
            "<h{level} id=\"{}\">{}</h{level}>",
            attr(id),
            text(content)
        );
    }

    /// A link when `url` passes the address check; otherwise the label as plain text
    /// and why the address was left out. What the link opens is the checked form.
    pub fn link(&mut self, label: &str, url: &str) {
        match check_url(url) {
            Ok(checked) => {
                let _ = write!(
                    self.out,
                    "<a href=\"{}\">{}</a>",
                    attr(&checked),
                    text(label)
                );
            }
            Err(e) => {
                let _ = write!(
                    self.out,
                    "{} <span class=\"refused\">(no link: {})</span>",
                    text(label),
                    text(&e.to_string())
                );
            }
        }
    }

    /// A link to another part of this page.
    pub fn anchor(&mut self, fragment: &str, label: &str) {
        let _ = write!(
            self.out,
            "<a href=\"#{}\">{}</a>",
            attr(fragment),
            text(label)
        );
    }

    /// A date as people read it, with its machine-readable form at the date's own
    /// precision (`2015`, `2015-11`, `2022-06-01`); a range is two `<time>` elements.
    pub fn when(&mut self, start: &PartialDate, end: Option<&PartialDate>) {
        match end {
            Some(end) if end != start => {
                self.time(start, &start.long());
                self.out.push_str(" – ");
                self.time(end, &end.long());
            }
            _ => self.time(start, &start.long()),
        }
    }

    fn time(&mut self, date: &PartialDate, shown: &str) {
        // A year outside 1–9999 has no valid `datetime` form; it is shown as text only.
        if (1..=9999).contains(&date.year_number()) {
            let _ = write!(
                self.out,
                "<time datetime=\"{}\">{}</time>",
                attr(&date.iso()),
                text(shown)
            );
        } else {
            self.out.push_str(&text(shown));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_is_escaped() {
        assert_eq!(
            text("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt;"
        );
        assert_eq!(attr("\" onload='x'"), "&quot; onload=&#39;x&#39;");
        assert_eq!(
            text("a\u{0}b\u{7f}c\u{FFFF}d\u{FDD0}\te"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}\te"
        );
    }

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("milestone", "summit-2022"), "milestone-summit-2022");
        assert_eq!(slug("milestone", "a b\"<c>é"), "milestone-a_b__c__");
    }

    #[test]
    fn only_checked_addresses_become_links() {
        let mut w = Writer::default();
        w.link("Report", "https://Example.org/é");
        w.link("Bad", "javascript:alert(1)");
        let html = w.finish();
        assert!(
            html.starts_with("<a href=\"https://example.org/%C3%A9\">Report</a>"),
            "{html}"
        );
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(
            html.contains("Bad <span class=\"refused\">(no link:"),
            "{html}"
        );
    }

    #[test]
    fn dates_carry_their_precision() {
        let mut w = Writer::default();
        let start = PartialDate::ymd(2022, 6, 1).unwrap_or_else(|e| panic!("{e}"));
        let end = PartialDate::ymd(2022, 6, 2).unwrap_or_else(|e| panic!("{e}"));
        w.when(&start, Some(&end));
        w.when(
            &PartialDate::year(2012).unwrap_or_else(|e| panic!("{e}")),
            None,
        );
        assert_eq!(
            w.finish(),
            "<time datetime=\"2022-06-01\">1 June 2022</time> – \
             <time datetime=\"2022-06-02\">2 June 2022</time>\
             <time datetime=\"2012\">2012</time>"
        );
    }
}
