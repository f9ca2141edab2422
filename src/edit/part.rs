//! One part of the data that an edit replaces whole: the unit of undo.
//!
//! An edit hands the app the new value of one part; the app swaps it into the data and
//! keeps what came out, so that undo is the same swap the other way. A typed letter
//! replaces one milestone (a few hundred bytes), never the whole list; adding, deleting
//! or moving an item replaces its list, which is the only way to say where it goes.

use crate::model::{
    AddedValue, Alliance, Era, Membership, Milestone, Outcome, Resource, Slide, Summit,
};

/// The title slide's words and the deck's own lists: what the Overview shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub title: String,
    pub tagline: String,
    pub background: Vec<String>,
    pub added_value: AddedValue,
}

impl Story {
    pub fn of(data: &Alliance) -> Self {
        Self {
            title: data.title.clone(),
            tagline: data.tagline.clone(),
            background: data.background.clone(),
            added_value: data.added_value.clone(),
        }
    }
}

/// The new (or, kept for undo, the old) value of one part of the data.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Story(Box<Story>),
    Milestones(Vec<Milestone>),
    /// One milestone, by its place in the file.
    Milestone(usize, Box<Milestone>),
    Eras(Vec<Era>),
    Membership(Box<Membership>),
    Summit(Box<Summit>),
    Outcomes(Vec<Outcome>),
    Outcome(usize, Box<Outcome>),
    Resources(Vec<Resource>),
    Resource(usize, Box<Resource>),
    Slides(Vec<Slide>),
    /// All of it at once: edits restored after a crash.
    All(Box<Alliance>),
}

fn swap_item<T>(list: &mut [T], index: usize, item: &mut T) -> bool {
    match list.get_mut(index) {
        Some(slot) => {
            std::mem::swap(slot, item);
            true
        }
        None => false,
    }
}

impl Part {
    /// Puts this value into `data` and returns the value it replaced; `None` when the
    /// item it names is not there (the data is then unchanged).
    pub fn swap_into(self, data: &mut Alliance) -> Option<Part> {
        let out = match self {
            Part::Story(mut story) => {
                let s = &mut *story;
                std::mem::swap(&mut data.title, &mut s.title);
                std::mem::swap(&mut data.tagline, &mut s.tagline);
                std::mem::swap(&mut data.background, &mut s.background);
                std::mem::swap(&mut data.added_value, &mut s.added_value);
                Part::Story(story)
            }
            Part::Milestones(mut list) => {
                std::mem::swap(&mut data.milestones, &mut list);
                Part::Milestones(list)
            }
            Part::Milestone(i, mut item) => {
                if !swap_item(&mut data.milestones, i, &mut item) {
                    return None;
                }
                Part::Milestone(i, item)
            }
            Part::Eras(mut list) => {
                std::mem::swap(&mut data.eras, &mut list);
                Part::Eras(list)
            }
            Part::Membership(mut m) => {
                std::mem::swap(&mut data.membership, &mut m);
                Part::Membership(m)
            }
            Part::Summit(mut s) => {
                std::mem::swap(&mut data.summit, &mut s);
                Part::Summit(s)
            }
            Part::Outcomes(mut list) => {
                std::mem::swap(&mut data.outcomes, &mut list);
                Part::Outcomes(list)
            }
            Part::Outcome(i, mut item) => {
                if !swap_item(&mut data.outcomes, i, &mut item) {
                    return None;
                }
                Part::Outcome(i, item)
            }
            Part::Resources(mut list) => {
                std::mem::swap(&mut data.resources, &mut list);
                Part::Resources(list)
            }
            Part::Resource(i, mut item) => {
                if !swap_item(&mut data.resources, i, &mut item) {
                    return None;
                }
                Part::Resource(i, item)
            }
            Part::Slides(mut list) => {
                std::mem::swap(&mut data.slides, &mut list);
                Part::Slides(list)
            }
            Part::All(mut all) => {
                std::mem::swap(data, &mut all);
                Part::All(all)
            }
        };
        Some(out)
    }

    /// What an undo of this part's edit is called in the status line ("Undid: milestone").
    pub fn what(&self) -> &'static str {
        match self {
            Part::Story(_) => "the title and background",
            Part::Milestones(_) => "the list of milestones",
            Part::Milestone(..) => "a milestone",
            Part::Eras(_) => "the eras",
            Part::Membership(_) => "the membership",
            Part::Summit(_) => "the summit",
            Part::Outcomes(_) => "the list of outcomes",
            Part::Outcome(..) => "an outcome",
            Part::Resources(_) => "the list of resources",
            Part::Resource(..) => "a resource",
            Part::Slides(_) => "the slides",
            Part::All(_) => "all the data",
        }
    }
}
