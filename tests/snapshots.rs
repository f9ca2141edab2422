//! Pictures of the views where a picture is the point: layout, colour, contrast.
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` writes new ones.

mod common;

use common::{TestApp, app_with, slug};

fn shot(theme: &str, size: [f32; 2], view: &str, setup: impl FnOnce(&mut TestApp)) {
    let mut t = app_with(None, None, size);
    t.click("Theme");
    t.click(match theme {
        "dark" => "Dark",
        "highcontrast" => "High contrast",
        _ => "Light",
    });
    t.click(view);
    setup(&mut t);
    t.harness
        .snapshot(format!("{}_{theme}_{}", slug(view), size[0] as u32));
}

#[test]
fn overview_light() {
    shot("light", [1280.0, 800.0], "Overview", |_| {});
}

#[test]
fn overview_dark() {
    shot("dark", [1280.0, 800.0], "Overview", |_| {});
}

#[test]
fn overview_high_contrast() {
    shot("highcontrast", [1280.0, 800.0], "Overview", |_| {});
}

#[test]
fn timeline_high_contrast_with_a_selection() {
    shot("highcontrast", [1280.0, 800.0], "Timeline", |t| {
        t.click(
            "2015-11 · Second WeProtect summit, Abu Dhabi; the Model National Response is launched",
        );
    });
}

#[test]
fn membership_high_contrast() {
    shot("highcontrast", [1280.0, 800.0], "Membership", |_| {});
}

#[test]
fn sources_light() {
    shot("light", [1280.0, 800.0], "Sources", |_| {});
}

/// A figure's provenance, opened from its marker on the Membership view.
#[test]
fn membership_provenance_popup_dark() {
    let mut t = app_with(None, None, [1280.0, 800.0]);
    t.click("Theme");
    t.click("Dark");
    t.click("Membership");
    t.click(
        "Member counts: as stated in the deck; no public source found. \
         Show where this comes from",
    );
    t.harness.snapshot("membership_provenance_dark_1280");
}

#[test]
fn timeline_light_with_a_selection() {
    shot("light", [1280.0, 800.0], "Timeline", |t| {
        t.click(
            "2015-11 · Second WeProtect summit, Abu Dhabi; the Model National Response is launched",
        );
    });
}

#[test]
fn timeline_dark() {
    shot("dark", [1280.0, 800.0], "Timeline", |_| {});
}

/// Zoomed in on the years of the merger: the overview strip shows where they sit.
fn zoomed_on_the_merger(t: &mut TestApp) {
    t.click("Era: WePROTECT Global Alliance, 2016–2020. Zoom to this era");
    t.harness.run_ok();
}

#[test]
fn timeline_light_1920_zoomed_with_a_selection() {
    shot("light", [1920.0, 1080.0], "Timeline", |t| {
        zoomed_on_the_merger(t);
        t.click("2018 · First Global Threat Assessment");
    });
}

#[test]
fn timeline_dark_1920_zoomed() {
    shot("dark", [1920.0, 1080.0], "Timeline", zoomed_on_the_merger);
}

#[test]
fn summit_light_800() {
    shot("light", [800.0, 1000.0], "Summit & outcomes", |_| {});
}

#[test]
fn summit_dark_1600() {
    shot("dark", [1600.0, 1000.0], "Summit & outcomes", |_| {});
}

#[test]
fn summit_dark_800() {
    shot("dark", [800.0, 1000.0], "Summit & outcomes", |_| {});
}

#[test]
fn summit_light_1600() {
    shot("light", [1600.0, 1000.0], "Summit & outcomes", |_| {});
}

#[test]
fn resources_light_800() {
    shot("light", [800.0, 1000.0], "Resources", |_| {});
}

#[test]
fn resources_dark_1600() {
    shot("dark", [1600.0, 1000.0], "Resources", |_| {});
}

#[test]
fn resources_dark_800() {
    shot("dark", [800.0, 1000.0], "Resources", |_| {});
}

#[test]
fn resources_light_1600() {
    shot("light", [1600.0, 1000.0], "Resources", |_| {});
}
