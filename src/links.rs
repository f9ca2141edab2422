//! The one door to the outside for web addresses.
//!
//! Every address the app opens passes [`crate::model::check_url`] first, whatever
//! its origin; anything else is refused with a message and never reaches the system.
//! The opener receives the address as the checker wrote it out, never the text it was
//! given: that is the form the app shows, so what a person reads is what is opened.
//! The opener is a trait so that tests record what would be opened instead of
//! launching a browser.

use std::sync::{Arc, Mutex};

use crate::model::{UrlError, check_url};

/// Something that hands an address to a browser.
pub trait Opener: Send {
    fn open(&mut self, url: &str) -> Result<(), String>;
}

/// Opens addresses in the system's default browser.
#[derive(Debug, Default)]
pub struct SystemOpener;

impl Opener for SystemOpener {
    fn open(&mut self, url: &str) -> Result<(), String> {
        webbrowser::open(url).map_err(|e| e.to_string())
    }
}

/// Records addresses instead of opening them (tests, and a `--no-browser` run).
#[derive(Clone, Debug, Default)]
pub struct RecordingOpener {
    pub opened: Arc<Mutex<Vec<String>>>,
}

impl RecordingOpener {
    /// What has been opened so far, oldest first.
    pub fn opened(&self) -> Vec<String> {
        self.opened.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Opener for RecordingOpener {
    fn open(&mut self, url: &str) -> Result<(), String> {
        self.opened
            .lock()
            .map_err(|_| "the recorder is unavailable".to_owned())?
            .push(url.to_owned());
        Ok(())
    }
}

/// Why a link was not opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("This link was refused: {0}.")]
    Refused(#[from] UrlError),
    #[error("The browser could not be started ({0}). The address can be copied instead.")]
    NoBrowser(String),
}

/// Checks `url` and, if it is safe, hands its checked form to `opener`; returns that
/// form, for the message that says what was opened.
pub fn open(opener: &mut dyn Opener, url: &str) -> Result<String, LinkError> {
    let checked = check_url(url)?;
    opener.open(&checked).map_err(LinkError::NoBrowser)?;
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing;
    impl Opener for Failing {
        fn open(&mut self, _: &str) -> Result<(), String> {
            Err("no browser found".into())
        }
    }

    #[test]
    fn only_checked_addresses_reach_the_opener() {
        let mut rec = RecordingOpener::default();
        assert_eq!(
            open(&mut rec, "https://www.weprotect.org/").as_deref(),
            Ok("https://www.weprotect.org/")
        );
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "file:///etc/passwd",
            "https://a.org/\nb",
        ] {
            assert!(
                matches!(open(&mut rec, bad), Err(LinkError::Refused(_))),
                "{bad:?}"
            );
        }
        assert_eq!(rec.opened(), ["https://www.weprotect.org/"]);
    }

    #[test]
    fn a_missing_browser_is_a_message_not_a_panic() {
        let e = open(&mut Failing, "https://www.weprotect.org/").err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some(
                "The browser could not be started (no browser found). The address can be copied instead."
            )
        );
    }
}
