//! The one check every web address in the data and every link the app opens must pass.
//!
//! Only plain `http`/`https` addresses with a host are allowed: a data file is untrusted,
//! and a `javascript:`, `file:` or `data:` address handed to the system could run code
//! or read local files. The address is parsed as browsers parse it (the WHATWG URL
//! standard, through the `url` crate that the browser launcher also uses), and
//! [`check_url`] returns the parsed address written out again. That string is what the
//! app shows and what it hands to the browser, so the two can never differ; an address
//! whose host a browser would read as a different host than the one typed (full-width
//! digits, IDNA mappings, numeric shorthands for IP addresses) is refused rather than
//! silently rewritten.

use url::{Host, ParseError, Url};

/// The longest address accepted; longer ones are almost certainly not a real page.
pub const MAX_URL_LEN: usize = 2048;

/// Why an address is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("the address is empty")]
    Empty,
    #[error("the address is {0} characters long; at most 2048 are allowed")]
    TooLong(usize),
    /// Positions are counted from 0 in the value and from 1 in the message.
    #[error("the address contains a space or control character at character {}", .0 + 1)]
    Whitespace(usize),
    #[error(
        "the address contains the invisible character U+{:04X} at character {}; \
         such characters can make one address look like another",
        u32::from(*.character),
        .position + 1
    )]
    Invisible { position: usize, character: char },
    #[error("only http and https addresses can be opened, not {0:?}")]
    Scheme(String),
    #[error("the address has no scheme; write it in full, starting with https://")]
    NoScheme,
    #[error("the address has no host")]
    NoHost,
    #[error("the address carries a user name or password, which is refused")]
    UserInfo,
    #[error("the address has an invalid host {0:?}: {1}")]
    Host(String, HostFault),
    #[error(
        "a browser reads the host {typed:?} as {read:?}; write it as {read:?}, \
         so that the address shown is the address opened"
    )]
    HostReadAs { typed: String, read: String },
    #[error("the IP address {typed:?} is not written in its usual form; write it as {usual:?}")]
    IpForm { typed: String, usual: String },
    #[error("the address has an invalid port {0:?}")]
    Port(String),
    #[error("the address contains a backslash")]
    Backslash,
    #[error("the address is not a valid web address ({0})")]
    Invalid(String),
}

/// What is wrong with a host that cannot be parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HostFault {
    #[error(
        "a host whose last part is a number is read as an IPv4 address, and this is not a valid one"
    )]
    Ipv4,
    #[error("the address in brackets is not a valid IPv6 address")]
    Ipv6,
    #[error("it is not a valid international domain name")]
    Idna,
    #[error("it contains a character that a host name cannot hold")]
    Character,
    #[error(
        "each part between dots must be 1 to 63 letters, digits or hyphens, \
         and must not start or end with a hyphen"
    )]
    Label,
}

/// Checks that `text` is an absolute `http` or `https` address with a host that reads as
/// typed, no user information, no whitespace, control or invisible characters, and at
/// most [`MAX_URL_LEN`] characters. International (IDN) host names are accepted, in
/// Unicode or in their `xn--` form.
///
/// Returns the address as the browser will receive it: scheme and host in lower case,
/// the host in its `xn--` form, a default port dropped, and non-ASCII characters in the
/// path percent-encoded. Show and open this string, never `text`.
pub fn check_url(text: &str) -> Result<String, UrlError> {
    if text.is_empty() {
        return Err(UrlError::Empty);
    }
    let chars = text.chars().count();
    if chars > MAX_URL_LEN {
        return Err(UrlError::TooLong(chars));
    }
    for (position, character) in text.chars().enumerate() {
        if character.is_whitespace() || character.is_control() {
            return Err(UrlError::Whitespace(position));
        }
        if invisible(character) {
            return Err(UrlError::Invisible {
                position,
                character,
            });
        }
    }
    // Browsers read `\` as `/` in web addresses, so `https://a.org\@b.org` is b.org to
    // one reader and a.org to another.
    if text.contains('\\') {
        return Err(UrlError::Backslash);
    }
    let typed = typed_host(text)?;
    let url = Url::parse(text).map_err(|e| parse_error(e, &typed))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlError::UserInfo);
    }
    match url.host() {
        None => return Err(UrlError::NoHost),
        Some(Host::Domain(ascii)) => same_domain(&typed.host, ascii)?,
        Some(Host::Ipv4(_) | Host::Ipv6(_)) => {
            let usual = url.host_str().unwrap_or_default();
            if typed.host.to_ascii_lowercase() != usual {
                return Err(UrlError::IpForm {
                    typed: typed.host,
                    usual: usual.to_owned(),
                });
            }
        }
    }
    Ok(url.into())
}

/// The host and port as they were typed.
struct Typed {
    host: String,
    port: Option<String>,
}

/// Reads the scheme, the `//` and the host as typed. The WHATWG parser forgives a
/// missing `//` (`https:example.org`); a person reading the address does not.
fn typed_host(text: &str) -> Result<Typed, UrlError> {
    let Some((scheme, rest)) = text.split_once(':') else {
        return Err(UrlError::NoScheme);
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
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
    Ok(Typed {
        host: host.to_owned(),
        port: port.map(str::to_owned),
    })
}

fn parse_error(e: ParseError, typed: &Typed) -> UrlError {
    let host = |fault| UrlError::Host(typed.host.clone(), fault);
    // The parser reports a forbidden ASCII character as an IDNA error; name it plainly.
    let odd_ascii = typed
        .host
        .chars()
        .any(|c| c.is_ascii() && !c.is_ascii_alphanumeric() && !matches!(c, '-' | '.'));
    match e {
        ParseError::EmptyHost => UrlError::NoHost,
        ParseError::IdnaError if odd_ascii => host(HostFault::Character),
        ParseError::IdnaError => host(HostFault::Idna),
        ParseError::InvalidIpv4Address => host(HostFault::Ipv4),
        ParseError::InvalidIpv6Address => host(HostFault::Ipv6),
        ParseError::InvalidDomainCharacter => host(HostFault::Character),
        ParseError::InvalidPort => UrlError::Port(typed.port.clone().unwrap_or_default()),
        other => UrlError::Invalid(other.to_string()),
    }
}

/// Checks that the parsed host `ascii` (lower case, `xn--` form) is what was typed:
/// label by label, the typed label in lower case is either the `xn--` label or its
/// Unicode form. Anything a browser maps on the way (full-width letters and digits,
/// ideographic full stops, percent-escapes, case in non-ASCII letters) is refused.
fn same_domain(typed: &str, ascii: &str) -> Result<(), UrlError> {
    let ascii = ascii.strip_suffix('.').unwrap_or(ascii);
    let ldh = |label: &str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if !ascii.split('.').all(ldh) {
        return Err(UrlError::Host(typed.to_owned(), HostFault::Label));
    }
    let unicode = url::quirks::domain_to_unicode(ascii);
    let lower = typed.to_ascii_lowercase();
    let lower = lower.strip_suffix('.').unwrap_or(&lower);
    let (t, a, u) = (lower.split('.'), ascii.split('.'), unicode.split('.'));
    let same = t.clone().count() == a.clone().count()
        && a.clone().count() == u.clone().count()
        && t.zip(a.zip(u)).all(|(t, (a, u))| t == a || t == u);
    if same {
        Ok(())
    } else {
        Err(UrlError::HostReadAs {
            typed: typed.to_owned(),
            read: unicode,
        })
    }
}

/// Characters that must never be part of an address a person is asked to trust
/// besides whitespace and controls: the Unicode default-ignorable and format characters
/// (soft hyphen, zero-width spaces and joiners, bidirectional marks and overrides,
/// fillers, variation selectors, tags), which draw as nothing and can make one address
/// read as another, and the blank Braille pattern, which draws as a space.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}'..='\u{1160}'
        | '\u{17b4}'..='\u{17b5}' | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{2800}' | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}'
        | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}'
        // The remaining format characters (general category Cf).
        | '\u{0600}'..='\u{0605}' | '\u{06dd}' | '\u{070f}' | '\u{0890}'..='\u{0891}'
        | '\u{08e2}' | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}'
    )
}

/// Splits a typed `host[:port]`; an IPv6 literal keeps its colons, and text after its
/// closing bracket that is not a port stays part of the (then invalid) host.
fn split_port(authority: &str) -> (&str, Option<&str>) {
    if authority.starts_with('[') {
        return match authority.find(']') {
            Some(end) => {
                let (host, after) = authority.split_at(end + 1);
                match after.strip_prefix(':') {
                    Some(port) => (host, Some(port)),
                    None if after.is_empty() => (host, None),
                    None => (authority, None),
                }
            }
            None => (authority, None),
        };
    }
    match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    }
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
            assert!(check_url(good).is_ok(), "{good}: {:?}", check_url(good));
        }
    }

    #[test]
    fn returns_what_the_browser_receives() {
        for (typed, sent) in [
            ("https://www.weprotect.org/", "https://www.weprotect.org/"),
            ("HTTPS://WWW.WEPROTECT.ORG", "https://www.weprotect.org/"),
            (
                "https://bücher.example/straße",
                "https://xn--bcher-kva.example/stra%C3%9Fe",
            ),
            ("https://[2001:DB8::1]:443/", "https://[2001:db8::1]/"),
            ("https://example.org./", "https://example.org./"),
        ] {
            assert_eq!(check_url(typed).as_deref(), Ok(sent), "{typed}");
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
                UrlError::Host("exa<mple.org".into(), HostFault::Character),
            ),
            ("https://example.org\\@evil", UrlError::Backslash),
            (
                "https://-bad-.org/",
                UrlError::Host("-bad-.org".into(), HostFault::Label),
            ),
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
            Err(UrlError::Invisible {
                position: 20,
                character: '\u{202e}'
            })
        );
    }
}
