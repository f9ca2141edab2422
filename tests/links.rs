//! The door for web addresses opens exactly what it shows: addresses that a browser
//! would read differently from how they read on screen are refused, each with its
//! reason, and the opener receives only the checked, written-out form.

use weprotect_explorer::links::{self, LinkError, RecordingOpener};
use weprotect_explorer::model::{HostFault, UrlError, check_url, load_str};

fn host(typed: &str, fault: HostFault) -> UrlError {
    UrlError::Host(typed.to_owned(), fault)
}

/// Addresses that the old hand-written check let through, and that the browser
/// launcher then opened as a local file or as a different host.
#[test]
fn addresses_a_browser_reads_differently_are_refused_with_their_reason() {
    let cases: Vec<(&str, UrlError)> = vec![
        ("https://a.123/", host("a.123", HostFault::Ipv4)),
        (
            "https://999.999.999.999/",
            host("999.999.999.999", HostFault::Ipv4),
        ),
        (
            "https://[::1]evil.com/",
            host("[::1]evil.com", HostFault::Ipv6),
        ),
        (
            "https://xn--zz.example/",
            host("xn--zz.example", HostFault::Idna),
        ),
        ("https://١٢٣.com/", host("١٢٣.com", HostFault::Idna)),
        (
            "https://good\u{3164}.org/",
            UrlError::Invisible {
                position: 12,
                character: '\u{3164}',
            },
        ),
        (
            "https://example１２３.org/",
            UrlError::HostReadAs {
                typed: "example１２３.org".into(),
                read: "example123.org".into(),
            },
        ),
        (
            "https://exa%6Dple.org/",
            UrlError::HostReadAs {
                typed: "exa%6Dple.org".into(),
                read: "example.org".into(),
            },
        ),
        (
            "https://example\u{3002}org/",
            UrlError::HostReadAs {
                typed: "example\u{3002}org".into(),
                read: "example.org".into(),
            },
        ),
        (
            "https://１２７.0.0.1/",
            UrlError::IpForm {
                typed: "１２７.0.0.1".into(),
                usual: "127.0.0.1".into(),
            },
        ),
        (
            "https://0x7f.1/",
            UrlError::IpForm {
                typed: "0x7f.1".into(),
                usual: "127.0.0.1".into(),
            },
        ),
        (
            "https://[2001:0db8::1]/",
            UrlError::IpForm {
                typed: "[2001:0db8::1]".into(),
                usual: "[2001:db8::1]".into(),
            },
        ),
    ];
    for (typed, why) in cases {
        assert_eq!(check_url(typed), Err(why), "{typed:?}");
    }
}

#[test]
fn every_invisible_format_or_bidi_character_is_refused_wherever_it_is() {
    let ranges = [
        ('\u{00ad}', '\u{00ad}'),
        ('\u{034f}', '\u{034f}'),
        ('\u{061c}', '\u{061c}'),
        ('\u{115f}', '\u{1160}'),
        ('\u{17b4}', '\u{17b5}'),
        ('\u{180b}', '\u{180f}'),
        ('\u{200b}', '\u{200f}'),
        ('\u{202a}', '\u{202e}'),
        ('\u{2060}', '\u{206f}'),
        ('\u{3164}', '\u{3164}'),
        ('\u{fe00}', '\u{fe0f}'),
        ('\u{feff}', '\u{feff}'),
        ('\u{ffa0}', '\u{ffa0}'),
        ('\u{fff0}', '\u{fffb}'),
        ('\u{1bca0}', '\u{1bca3}'),
        ('\u{1d173}', '\u{1d17a}'),
        ('\u{e0000}', '\u{e0fff}'),
    ];
    let mut checked = 0;
    for c in ranges.iter().flat_map(|&(from, to)| from..=to) {
        for (typed, position) in [
            (format!("https://good{c}.org/"), 12),
            (format!("https://good.org/a{c}b"), 18),
            (format!("https://good.org/?q={c}"), 20),
            (format!("https://good.org/#{c}"), 18),
        ] {
            assert_eq!(
                check_url(&typed),
                Err(UrlError::Invisible {
                    position,
                    character: c
                }),
                "U+{:04X} in {typed:?}",
                u32::from(c)
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 4177, "every character of every range was tried");
    // Whitespace and controls anywhere, including the ones browsers silently drop.
    for c in [
        '\u{a0}', '\u{2028}', '\u{3000}', '\u{85}', '\u{7f}', '\u{1b}',
    ] {
        assert_eq!(
            check_url(&format!("https://good.org/a{c}b")),
            Err(UrlError::Whitespace(18)),
            "U+{:04X}",
            u32::from(c)
        );
    }
}

#[test]
fn refusals_read_as_sentences() {
    let said = |typed: &str| check_url(typed).err().map(|e| e.to_string());
    assert_eq!(
        said("https://good.org/\u{e0041}").as_deref(),
        Some(
            "the address contains the invisible character U+E0041 at character 18; \
             such characters can make one address look like another"
        )
    );
    assert_eq!(
        said("https://example１２３.org/").as_deref(),
        Some(
            "a browser reads the host \"example１２３.org\" as \"example123.org\"; write it as \
             \"example123.org\", so that the address shown is the address opened"
        )
    );
    assert_eq!(
        said("https://0x7f.1/").as_deref(),
        Some(
            "the IP address \"0x7f.1\" is not written in its usual form; write it as \"127.0.0.1\""
        )
    );
    assert_eq!(
        said("https://a.123/").as_deref(),
        Some(
            "the address has an invalid host \"a.123\": a host whose last part is a number \
             is read as an IPv4 address, and this is not a valid one"
        )
    );
}

#[test]
fn the_opener_receives_exactly_the_checked_form() {
    let mut rec = RecordingOpener::default();
    let accepted = [
        ("HTTPS://WWW.WEPROTECT.ORG", "https://www.weprotect.org/"),
        (
            "https://bücher.example/straße",
            "https://xn--bcher-kva.example/stra%C3%9Fe",
        ),
        (
            "https://xn--bcher-kva.example/",
            "https://xn--bcher-kva.example/",
        ),
        ("http://example.org:80/a", "http://example.org/a"),
        (
            "https://example.org:8443/a#frag",
            "https://example.org:8443/a#frag",
        ),
        ("https://[2001:db8::1]:443/", "https://[2001:db8::1]/"),
        ("https://127.0.0.1/", "https://127.0.0.1/"),
        (
            "https://example.org/\"<x>\"",
            "https://example.org/%22%3Cx%3E%22",
        ),
    ];
    let refused = [
        "https://a.123/",
        "https://999.999.999.999/",
        "https://[::1]evil.com/",
        "https://xn--zz.example/",
        "https://١٢٣.com/",
        "https://good\u{3164}.org/",
        "https://example１２３.org/",
        "https://１２７.0.0.1/",
        "https://good.org/\u{61c}",
        "javascript:alert(1)",
        "file:///etc/passwd",
    ];
    let mut expected = Vec::new();
    for typed in refused {
        assert!(
            matches!(links::open(&mut rec, typed), Err(LinkError::Refused(_))),
            "{typed:?}"
        );
    }
    for (typed, sent) in accepted {
        assert_eq!(links::open(&mut rec, typed).as_deref(), Ok(sent), "{typed}");
        expected.push(sent.to_owned());
    }
    assert_eq!(rec.opened(), expected, "refused addresses never reach it");
}

#[test]
fn the_checked_form_checks_again_unchanged() {
    for typed in [
        "HTTPS://WWW.WEPROTECT.ORG",
        "https://bücher.example/straße?q=ä#ü",
        "https://[2001:DB8::1]:443/",
        "https://example.org./",
    ] {
        let once = check_url(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
        assert_eq!(check_url(&once).as_deref(), Ok(once.as_str()));
    }
}

/// Every kind of address in a data file, each written in a form the browser rewrites.
const LOOSE: &str = r#"(
    title: "T",
    milestones: [(
        id: "a",
        date: "2012-12-05",
        title: "Launch",
        summary: "S",
        category: Founding,
        sources: [(label: "EU", url: "HTTP://EUROPA.EU")],
    )],
    membership: (
        as_of: Some("2022-06"),
        source: Some((label: "Who we are", url: "https://bücher.example/straße")),
        history: [(date: "2012-12-05", total: 48, unit: "countries", label: "Launch",
                   source: Some((label: "Launch", url: "https://Example.org:443/a?b=ä")))],
    ),
    summit: (title: "Summit", source: Some((label: "Communiqué", url: "https://[2001:DB8::1]"))),
    resources: [(id: "r", title: "Report", kind: Report, url: Some("https://bücher.example/#über"))],
)"#;

#[test]
fn a_loaded_file_holds_only_the_forms_the_browser_receives() {
    let data = load_str("loose.ron", LOOSE).unwrap_or_else(|e| panic!("{e}"));
    let history = &data.membership.history[0];
    let shown = [
        data.milestones[0].sources[0].url.as_str(),
        // An older file's `membership.source` becomes the member counts' provenance.
        data.membership
            .provenance
            .sources
            .first()
            .map_or("", |s| &s.url),
        history.source.as_ref().map_or("", |s| &s.url),
        data.summit.source.as_ref().map_or("", |s| &s.url),
        data.resources[0].url.as_deref().unwrap_or(""),
    ];
    assert_eq!(
        shown,
        [
            "http://europa.eu/",
            "https://xn--bcher-kva.example/stra%C3%9Fe",
            "https://example.org/a?b=%C3%A4",
            "https://[2001:db8::1]/",
            "https://xn--bcher-kva.example/#%C3%BCber",
        ]
    );
    // What is shown is what the door opens.
    let mut rec = RecordingOpener::default();
    for url in shown {
        assert_eq!(links::open(&mut rec, url).as_deref(), Ok(url));
    }
    assert_eq!(rec.opened(), shown);
}
