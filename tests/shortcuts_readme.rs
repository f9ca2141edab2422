//! The README's key tables say what src/shortcuts.rs does: the same rows, in the same
//! order, in the same words. A key changed in one and not the other fails here.

use weprotect_explorer::shortcuts::{SHORTCUTS, Scope};

const README: &str = include_str!("../README.md");
const HEADER: &str = "| Keys | What they do |";

/// The rows of every `| Keys | What they do |` table, as (keys, what they do).
fn readme_tables() -> Vec<Vec<(String, String)>> {
    let mut tables = Vec::new();
    let mut lines = README.lines();
    while let Some(line) = lines.next() {
        if line.trim() != HEADER {
            continue;
        }
        let rows = lines
            .by_ref()
            .skip_while(|l| l.trim_start().starts_with("|-"))
            .take_while(|l| l.trim_start().starts_with('|'))
            .map(|l| {
                let cells: Vec<&str> = l.trim().trim_matches('|').split('|').collect();
                match cells[..] {
                    [keys, does] => (keys.trim().to_owned(), does.trim().to_owned()),
                    _ => panic!("README.md: a key table row without two cells: {l}"),
                }
            })
            .collect();
        tables.push(rows);
    }
    tables
}

/// One line per difference between the README's table and the shortcut table.
fn differences(table: &str, readme: &[(String, String)], code: &[(&str, &str)]) -> Vec<String> {
    let row = |(keys, does): (&str, &str)| format!("| {keys} | {does} |");
    (0..readme.len().max(code.len()))
        .filter_map(|i| {
            let written = readme.get(i).map(|(k, d)| row((k, d)));
            let coded = code.get(i).map(|(k, d)| row((k, d)));
            let place = format!("{table} table, row {}", i + 1);
            match (written, coded) {
                (Some(w), Some(c)) if w == c => None,
                (Some(w), Some(c)) => Some(format!(
                    "{place}:\n    README.md:        {w}\n    src/shortcuts.rs: {c}"
                )),
                (Some(w), None) => Some(format!(
                    "{place}: README.md has {w}; src/shortcuts.rs has no such row"
                )),
                (None, Some(c)) => Some(format!(
                    "{place}: src/shortcuts.rs has {c}; README.md has no such row"
                )),
                (None, None) => None,
            }
        })
        .collect()
}

fn rows(presenter: bool) -> Vec<(&'static str, &'static str)> {
    SHORTCUTS
        .iter()
        .filter(|s| (s.scope == Scope::Presenter) == presenter)
        .map(|s| (s.keys, s.does))
        .collect()
}

#[test]
fn the_readme_key_tables_are_the_shortcut_table() {
    let tables = readme_tables();
    let [main, presenter] = &tables[..] else {
        panic!(
            "README.md should have two `{HEADER}` tables (the main window, presenter mode); it has {}",
            tables.len()
        );
    };
    let mut problems = differences("main window", main, &rows(false));
    problems.extend(differences("presenter mode", presenter, &rows(true)));
    assert!(
        problems.is_empty(),
        "README.md and src/shortcuts.rs disagree; change both together:\n{}",
        problems.join("\n")
    );
}
