//! The share arithmetic lives in the model, where it needs no screen to be tested; this
//! path stays so that views and tests written against it keep working.

pub use crate::model::shares::{format_tenths, percent, shares_tenths};
