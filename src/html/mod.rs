//! The data as one static, accessible web page: for people who use a screen reader on
//! the web (where the canvas shows them nothing), and for a report, an e-mail, a
//! printout or an intranet.
//!
//! Like the model, this knows nothing of egui. Data reaches the page only through the
//! escaping helpers of [`writer`], and an address becomes a link only when it passes
//! [`crate::model::check_url`], the checker behind the app's link door. Headings run
//! in order (h1, h2 per part, h3 per item), the page has landmarks and a skip link, and
//! its stylesheet ([`STYLE`]) covers light, dark, focus and print.

mod figures;
pub mod save;
mod story;
pub mod writer;

use crate::model::Alliance;

use writer::Writer;

/// The stylesheet the page links to (`style.css` beside it). Every rule sits under the
/// `.story` class, so the browser build can put the same markup in its own page.
pub const STYLE: &str = include_str!("style.css");

/// Where the page came from, for its footer.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The program that wrote it, with its version.
    pub app: &'a str,
    /// The data it was made from: a file name, or "the built-in data".
    pub data: &'a str,
}

/// A part of the page: its heading's id, the heading, and what writes its body.
type Part = (&'static str, &'static str, fn(&mut Writer, &Alliance));

/// The parts of the page, in order; a part with nothing to show is left out, and so is
/// its line in the contents.
const PARTS: [Part; 8] = [
    ("background", "Background", story::background),
    ("added-value", "Added value", story::added_value),
    ("eras", "Eras", story::eras),
    ("timeline", "Timeline", story::timeline),
    ("membership", "Membership", figures::membership),
    ("summit", "The summit", figures::summit),
    ("outcomes", "Outcomes and next steps", figures::outcomes),
    ("resources", "Resources", figures::resources),
];

/// A whole HTML document: the [`story`] of `data` with a head that links `style.css`.
pub fn page(data: &Alliance, origin: Origin<'_>) -> String {
    let mut w = Writer::default();
    w.raw(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>",
    );
    w.text(title_of(data));
    w.raw(
        "</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n\
         <body class=\"story\">\n",
    );
    w.raw(&story(data, origin));
    w.raw("</body>\n</html>\n");
    w.finish()
}

/// The body of the page without the document around it: a skip link, a header with
/// the title, the contents, the main part and a footer.
pub fn story(data: &Alliance, origin: Origin<'_>) -> String {
    let mut w = Writer::default();
    w.raw("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<header>");
    w.element("h1", None, title_of(data));
    w.element("p", Some("tagline"), &data.tagline);
    let mut parts = Writer::default();
    let mut contents = Vec::new();
    for (id, heading, body) in PARTS {
        let mut part = Writer::default();
        body(&mut part, data);
        let part = part.finish();
        if part.is_empty() {
            continue;
        }
        parts.raw(&format!("<section aria-labelledby=\"{id}\">"));
        parts.heading(2, id, heading);
        parts.raw(&part);
        parts.raw("</section>\n");
        contents.push((id, heading));
    }
    w.raw("</header>\n<nav aria-label=\"Contents\"><h2 id=\"contents\">Contents</h2><ul>");
    for (id, heading) in contents {
        w.raw("<li>");
        w.anchor(id, heading);
        w.raw("</li>");
    }
    w.raw("</ul></nav>\n<main id=\"main\" tabindex=\"-1\">\n");
    w.raw(&parts.finish());
    w.raw("\n</main>\n<footer><p>");
    w.text(&format!("Made with {} from {}.", origin.app, origin.data));
    w.raw("</p></footer>\n");
    w.finish()
}

/// The page's title: the data's, or a plain one when the data has none.
fn title_of(data: &Alliance) -> &str {
    if data.title.trim().is_empty() {
        "WeProtect Global Alliance"
    } else {
        &data.title
    }
}
