//! The accessible web page: valid HTML5, everything the app shows, headings in order,
//! links only through the address check, and hostile text kept inert.

use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};
use weprotect_explorer::html::{Origin, page};
use weprotect_explorer::model::{
    Alliance, Attendance, Resource, ResourceKind, check_url, load_default,
};

const ORIGIN: Origin<'static> = Origin {
    app: "WeProtect Global Alliance Explorer",
    data: "the built-in data",
};

fn builtin() -> Alliance {
    load_default().unwrap_or_else(|e| panic!("{e}"))
}

/// Parses `html` and fails on any HTML5 parse error.
fn parse(html: &str) -> Html {
    let doc = Html::parse_document(html);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    doc
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"));
    doc.select(&selector).collect()
}

fn text_of(e: &ElementRef<'_>) -> String {
    e.text().collect()
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css).iter().map(text_of).collect()
}

#[test]
fn the_page_is_valid_html5_with_language_landmarks_and_a_skip_link() {
    let doc = parse(&page(&builtin(), ORIGIN));
    assert_eq!(
        select(&doc, "html")[0].value().attr("lang"),
        Some("en"),
        "the language is set"
    );
    for landmark in ["header", "nav", "main#main", "footer"] {
        assert_eq!(select(&doc, landmark).len(), 1, "one {landmark}");
    }
    let first_link = &select(&doc, "body a")[0];
    assert_eq!(first_link.value().attr("href"), Some("#main"));
    assert_eq!(text_of(first_link), "Skip to the content");
    assert_eq!(texts(&doc, "title"), texts(&doc, "h1"));
    assert_eq!(
        select(&doc, "link[rel=stylesheet]")[0].value().attr("href"),
        Some("style.css")
    );
    assert!(select(&doc, "script").is_empty(), "no JavaScript is needed");
}

#[test]
fn headings_run_in_order_from_one_h1() {
    let doc = parse(&page(&builtin(), ORIGIN));
    let levels: Vec<u8> = select(&doc, "h1, h2, h3, h4, h5, h6")
        .iter()
        .map(|h| h.value().name()[1..].parse().unwrap_or(0))
        .collect();
    assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1);
    assert_eq!(levels[0], 1);
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "a heading level is skipped: {levels:?}"
        );
    }
    let parts = texts(&doc, "main h2");
    assert_eq!(
        parts,
        [
            "Background",
            "Added value",
            "Eras",
            "Timeline",
            "Membership",
            "The summit",
            "Outcomes and next steps",
            "Resources"
        ]
    );
    assert_eq!(texts(&doc, "nav a"), parts, "the contents list every part");
}

#[test]
fn every_milestone_is_an_item_of_one_ordered_list_by_date() {
    let data = builtin();
    let doc = parse(&page(&data, ORIGIN));
    let items = select(&doc, "ol.milestones > li");
    assert_eq!(items.len(), data.milestones.len());
    let mut previous = f64::MIN;
    let heading = Selector::parse("h3").unwrap_or_else(|e| panic!("{e}"));
    let time = Selector::parse("time").unwrap_or_else(|e| panic!("{e}"));
    for item in &items {
        let title = item.select(&heading).next().map(|h| text_of(&h));
        let m = data
            .milestones
            .iter()
            .find(|m| Some(&m.title) == title.as_ref())
            .unwrap_or_else(|| panic!("{title:?} is not a milestone"));
        let start = m.date.start_year_fraction();
        assert!(start >= previous, "{} is out of date order", m.title);
        previous = start;
        let when = item
            .select(&time)
            .next()
            .unwrap_or_else(|| panic!("no date: {}", m.title));
        assert_eq!(when.value().attr("datetime"), Some(m.date.iso().as_str()));
        let shown = text_of(item);
        assert!(shown.contains(m.category.label()), "{shown}");
        assert!(shown.contains(&m.summary), "{shown}");
        for s in &m.sources {
            assert!(shown.contains(&s.label), "source {} missing", s.label);
        }
    }
    let count = texts(&doc, "section[aria-labelledby=timeline] > p");
    assert_eq!(
        count.first().map(String::as_str),
        Some("13 milestones, earliest first.")
    );
    let mut one = data.clone();
    one.milestones.truncate(1);
    let single = parse(&page(&one, ORIGIN));
    assert_eq!(
        texts(&single, "section[aria-labelledby=timeline] > p")
            .first()
            .map(String::as_str),
        Some("1 milestone, earliest first.")
    );
    let quotes = texts(&doc, "ol.milestones blockquote");
    let deck: Vec<&String> = data
        .milestones
        .iter()
        .filter_map(|m| m.deck.as_ref())
        .collect();
    assert_eq!(quotes.len(), deck.len(), "every deck quote is a blockquote");
}

#[test]
fn the_eras_come_before_the_timeline_each_with_its_span_note_and_sources() {
    let data = builtin();
    let doc = parse(&page(&data, ORIGIN));
    let items = select(&doc, "section[aria-labelledby=eras] ol.eras > li");
    assert_eq!(items.len(), 3);
    let heading = Selector::parse("h3").unwrap_or_else(|e| panic!("{e}"));
    let when = Selector::parse("p.when").unwrap_or_else(|e| panic!("{e}"));
    let time = Selector::parse("time").unwrap_or_else(|e| panic!("{e}"));
    for (item, era) in items.iter().zip(&data.eras) {
        let title = item.select(&heading).next().map(|h| text_of(&h));
        assert_eq!(title.as_deref(), Some(era.title.as_str()));
        let times: Vec<Option<&str>> = item
            .select(&time)
            .map(|t| t.value().attr("datetime"))
            .collect();
        let mut expected = vec![Some(era.start.iso())];
        expected.extend(era.end.map(|e| Some(e.iso())));
        let expected: Vec<Option<&str>> = expected.iter().map(|e| e.as_deref()).collect();
        assert_eq!(times, expected, "{}", era.title);
        let shown = text_of(item);
        for s in &era.sources {
            assert!(shown.contains(&s.label), "source {} missing", s.label);
        }
        assert!(
            shown.contains(era.note.as_deref().unwrap_or("no note")),
            "{shown}"
        );
    }
    let spans: Vec<String> = items
        .iter()
        .filter_map(|i| i.select(&when).next().map(|w| text_of(&w)))
        .collect();
    assert_eq!(
        spans,
        ["5 December 2012 – 2016", "2016 – 2020", "Since 2020"]
    );
    let parts = texts(&doc, "main h2");
    let at = |part: &str| parts.iter().position(|p| p == part);
    assert!(at("Eras") < at("Timeline"), "{parts:?}");

    let mut none = data.clone();
    none.eras.clear();
    let doc = parse(&page(&none, ORIGIN));
    assert!(select(&doc, "#eras, ol.eras").is_empty(), "no empty part");
    assert!(!texts(&doc, "nav a").contains(&"Eras".to_owned()));
}

#[test]
fn every_figure_outcome_and_resource_is_on_the_page() {
    let data = builtin();
    let doc = parse(&page(&data, ORIGIN));
    let caption = texts(&doc, "table caption");
    assert!(
        caption[0].contains(&data.membership.total().to_string()),
        "{caption:?}"
    );
    let rows: Vec<String> = texts(&doc, "table.figures tbody tr");
    for group in &data.membership.groups {
        assert!(
            rows.iter()
                .any(|r| r.contains(&group.label) && r.contains(&group.count.to_string())),
            "{} with {} is not in the table",
            group.label,
            group.count
        );
    }
    assert_eq!(
        texts(&doc, "table caption").len(),
        2,
        "breakdown and growth tables"
    );
    for point in &data.membership.history {
        assert!(
            rows.iter()
                .any(|r| r.contains(&format!("{} {}", point.total, point.unit)))
        );
    }
    let shares: Vec<String> = texts(&doc, "table.figures tbody td.number")
        .into_iter()
        .filter(|t| t.ends_with('%'))
        .collect();
    assert_eq!(shares, ["47.1%", "13.8%", "34.8%", "4.3%"]);
    let attendance = texts(&doc, "dl.attendance dd");
    let expected: Vec<String> = data
        .summit
        .attendance
        .iter()
        .map(Attendance::figure)
        .collect();
    assert_eq!(attendance, expected);
    let headings = texts(&doc, "h3");
    for outcome in &data.outcomes {
        assert!(
            headings.contains(&outcome.title),
            "outcome {}",
            outcome.title
        );
    }
    for resource in &data.resources {
        let links = select(&doc, &format!("li#resource-{} > a", resource.id));
        assert_eq!(links.len(), 1, "resource {}", resource.id);
        assert_eq!(text_of(&links[0]), resource.title);
        let expected = resource
            .url
            .as_deref()
            .map(|u| check_url(u).unwrap_or_default());
        assert_eq!(links[0].value().attr("href").map(str::to_owned), expected);
    }
}

#[test]
fn every_link_passes_the_link_door_or_stays_in_the_page() {
    let doc = parse(&page(&builtin(), ORIGIN));
    let ids: Vec<&str> = select(&doc, "[id]")
        .iter()
        .filter_map(|e| e.value().id())
        .collect();
    let links = select(&doc, "a[href]");
    assert!(links.len() > 30, "only {} links", links.len());
    for link in links {
        let href = link.value().attr("href").unwrap_or_default();
        match href.strip_prefix('#') {
            Some(id) => assert!(ids.contains(&id), "{href} points at nothing"),
            None => assert_eq!(check_url(href).as_deref(), Ok(href), "{href}"),
        }
    }
}

const HOSTILE: &str = "<script>alert(\"x\")</script> ' \" & </li></ol><img src=x onerror=alert(1)>";

/// Data that never went through the loader: the page must be safe on its own.
fn hostile() -> Alliance {
    let mut data = builtin();
    data.title = HOSTILE.into();
    data.milestones[0].title = HOSTILE.into();
    data.milestones[0].sources[0].label = HOSTILE.into();
    data.milestones[0].sources[0].url = "javascript:alert(document.cookie)".into();
    data.eras[0].title = HOSTILE.into();
    data.eras[0].note = Some(HOSTILE.into());
    data.eras[0].sources[0].url = "javascript:alert(2)".into();
    data.resources.push(Resource {
        id: "x\" onclick=\"alert(1)".into(),
        title: "javascript:alert(1)".into(),
        kind: ResourceKind::Website,
        url: Some("  JaVaScRiPt:alert(1)".into()),
        description: HOSTILE.into(),
        note: Some("data:text/html,<script>alert(1)</script>".into()),
    });
    data
}

#[test]
fn hostile_text_comes_out_escaped_and_inert() {
    let doc = parse(&page(&hostile(), ORIGIN));
    assert!(select(&doc, "script, img, iframe, object, embed").is_empty());
    for element in select(&doc, "*") {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}={value}");
            assert!(
                !value.to_ascii_lowercase().contains("javascript:"),
                "{name}={value}"
            );
        }
    }
    assert_eq!(texts(&doc, "h1"), [HOSTILE]);
    assert_eq!(texts(&doc, "title"), [HOSTILE]);
    assert!(texts(&doc, "h3").contains(&HOSTILE.to_owned()));
    let source = texts(&doc, "ol.milestones > li:first-child .sources li");
    assert!(source[0].starts_with(HOSTILE), "{source:?}");
    assert!(source[0].contains("no link"), "{source:?}");
    let era = texts(&doc, "ol.eras > li:first-child");
    assert!(era[0].starts_with(HOSTILE), "{era:?}");
    assert!(era[0].contains("no link"), "{era:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text at all, in any field the page shows, parses without error and reads
    /// back as written (with only parse-error characters replaced).
    #[test]
    fn any_text_round_trips(title in any::<String>(), summary in any::<String>(), url in any::<String>()) {
        let mut data = builtin();
        data.title = title.clone();
        data.milestones[0].summary = summary.clone();
        data.milestones[0].sources[0].url = url;
        let doc = parse(&page(&data, ORIGIN));
        let clean = |s: &str| weprotect_explorer::html::writer::text(s)
            .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        if !title.trim().is_empty() {
            prop_assert_eq!(texts(&doc, "h1"), vec![clean(&title).replace("\r\n", "\n").replace('\r', "\n")]);
        }
        prop_assert!(select(&doc, "script").is_empty());
    }
}
