//! Arbitrary bytes and random mutations of the built-in file never panic the loader.

use proptest::prelude::*;
use weprotect_explorer::model::{DEFAULT_RON, load_bytes};

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = load_bytes("fuzz.ron", &bytes);
    }

    #[test]
    fn mutations_of_the_default_file_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>(), 1usize..40), 1..8)
    ) {
        let mut bytes = DEFAULT_RON.as_bytes().to_vec();
        for (at, op, byte, len) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.insert(i, byte); }
                2 => { let end = (i + len).min(bytes.len()); bytes.drain(i..end); }
                _ => {
                    // Duplicate a slice: repeats ids, brackets and fields.
                    let end = (i + len).min(bytes.len());
                    let chunk = bytes[i..end].to_vec();
                    bytes.splice(i..i, chunk);
                }
            }
        }
        if let Err(e) = load_bytes("fuzz.ron", &bytes) {
            // Every problem renders, with a position inside the file when it has one.
            // A lone CR ends a line as LF does.
            let lone_cr = bytes.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count()
                + usize::from(bytes.last() == Some(&b'\r'));
            let lines = bytes.split(|b| *b == b'\n').count() + lone_cr;
            for p in &e.problems {
                let _ = p.render("fuzz.ron");
                let _ = p.excerpt();
                if let Some(line) = p.line {
                    prop_assert!(line >= 1 && line <= lines + 1, "line {line} of {lines}");
                }
            }
        }
    }
}
