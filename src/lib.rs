//! WeProtect Global Alliance Explorer: the story of the Alliance and its 2022 summit,
//! as a timeline, membership charts, the summit's outcomes and a presenter mode, all
//! drawn from one RON data file.
//!
//! The [`model`] knows nothing of the screen; [`views`] draw and return
//! [`actions::Action`]s that the [`app::App`] applies; [`links`] is the one door
//! through which an address leaves the app.

pub mod actions;
pub mod app;
pub mod data_file;
pub mod edit;
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod handout;
pub mod html;
pub mod links;
pub mod model;
pub mod shortcuts;
pub mod theme;
pub mod views;
pub mod vocabulary;
pub mod widgets;

pub use app::{App, AppOptions};

/// When the process started, for the start-up time logged with the first frame.
pub static STARTED: std::sync::OnceLock<web_time::Instant> = std::sync::OnceLock::new();
