//! The data as the file writes it, which is not quite the data the app shows: the
//! loader sorts the date-ordered lists and moves old member-count fields into their
//! provenance. A save compares like with like: it follows the loader's sort to find
//! each item where the file has it, and keeps the old fields while they are unchanged.

use std::borrow::Cow;

use super::SaveError;
use crate::model::load::{
    DateOrders, date_orders, has_old_member_counts_fields, load_as_written, settle,
};
use crate::model::types::{Alliance, Membership};

/// The two states to compare, each as the file would write it, and the loader's order
/// of the file's date-sorted lists.
pub struct AsWritten<'d> {
    pub before: Cow<'d, Alliance>,
    pub after: Cow<'d, Alliance>,
    pub orders: DateOrders,
}

/// Reads `original` as written and checks that it loads into `before`.
pub fn as_written<'d>(
    original: &str,
    before: &'d Alliance,
    after: &'d Alliance,
) -> Result<AsWritten<'d>, SaveError> {
    let raw = load_as_written("the file", original)
        .map_err(|e| SaveError::OriginalUnreadable(e.to_string()))?;
    let orders = date_orders(&raw);
    let old_fields = has_old_member_counts_fields(&raw.membership)
        .then(|| (raw.membership.source.clone(), raw.membership.note.clone()));
    if settle(raw) != *before {
        return Err(SaveError::NotTheLoadedText);
    }
    let Some((source, note)) = old_fields else {
        return Ok(AsWritten {
            before: Cow::Borrowed(before),
            after: Cow::Borrowed(after),
            orders,
        });
    };
    // The file gives the member counts a `source` and `note`, which the loader moved
    // into `provenance`; while the provenance is unchanged, both sides keep the old form.
    let as_old = |data: &Alliance| {
        let mut data = data.clone();
        data.membership = Membership {
            provenance: Default::default(),
            source: source.clone(),
            note: note.clone(),
            ..data.membership
        };
        data
    };
    let m = (&before.membership, &after.membership);
    let unchanged = m.0.provenance == m.1.provenance && m.1.source.is_none() && m.1.note.is_none();
    Ok(AsWritten {
        before: Cow::Owned(as_old(before)),
        after: if unchanged {
            Cow::Owned(as_old(after))
        } else {
            Cow::Borrowed(after)
        },
        orders,
    })
}
