//! The one check every web address in the data and every link the app opens must pass.
//!
//! Only plain `http`/`https` addresses with a host are allowed: a data file is untrusted,
//! and a `javascript:`, `file:` or `data:` address handed to the system could run code
//! or read local files.

/// The longest address accepted; longer ones are almost certainly not a real page.
pub const MAX_URL_LEN: usize = 2048;

/// Why an address is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("the address is empty")]
    Empty,
    #[error("the address is {0} characters long; at most 2048 are allowed")]
    TooLong(usize),
    #[error("the address contains a space, control or invisible character at position {0}")]
    Whitespace(usize),
    #[error("only http and https addresses can be opened, not {0:?}")]
    Scheme(String),
    #[error("the address has no scheme; write it in full, starting with https://")]
    NoScheme,
    #[error("the address has no host")]
    NoHost,
    #[error("the address carries a user name or password, which is refused")]
    UserInfo,
    #[error("the address has an invalid host {0:?}")]
    Host(String),
    #[error("the address has an invalid port {0:?}")]
    Port(String),
    #[error("the address contains a backslash")]
    Backslash,
}

/// Checks that `text` is an absolute `http` or `https` address with a host, no user
/// information, no whitespace or control characters, and at most [`MAX_URL_LEN`]
/// characters. International (IDN) host names are accepted.
pub fn check_url(text: &str) -> Result<(), UrlError> {
    if text.is_empty() {
        return Err(UrlError::Empty);
    }
    let chars = text.chars().count();
    if chars > MAX_URL_LEN {
        return Err(UrlError::TooLong(chars));
    }
    if let Some(pos) = text.chars().position(invisible) {
        return Err(UrlError::Whitespace(pos));
    }
    if text.contains('\\') {
        return Err(UrlError::Backslash);
    }
    let Some((scheme, rest)) = text.split_once(':') else {
        return Err(UrlError::NoScheme);
    };
    let scheme_ok = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Err(UrlError::NoScheme);
    }
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(UrlError::Scheme(scheme.to_owned()));
    }
    let Some(rest) = rest.strip_prefix("//") else {
        return Err(UrlError::NoHost);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(UrlError::UserInfo);
    }
    let (host, port) = split_port(authority);
    if let Some(port) = port
        && (port.is_empty()
            || !port.bytes().all(|b| b.is_ascii_digit())
            || port.parse::<u16>().is_err())
    {
        return Err(UrlError::Port(port.to_owned()));
    }
    if host.is_empty() {
        return Err(UrlError::NoHost);
    }
    if !host_ok(host) {
        return Err(UrlError::Host(host.to_owned()));
    }
    Ok(())
}

/// Characters that must never be part of an address a person is asked to trust:
/// whitespace, control characters and the invisible format characters (bidirectional
/// overrides, zero-width spaces) that can make one address look like another.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

fn split_port(authority: &str) -> (&str, Option<&str>) {
    if authority.starts_with('[') {
        // An IPv6 literal: the port, if any, follows the closing bracket.
        return match authority.find(']') {
            Some(end) => {
                let (host, after) = authority.split_at(end + 1);
                (host, after.strip_prefix(':'))
            }
            None => (authority, None),
        };
    }
    match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    }
}

fn host_ok(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inner.contains(':')
            && inner
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    let host = host.strip_suffix('.').unwrap_or(host);
    !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_addresses() {
        for good in [
            "https://www.weprotect.org/",
            "https://weprotect.org/framing-the-future",
            "http://europa.eu/rapid/press-release_SPEECH-12-912_en.htm?locale=EN",
            "https://www.youtube.com/watch?v=-luEzeqtE6Y",
            "HTTPS://WWW.WEPROTECT.ORG/",
            "HtTp://example.org",
            "https://bücher.example/straße",
            "https://xn--bcher-kva.example/",
            "https://example.org:8443/a#frag",
            "https://[2001:db8::1]:443/",
            "https://example.org./",
        ] {
            assert_eq!(check_url(good), Ok(()), "{good}");
        }
    }

    #[test]
    fn refuses_dangerous_or_broken_addresses() {
        let long = format!("https://example.org/{}", "a".repeat(2100));
        let cases: Vec<(&str, UrlError)> = vec![
            ("", UrlError::Empty),
            ("javascript:alert(1)", UrlError::Scheme("javascript".into())),
            ("JAVASCRIPT:alert(1)", UrlError::Scheme("JAVASCRIPT".into())),
            (" javascript:alert(1)", UrlError::Whitespace(0)),
            ("\tjavascript:alert(1)", UrlError::Whitespace(0)),
            ("file:///etc/passwd", UrlError::Scheme("file".into())),
            ("data:text/html,<script>", UrlError::Scheme("data".into())),
            ("/relative/path", UrlError::NoScheme),
            ("www.weprotect.org", UrlError::NoScheme),
            ("#", UrlError::NoScheme),
            ("https://example.org/a\nb", UrlError::Whitespace(21)),
            ("https://exa mple.org", UrlError::Whitespace(11)),
            ("https://user:pw@example.org/", UrlError::UserInfo),
            ("https://evil.example@weprotect.org/", UrlError::UserInfo),
            ("https:///path", UrlError::NoHost),
            ("https:example.org", UrlError::NoHost),
            ("https://", UrlError::NoHost),
            ("https://example.org:99999/", UrlError::Port("99999".into())),
            (
                "https://exa<mple.org/",
                UrlError::Host("exa<mple.org".into()),
            ),
            ("https://example.org\\@evil", UrlError::Backslash),
            ("https://-bad-.org/", UrlError::Host("-bad-.org".into())),
        ];
        for (bad, why) in cases {
            assert_eq!(check_url(bad), Err(why), "{bad:?}");
        }
        assert_eq!(
            check_url(&long),
            Err(UrlError::TooLong(long.chars().count()))
        );
        assert!(check_url("https://example.org/\u{7}").is_err());
        // A right-to-left override can make an address read as another one.
        assert_eq!(
            check_url("https://example.org/\u{202e}gpj.exe"),
            Err(UrlError::Whitespace(20))
        );
    }
}
