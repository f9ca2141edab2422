//! Command line, logging and the native window; everything else is in the library.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

#[cfg(windows)]
mod console;
#[cfg(not(target_arch = "wasm32"))]
mod desktop;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    #[cfg(windows)]
    console::attach_to_parent();
    desktop::main()
}

/// The web entry point: the same app on a canvas of the page (see `web/index.html`).
#[cfg(target_arch = "wasm32")]
fn main() {
    use eframe::wasm_bindgen::JsCast as _;
    use weprotect_explorer::app::{App, AppOptions};

    let _ = weprotect_explorer::STARTED.set(web_time::Instant::now());
    let _ = eframe::WebLogger::init(log::LevelFilter::Warn);
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("main");
    }
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let status = document.get_element_by_id("status");
        let canvas = document
            .get_element_by_id("app")
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let Some(canvas) = canvas else {
            if let Some(status) = &status {
                status.set_text_content(Some("The page has no canvas for the app."));
            }
            return;
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| {
                    let options = AppOptions {
                        select: milestone_in_address(),
                        ..AppOptions::default()
                    };
                    Ok(Box::new(App::new(cc, options)))
                }),
            )
            .await;
        if let Some(status) = status {
            match started {
                Ok(()) => status.remove(),
                Err(e) => {
                    // Most often WebGL is missing or switched off; the text version
                    // still has the whole story.
                    let why = weprotect_explorer::html::writer::text(&format!("{e:?}"));
                    status.set_inner_html(&format!(
                        "The app could not start in this browser ({why}). It needs WebGL: \
                         turn on hardware acceleration, or use a recent Firefox, Chrome, \
                         Edge or Safari. <a href=\"#text-version\">The text version</a> \
                         has the whole story."
                    ));
                    status.set_class_name("error");
                }
            }
        }
    });
}

/// The milestone an address names, as TimelineJS's bookmarks do: `…/#milestone=ID`.
/// Anything else in the fragment (the text version's own anchors, or text that is not
/// an id) is not a milestone to start on.
#[cfg(target_arch = "wasm32")]
fn milestone_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    weprotect_explorer::model::moment::from_fragment(&hash)
}
