//! Beside the Overview: the deck's title and tagline, its background points and added
//! value, and the talk's slides in order.

use eframe::egui;

use crate::actions::Actions;
use crate::edit::{Part, Story};
use crate::model::{Slide, SlideKind};

use super::{EditContext, Form, ListForm, heading, list_form, raise};

const SLIDE_KINDS: [(SlideKind, &str); 10] = [
    (SlideKind::Title, "Title"),
    (SlideKind::Background, "Background (the timeline)"),
    (SlideKind::AddedValue, "Added value"),
    (SlideKind::Summit, "Summit"),
    (SlideKind::Outcomes, "Outcomes"),
    (SlideKind::Membership, "Membership"),
    (SlideKind::Video, "Video"),
    (SlideKind::Resources, "Resources"),
    (SlideKind::ThankYou, "Thank you"),
    (SlideKind::Text, "Text"),
];

pub(super) fn form(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let original = Story::of(cx.data);
    let mut s = original.clone();
    let mut form = Form::new(cx.problems);
    heading(ui, "Edit the story");
    form.line(ui, "Title", &mut s.title, "title");
    form.text(ui, "Tagline", &mut s.tagline, "tagline");
    egui::CollapsingHeader::new("Background points").show(ui, |ui| {
        form.points(ui, "Point", &mut s.background, "background");
    });
    egui::CollapsingHeader::new("Added value").show(ui, |ui| {
        form.points(
            ui,
            "Statement",
            &mut s.added_value.statements,
            "added_value.statements",
        );
        form.points(ui, "Item", &mut s.added_value.items, "added_value.items");
    });
    raise(&original, s, &form, |s| Part::Story(Box::new(s)), actions);
    ui.add_space(12.0);
    slides(ui, cx, actions);
}

fn slides(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let original = &cx.data.slides;
    let mut list = original.clone();
    let mut form = Form::new(cx.problems);
    heading(ui, "Edit the slides");
    let how = ListForm {
        noun: "Slide",
        path: "slides",
        folded: true,
        movable: true,
    };
    list_form(
        ui,
        &mut form,
        &mut list,
        &how,
        |_, s| s.title.clone(),
        |ui, form, at, slide| {
            form.pick(ui, &at.label("kind"), &mut slide.kind, &SLIDE_KINDS);
            form.line(ui, &at.label("title"), &mut slide.title, &at.path("title"));
            form.points(ui, "Bullet", &mut slide.bullets, &at.path("bullets"));
            form.text(ui, &at.label("notes"), &mut slide.notes, &at.path("notes"));
            if ui
                .checkbox(&mut slide.build, "One point at a time (a build)")
                .changed()
            {
                form.run = None;
            }
        },
    );
    if ui.button("Add a slide").clicked() {
        list.push(Slide {
            kind: SlideKind::Text,
            title: "New slide".into(),
            bullets: Vec::new(),
            notes: String::new(),
            build: false,
        });
    }
    raise(original, list, &form, Part::Slides, actions);
}
