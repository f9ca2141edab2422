//! The last word before a save is handed back: the text is read as the app reads a file
//! (without validation, since a file with problems may still be saved) and must give
//! exactly the data being saved. When it does not, the person is told where the two
//! differ, and nothing is written.

use super::cst::{self, Kind, Node};
use super::{SaveError, canonical};
use crate::model::load::{date_orders, load_unchecked};
use crate::model::types::Alliance;

/// Refuses data that no file can hold: the loader sorts these lists by date, so a file
/// with them in another order would open differently from what was saved.
pub fn in_loader_order(data: &Alliance) -> Result<(), SaveError> {
    let orders = date_orders(data);
    let sorted = |order: &[usize]| order.iter().enumerate().all(|(i, &k)| i == k);
    let lists = [
        ("milestones", &orders.milestones),
        ("membership history points", &orders.history),
        ("eras", &orders.eras),
    ];
    match lists.into_iter().find(|(_, order)| !sorted(order)) {
        Some((list, _)) => Err(SaveError::OutOfOrder { list }),
        None => Ok(()),
    }
}

/// `text` opens as `data`.
pub fn opens_as(text: &str, data: &Alliance) -> Result<(), SaveError> {
    let back = load_unchecked("the saved text", text)
        .map_err(|e| SaveError::WouldNotOpen(e.to_string()))?;
    if back == *data {
        return Ok(());
    }
    let path = match (canonical(&back, text.len()), canonical(data, text.len())) {
        (Ok(got), Ok(want)) => first_difference(&got, &want),
        _ => None,
    };
    Err(SaveError::WouldDiffer {
        path: path.unwrap_or_else(|| "an unknown place".into()),
    })
}

/// The path (`milestones[3].title`) of the first value where two canonical texts differ.
fn first_difference(got: &str, want: &str) -> Option<String> {
    let (g, w) = (cst::read(got).ok()?, cst::read(want).ok()?);
    let mut path = String::new();
    let (mut g, mut w): (&Node<'_>, &Node<'_>) = (&g, &w);
    'down: loop {
        match (&g.kind, &w.kind) {
            (Kind::Some(gi), Kind::Some(wi)) => (g, w) = (gi, wi),
            (Kind::Struct { .. }, Kind::Struct { .. }) | (Kind::Seq { .. }, Kind::Seq { .. }) => {
                let list = matches!(g.kind, Kind::Seq { .. });
                for (i, (ge, we)) in g.entries().iter().zip(w.entries()).enumerate() {
                    if ge.name != we.name {
                        break;
                    }
                    if ge.value.text(got) != we.value.text(want) {
                        match we.name {
                            Some(name) if !list => {
                                if !path.is_empty() {
                                    path.push('.');
                                }
                                path.push_str(name);
                            }
                            _ => path.push_str(&format!("[{i}]")),
                        }
                        (g, w) = (&ge.value, &we.value);
                        continue 'down;
                    }
                }
                break;
            }
            _ => break,
        }
    }
    Some(if path.is_empty() {
        "the whole file".into()
    } else {
        path
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_difference_is_named_by_its_path() {
        let got = "(\n    a: [\n        (x: 1, y: Some(\"p\")),\n    ],\n)";
        let want = "(\n    a: [\n        (x: 1, y: Some(\"q\")),\n    ],\n)";
        assert_eq!(first_difference(got, want).as_deref(), Some("a[0].y"));
        assert_eq!(
            first_difference("(a: 1)", "(b: 1)").as_deref(),
            Some("the whole file")
        );
    }
}
