//! Source labels that read as a web address.
//!
//! A person decides whether to follow a link by its label. A label such as
//! `https://good.org` on a link to another site is a lie the address check cannot see,
//! so validation compares the site a label names with the site its link goes to.
//!
//! A word of a label names a site when it contains `://`, starts with `www.`, or is a
//! bare domain: parts joined by dots whose last part is a common generic top-level
//! domain ([`GENERIC_TLDS`]) or two letters (a country code). Words are split at spaces
//! and at `@` (so "a.org@b.org" names both) and lose the punctuation around them
//! ("GOV.UK:" names gov.uk). A named site matches the link when the two hosts are equal
//! after dropping a leading `www.`, or when the link's host lies under the named one
//! ("europa.eu" for ec.europa.eu): whoever holds a domain holds the hosts under it. Sites
//! hosted side by side under a shared domain (`*.github.io`) are not told apart.

use url::Url;

/// Top-level domains that make a bare word such as "example.org" read as an address.
pub const GENERIC_TLDS: [&str; 14] = [
    "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "app", "dev", "xyz",
    "online",
];

/// If `label` names a site other than the host of `url`, returns the word that names
/// it, as written, and the host of `url`. Returns `None` when the label names no site,
/// names the link's own site, or `url` is not a valid address (reported elsewhere).
pub fn misleading(label: &str, url: &str) -> Option<(String, String)> {
    let link = Url::parse(url).ok()?.host_str()?.to_ascii_lowercase();
    let link = link.strip_suffix('.').unwrap_or(&link).to_owned();
    label
        .split(|c: char| c.is_whitespace() || c == '@')
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|word| named_host(word).is_some_and(|named| !same_site(&named, &link)))
        .map(|word| (word.to_owned(), link.clone()))
}

/// The host a word of a label names, in lower case and `xn--` form, if it names one.
fn named_host(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let (rest, explicit) = match lower.split_once("://") {
        Some((_, rest)) => (rest, true),
        None => (lower.as_str(), lower.starts_with("www.")),
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match host.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => host,
    };
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() || !(explicit || bare_domain(host)) {
        return None;
    }
    let ascii = url::quirks::domain_to_ascii(host);
    Some(if ascii.is_empty() {
        host.to_owned()
    } else {
        ascii
    })
}

fn bare_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let Some(tld) = labels.last() else {
        return false;
    };
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && (GENERIC_TLDS.contains(tld)
            || (tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())))
}

fn same_site(named: &str, link: &str) -> bool {
    let named = named.strip_prefix("www.").unwrap_or(named);
    let link = link.strip_prefix("www.").unwrap_or(link);
    link == named || link.ends_with(&format!(".{named}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_name_the_link_site_or_no_site_pass() {
        for (label, url) in [
            (
                "GOV.UK: WeProtect Children Online Global Summit",
                "https://www.gov.uk/government/speeches/x",
            ),
            (
                "europa.eu press release SPEECH/12/912 (5 December 2012)",
                "http://europa.eu/rapid/press-release_SPEECH-12-912_en.htm?locale=EN",
            ),
            (
                "europa.eu: Migration and Home Affairs",
                "https://ec.europa.eu/x",
            ),
            ("https://www.weprotect.org/", "https://weprotect.org/"),
            ("www.bücher.example", "https://xn--bcher-kva.example/"),
            (
                "WeProtect Global Alliance: Who we are",
                "https://evil.example/",
            ),
            (
                "e.g. the 2019 report, v1.2, U.S. figures",
                "https://evil.example/",
            ),
        ] {
            assert_eq!(misleading(label, url), None, "{label}");
        }
    }

    #[test]
    fn labels_that_name_another_site_are_found() {
        for (label, url, word) in [
            (
                "https://good.org",
                "https://evil.example/",
                "https://good.org",
            ),
            ("See www.good.org.", "https://evil.example/", "www.good.org"),
            ("good.org", "https://good.org.evil.example/", "good.org"),
            ("GOOD.CO.UK: report", "https://evil.example/", "GOOD.CO.UK"),
            ("news.gov.uk", "https://www.gov.uk/", "news.gov.uk"),
            (
                "https://evil.example@good.org",
                "https://good.org/",
                "https://evil.example",
            ),
        ] {
            let host = Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .unwrap_or_default();
            assert_eq!(
                misleading(label, url),
                Some((word.to_owned(), host)),
                "{label}"
            );
        }
    }
}
