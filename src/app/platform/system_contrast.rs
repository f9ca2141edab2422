//! Whether the system asks for high contrast: the desktop portal's `contrast` setting on
//! Linux (GNOME, KDE), Windows' High Contrast / Contrast Themes, the browser's
//! `prefers-contrast: more` or `forced-colors: active`. Read once at start; the portal
//! is asked off the UI thread, since a D-Bus service may take its time to answer.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use eframe::egui;

const UNKNOWN: u8 = 0;
const NORMAL: u8 = 1;
const HIGH: u8 = 2;

/// What the system said, once it has answered.
#[derive(Clone)]
pub struct SystemContrast(Arc<AtomicU8>);

impl SystemContrast {
    /// Starts asking the system; `get` answers `None` until it has.
    pub fn ask(ctx: &egui::Context) -> Self {
        let answer = Self(Arc::new(AtomicU8::new(UNKNOWN)));
        let sender = answer.clone();
        let ctx = ctx.clone();
        ask_system(move |high| {
            sender
                .0
                .store(if high { HIGH } else { NORMAL }, Ordering::Relaxed);
            ctx.request_repaint();
        });
        answer
    }

    /// A fixed answer, as if the system had given it (for tests, and where none can).
    pub fn fixed(high: Option<bool>) -> Self {
        let value = match high {
            None => UNKNOWN,
            Some(false) => NORMAL,
            Some(true) => HIGH,
        };
        Self(Arc::new(AtomicU8::new(value)))
    }

    pub fn get(&self) -> Option<bool> {
        match self.0.load(Ordering::Relaxed) {
            NORMAL => Some(false),
            HIGH => Some(true),
            _ => None,
        }
    }
}

#[cfg(all(unix, not(target_os = "macos"), not(target_arch = "wasm32")))]
fn ask_system(answer: impl FnOnce(bool) + Send + 'static) {
    let spawned = std::thread::Builder::new()
        .name("system contrast".into())
        .spawn(move || {
            if let Some(high) = portal_contrast() {
                answer(high);
            }
        });
    if let Err(e) = spawned {
        log::warn!("the system's contrast setting was not read: {e}");
    }
}

/// The XDG desktop portal's `org.freedesktop.appearance` `contrast`: 1 asks for higher
/// contrast, 0 for none. No portal (a bare X session, CI) means no answer.
#[cfg(all(unix, not(target_os = "macos"), not(target_arch = "wasm32")))]
fn portal_contrast() -> Option<bool> {
    zbus::block_on(async {
        let connection = zbus::Connection::session().await.ok()?;
        let reply = connection
            .call_method(
                Some("org.freedesktop.portal.Desktop"),
                "/org/freedesktop/portal/desktop",
                Some("org.freedesktop.portal.Settings"),
                "ReadOne",
                &("org.freedesktop.appearance", "contrast"),
            )
            .await
            .ok()?;
        let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
        let contrast = u32::try_from(value).ok()?;
        Some(contrast == 1)
    })
}

#[cfg(windows)]
fn ask_system(answer: impl FnOnce(bool) + Send + 'static) {
    use windows_sys::Win32::UI::Accessibility::{HCF_HIGHCONTRASTON, HIGHCONTRASTW};
    use windows_sys::Win32::UI::WindowsAndMessaging::{SPI_GETHIGHCONTRAST, SystemParametersInfoW};
    let mut setting = HIGHCONTRASTW {
        cbSize: std::mem::size_of::<HIGHCONTRASTW>() as u32,
        dwFlags: 0,
        lpszDefaultScheme: std::ptr::null_mut(),
    };
    #[allow(unsafe_code)]
    // SAFETY: SPI_GETHIGHCONTRAST fills the HIGHCONTRASTW it is given, whose cbSize
    // says how large it is; the pointer lives for the whole call.
    let read = unsafe {
        SystemParametersInfoW(
            SPI_GETHIGHCONTRAST,
            setting.cbSize,
            (&raw mut setting).cast(),
            0,
        )
    };
    if read != 0 {
        answer(setting.dwFlags & HCF_HIGHCONTRASTON != 0);
    }
}

#[cfg(target_arch = "wasm32")]
fn ask_system(answer: impl FnOnce(bool) + Send + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let matches = |query: &str| {
        window
            .match_media(query)
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
    };
    answer(matches("(prefers-contrast: more)") || matches("(forced-colors: active)"));
}

#[cfg(target_os = "macos")]
fn ask_system(_answer: impl FnOnce(bool) + Send + 'static) {}
