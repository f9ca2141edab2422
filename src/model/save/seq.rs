//! Which items of a list stayed, moved, went or came, between the list as loaded and
//! the list to save, so that a save rewrites only the items that changed.
//!
//! Items are compared by their canonical text, and matched by their `id` when they have
//! one (a milestone whose title and date changed is still that milestone), else by
//! their text. The longest run of matches in order stays in place; other matches are
//! moves. Between the items that stay, leftovers are paired in order: an item edited in
//! place. Nothing is quadratic: hashing, one pass, and a longest increasing subsequence
//! in O(k log k), so a 10,000-item list costs about as much as reading it.

use std::collections::{HashMap, VecDeque};

/// A list item as compared: its canonical text and its `id`, if it has one.
#[derive(Clone, Copy, Debug)]
pub struct Key<'t> {
    pub text: &'t str,
    pub id: Option<&'t str>,
}

/// Where a saved item comes from in the list as loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The item at this index, edited where it stands (if at all).
    Kept(usize),
    /// The item at this index, taken from where it stood.
    Moved(usize),
    /// A new item.
    New,
}

/// How a list becomes another.
#[derive(Debug, PartialEq, Eq)]
pub struct Plan {
    /// For each item of the new list, where it comes from.
    pub origins: Vec<Origin>,
    /// The old items that leave their place (removed, or moved), in order.
    pub gone: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Match<'t> {
    Id(&'t str),
    Text(&'t str),
}

fn matching<'t>(key: &Key<'t>) -> Match<'t> {
    key.id.map_or(Match::Text(key.text), Match::Id)
}

/// The plan that turns `old` into `new`.
pub fn align(old: &[Key<'_>], new: &[Key<'_>]) -> Plan {
    let mut origins = vec![Origin::New; new.len()];
    let mut used = vec![false; old.len()];
    // Unchanged items at both ends: the common case of one edit costs nothing more.
    let mut head = 0;
    while let (Some(o), Some(n)) = (old.get(head), new.get(head))
        && o.text == n.text
    {
        origins[head] = Origin::Kept(head);
        used[head] = true;
        head += 1;
    }
    let mut tail = 0;
    while old.len() - tail > head && new.len() - tail > head {
        let (i, j) = (old.len() - tail - 1, new.len() - tail - 1);
        if old[i].text != new[j].text {
            break;
        }
        origins[j] = Origin::Kept(i);
        used[i] = true;
        tail += 1;
    }
    let (old_end, new_end) = (old.len() - tail, new.len() - tail);

    let mut waiting: HashMap<Match<'_>, VecDeque<usize>> = HashMap::new();
    for (i, key) in old.iter().enumerate().take(old_end).skip(head) {
        waiting.entry(matching(key)).or_default().push_back(i);
    }
    let pairs: Vec<(usize, usize)> = (head..new_end)
        .filter_map(|j| {
            let i = waiting.get_mut(&matching(&new[j]))?.pop_front()?;
            Some((j, i))
        })
        .collect();
    let in_order = longest_increasing(&pairs.iter().map(|&(_, i)| i).collect::<Vec<_>>());
    for (&(j, i), stays) in pairs.iter().zip(&in_order) {
        origins[j] = if *stays {
            Origin::Kept(i)
        } else {
            Origin::Moved(i)
        };
        used[i] = true;
    }

    // Between two items that stay, the leftovers pair up in order: edited in place.
    let stays = pairs
        .iter()
        .zip(&in_order)
        .filter(|(_, s)| **s)
        .map(|(p, _)| *p);
    let mut from = (head, head);
    for (j, i) in stays.chain(std::iter::once((new_end, old_end))) {
        let olds = (from.1..i).filter(|&i| !used[i]);
        let news = (from.0..j).filter(|&j| origins[j] == Origin::New);
        for (i, j) in olds.zip(news).collect::<Vec<_>>() {
            origins[j] = Origin::Kept(i);
            used[i] = true;
        }
        from = (j + 1, i + 1);
    }

    let mut kept = vec![false; old.len()];
    for origin in &origins {
        if let Origin::Kept(i) = origin {
            kept[*i] = true;
        }
    }
    let gone = (0..old.len()).filter(|&i| !kept[i]).collect();
    Plan { origins, gone }
}

/// Which elements of `seq` form a longest strictly increasing subsequence.
fn longest_increasing(seq: &[usize]) -> Vec<bool> {
    // tails[l]: the index of the smallest last element of an increasing run of length l+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (k, &v) in seq.iter().enumerate() {
        let at = tails.partition_point(|&t| seq[t] < v);
        prev[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut at = tails.last().copied();
    while let Some(k) = at {
        keep[k] = true;
        at = prev[k];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys<'a>(items: &[&'a str]) -> Vec<Key<'a>> {
        items
            .iter()
            .map(|s| match s.split_once('=') {
                Some((id, _)) => Key {
                    text: s,
                    id: Some(id),
                },
                None => Key { text: s, id: None },
            })
            .collect()
    }

    fn plan(old: &[&str], new: &[&str]) -> Plan {
        align(&keys(old), &keys(new))
    }

    use Origin::{Kept, Moved, New};

    #[test]
    fn one_edit_is_an_item_kept_in_place() {
        let p = plan(&["a", "b", "c"], &["a", "B", "c"]);
        assert_eq!(p.origins, vec![Kept(0), Kept(1), Kept(2)]);
        assert!(p.gone.is_empty());
    }

    #[test]
    fn insertions_and_removals() {
        let p = plan(&["a", "b", "c"], &["a", "x", "b"]);
        assert_eq!(p.origins, vec![Kept(0), New, Kept(1)]);
        assert_eq!(p.gone, vec![2]);
        let p = plan(&[], &["x", "y"]);
        assert_eq!(p.origins, vec![New, New]);
    }

    #[test]
    fn an_item_that_changes_and_moves_is_found_by_its_id() {
        let p = plan(&["a=1", "b=1", "c=1", "d=1"], &["a=1", "c=1", "d=1", "b=2"]);
        assert_eq!(p.origins, vec![Kept(0), Kept(2), Kept(3), Moved(1)]);
        assert_eq!(p.gone, vec![1]);
    }

    #[test]
    fn swapped_strings_move_one_of_them() {
        let p = plan(&["x", "y", "z"], &["y", "x", "z"]);
        assert_eq!(
            p.origins.iter().filter(|o| matches!(o, Moved(_))).count(),
            1
        );
        assert_eq!(p.gone.len(), 1);
    }

    #[test]
    fn a_long_list_is_aligned_without_quadratic_work() {
        let old: Vec<String> = (0..20_000).map(|i| format!("m{i}={i}")).collect();
        let mut new = old.clone();
        new.reverse();
        let old: Vec<&str> = old.iter().map(String::as_str).collect();
        let new: Vec<&str> = new.iter().map(String::as_str).collect();
        let p = plan(&old, &new);
        assert_eq!(p.gone.len(), 19_999);
    }
}
