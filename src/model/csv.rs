//! The membership table as comma-separated values, for a person to paste into a
//! spreadsheet. Here rather than in the view, so that what is copied can be checked
//! without drawing anything.

use crate::model::Membership;
use crate::model::shares::{format_tenths, group_shares};

/// The table as CSV: a header, a line per group and the total, e.g.
/// "type,members,share\nGovernments,99,47.1\n…\nTotal,210,100.0".
///
/// The figures are those of the charts and the table (see
/// [`group_shares`]), so the shares add up to 100.0.
pub fn membership_table(m: &Membership) -> String {
    let (shares, total) = group_shares(&m.groups);
    let mut lines = vec!["type,members,share".to_owned()];
    for (group, share) in m.groups.iter().zip(&shares) {
        lines.push(format!(
            "{},{},{}",
            field(&group.label),
            share.count,
            format_tenths(share.tenths)
        ));
    }
    let tenths: i64 = shares.iter().map(|s| s.tenths).sum();
    lines.push(format!("Total,{total},{}", format_tenths(tenths)));
    lines.join("\n")
}

/// One CSV field. A label from the data file could start with `=`, `+`, `-` or `@`,
/// which spreadsheets run as a formula; such a label gets a leading apostrophe.
pub fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::{field, membership_table};
    use crate::model::{MemberGroup, Membership};

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(field("Governments"), "Governments");
        assert_eq!(field("A, B"), "\"A, B\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("@cmd"), "'@cmd");
    }

    fn group(label: &str, count: i64) -> MemberGroup {
        MemberGroup {
            kind: label.to_lowercase(),
            label: label.to_owned(),
            count,
            description: String::new(),
            ..MemberGroup::default()
        }
    }

    #[test]
    fn the_table_has_a_line_per_group_and_a_total_of_100() {
        let m = Membership {
            groups: vec![group("Governments", 2), group("-Others, misc", 1)],
            ..Membership::default()
        };
        assert_eq!(
            membership_table(&m),
            "type,members,share\nGovernments,2,66.7\n\"'-Others, misc\",1,33.3\nTotal,3,100.0"
        );
    }

    #[test]
    fn no_groups_is_a_header_and_a_zero_total() {
        assert_eq!(
            membership_table(&Membership::default()),
            "type,members,share\nTotal,0,0.0"
        );
    }
}
