//! Milestones from a spreadsheet or a TimelineJS file, for people who keep the story in
//! TimelineJS's template rather than in RON: each row becomes a milestone, merged into
//! the open data with a fresh id, and every row not taken is reported with its row and
//! column and the reason.

mod rows;
mod tables;

pub use rows::{Report, Skipped, merge};
pub use tables::{MAX_ROWS, Table, from_csv, from_timelinejs};
