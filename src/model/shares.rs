//! Shares of a whole that add up to exactly 100.0%.
//!
//! Rounding each share on its own can give 99.9% or 100.1% in all (47.14 + 13.81 +
//! 34.76 + 4.29 rounds to 47.1 + 13.8 + 34.8 + 4.3 = 100.0, but other counts do not
//! behave). A reader who adds up a table should get 100.0%, so the shares are rounded
//! with the largest remainder method: every share is first rounded down to a tenth of a
//! percent, and the tenths still missing go to the shares that lost the most.

use crate::model::MemberGroup;

/// Tenths of a percent for each count (47.1% is 471), summing to exactly 1000 when the
/// total is above zero; all zero when it is zero.
///
/// Negative counts (refused by validation, but this never panics) count as zero.
/// Ties between equal remainders go to the larger count, then to the earlier group,
/// so the result does not depend on anything but the input.
pub fn shares_tenths(counts: &[i64]) -> Vec<i64> {
    const WHOLE: i128 = 1000;
    let counts: Vec<i128> = counts.iter().map(|c| i128::from((*c).max(0))).collect();
    let total: i128 = counts.iter().sum();
    if total <= 0 {
        return vec![0; counts.len()];
    }
    let mut floors: Vec<i128> = counts.iter().map(|c| c * WHOLE / total).collect();
    let missing = WHOLE - floors.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    // Largest remainder first; then the larger count; then the earlier group.
    order.sort_by(|&a, &b| {
        let (ra, rb) = (counts[a] * WHOLE % total, counts[b] * WHOLE % total);
        rb.cmp(&ra).then(counts[b].cmp(&counts[a])).then(a.cmp(&b))
    });
    // `missing` is below the number of groups: each floor lost less than one tenth.
    for &i in order.iter().take(usize::try_from(missing).unwrap_or(0)) {
        floors[i] += 1;
    }
    floors
        .into_iter()
        .map(|t| i64::try_from(t).unwrap_or(0))
        .collect()
}

/// Tenths of a percent as people write them: 471 is "47.1", 1000 is "100.0".
pub fn format_tenths(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// A share with its percent sign: "47.1%".
pub fn percent(tenths: i64) -> String {
    format!("{}%", format_tenths(tenths))
}

/// One member group's figures as every view of the breakdown shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupShare {
    /// The group's count, with a negative one taken as 0.
    pub count: i64,
    /// Its share in tenths of a percent (see [`shares_tenths`]).
    pub tenths: i64,
}

/// Each group's count and share, in the data's order, and the total they share.
///
/// The charts, the table and its CSV all read their figures from here, so what a
/// person copies is what they saw. A negative count (refused by validation) counts as
/// 0, and a total too large for `i64` stops at its maximum instead of wrapping.
pub fn group_shares(groups: &[MemberGroup]) -> (Vec<GroupShare>, i64) {
    let counts: Vec<i64> = groups.iter().map(|g| g.count.max(0)).collect();
    let total = counts.iter().fold(0_i64, |a, c| a.saturating_add(*c));
    let shares = counts
        .iter()
        .zip(shares_tenths(&counts))
        .map(|(&count, tenths)| GroupShare { count, tenths })
        .collect();
    (shares, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_alliance_in_2022() {
        // 99/210 = 47.142…, 29/210 = 13.809…, 73/210 = 34.761…, 9/210 = 4.285…
        // Floors 471 + 138 + 347 + 42 = 998; the two missing tenths go to the largest
        // remainders (4.285… and 34.761…).
        assert_eq!(shares_tenths(&[99, 29, 73, 9]), vec![471, 138, 348, 43]);
    }

    #[test]
    fn thirds_and_halves() {
        assert_eq!(shares_tenths(&[1, 1, 1]), vec![334, 333, 333]);
        assert_eq!(shares_tenths(&[1, 1]), vec![500, 500]);
        assert_eq!(shares_tenths(&[2, 1]), vec![667, 333]);
        // Equal remainders: the larger count wins, then the earlier group.
        assert_eq!(shares_tenths(&[1, 2, 1, 2]), vec![167, 333, 167, 333]);
    }

    #[test]
    fn zero_total_gives_zero_shares() {
        assert_eq!(shares_tenths(&[0, 0, 0]), vec![0, 0, 0]);
        assert_eq!(shares_tenths(&[]), Vec::<i64>::new());
        assert_eq!(shares_tenths(&[-5, 0]), vec![0, 0]);
    }

    #[test]
    fn one_group_has_everything() {
        assert_eq!(shares_tenths(&[7]), vec![1000]);
        assert_eq!(shares_tenths(&[7, 0]), vec![1000, 0]);
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let shares = shares_tenths(&[i64::MAX, i64::MAX, 1]);
        assert_eq!(shares.iter().sum::<i64>(), 1000);
        assert_eq!(shares, vec![500, 500, 0]);
    }

    #[test]
    fn formatting() {
        assert_eq!(format_tenths(471), "47.1");
        assert_eq!(format_tenths(1000), "100.0");
        assert_eq!(format_tenths(0), "0.0");
        assert_eq!(format_tenths(5), "0.5");
        assert_eq!(percent(43), "4.3%");
    }

    fn group(count: i64) -> MemberGroup {
        MemberGroup {
            kind: format!("k{count}"),
            label: format!("Group of {count}"),
            count,
            description: String::new(),
            ..MemberGroup::default()
        }
    }

    #[test]
    fn group_shares_count_a_negative_group_as_empty() {
        let (shares, total) = group_shares(&[group(30), group(-4), group(10)]);
        assert_eq!(total, 40);
        assert_eq!(
            shares,
            vec![
                GroupShare {
                    count: 30,
                    tenths: 750
                },
                GroupShare {
                    count: 0,
                    tenths: 0
                },
                GroupShare {
                    count: 10,
                    tenths: 250
                },
            ]
        );
    }

    #[test]
    fn group_shares_of_a_total_beyond_i64_stop_at_its_maximum() {
        let (shares, total) = group_shares(&[group(i64::MAX), group(5)]);
        assert_eq!(total, i64::MAX);
        assert_eq!(shares.iter().map(|s| s.tenths).sum::<i64>(), 1000);
        assert_eq!(group_shares(&[]), (Vec::new(), 0));
    }

    proptest! {
        #[test]
        fn always_adds_up_to_100_percent(counts in proptest::collection::vec(0i64..1_000_000_000, 1..40)) {
            let shares = shares_tenths(&counts);
            prop_assert_eq!(shares.len(), counts.len());
            let total: i64 = counts.iter().sum();
            if total == 0 {
                prop_assert!(shares.iter().all(|s| *s == 0));
            } else {
                prop_assert_eq!(shares.iter().sum::<i64>(), 1000);
                for (c, s) in counts.iter().zip(&shares) {
                    // Never more than one tenth away from the exact share.
                    let exact = *c as f64 * 1000.0 / total as f64;
                    prop_assert!((*s as f64 - exact).abs() < 1.0, "{} vs {}", s, exact);
                    prop_assert!(*c != 0 || *s == 0, "an empty group got a share");
                }
            }
        }

        #[test]
        fn small_counts_add_up_too(counts in proptest::collection::vec(0i64..5, 0..12)) {
            let shares = shares_tenths(&counts);
            let sum: i64 = shares.iter().sum();
            prop_assert!(sum == 1000 || (sum == 0 && counts.iter().all(|c| *c == 0)));
        }
    }
}
