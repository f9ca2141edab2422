//! The packer's promises: no overlaps, first-fit lanes, whole titles while there is room.

use proptest::prelude::*;

use super::*;

const ROWS: Rows = Rows {
    line: 18.0,
    pad: 10.0,
    budget: f32::INFINITY,
};

fn item(index: usize, start: f64, label_width: f32) -> Item {
    Item {
        index,
        start,
        end: start,
        label: Label::one_line(label_width),
    }
}

/// A title 600 points long on one line, 310 on two, 215 on three, 180 cut short.
fn long(index: usize, start: f64) -> Item {
    Item {
        index,
        start,
        end: start,
        label: Label {
            whole: [600.0, 310.0, 215.0],
            cut: Some(180.0),
        },
    }
}

fn axis(start: f64, end: f64, width: f32) -> Axis {
    Axis { start, end, width }
}

/// Where the layout says each label is drawn: its left and right edges, its lane.
fn label_spans(packed: &Packed) -> Vec<(usize, f32, f32)> {
    packed
        .placed
        .iter()
        .map(|p| {
            let left = if p.label_left {
                p.x0 - MARKER - p.label_width
            } else {
                p.x1 + MARKER
            };
            (p.lane, left, left + p.label_width)
        })
        .collect()
}

/// No two items in a lane come closer than the gap, labels and markers included, and
/// every label lies within its item's extent and its lane's height.
fn assert_no_overlap(packed: &Packed, rows: &Rows) {
    let mut by_lane: Vec<Vec<&Placed>> = vec![Vec::new(); packed.lanes()];
    for p in &packed.placed {
        assert!(p.lane < packed.lanes(), "{p:?} in no lane");
        by_lane[p.lane].push(p);
        let lane_lines = packed.lane_lines[p.lane];
        assert!(p.lines <= lane_lines, "{p:?} taller than its lane");
        assert!(rows.lane_height(p.lines) <= rows.lane_height(lane_lines));
    }
    for (p, (_, left, right)) in packed.placed.iter().zip(label_spans(packed)) {
        assert!(p.left <= left + 0.01 && right <= p.right + 0.01, "{p:?}");
    }
    for lane in &mut by_lane {
        lane.sort_by(|a, b| a.left.total_cmp(&b.left));
        for pair in lane.windows(2) {
            assert!(
                pair[0].right + GAP <= pair[1].left + 0.01,
                "{:?} overlaps {:?}",
                pair[0],
                pair[1]
            );
        }
    }
}

/// The lanes a plain first-fit packer gives the extents the layout chose.
fn first_fit_lanes(packed: &Packed) -> usize {
    let mut ends: Vec<f32> = Vec::new();
    for p in &packed.placed {
        match ends.iter().position(|e| *e + GAP <= p.left) {
            Some(lane) => ends[lane] = p.right,
            None => ends.push(p.right),
        }
    }
    ends.len()
}

#[test]
fn overlapping_items_stack_and_never_collide() {
    let axis = axis(2012.0, 2023.0, 1100.0);
    let mut items = vec![
        item(0, 2022.4, 150.0),
        item(1, 2022.41, 150.0),
        item(2, 2022.42, 150.0),
        item(3, 2012.9, 80.0),
        item(4, 2014.0, 80.0),
    ];
    items.sort_by(|a, b| a.start.total_cmp(&b.start));
    let packed = pack(&items, &axis, &ROWS);
    assert_eq!(packed.placed.len(), 5);
    assert_eq!(packed.lanes(), 3);
    assert_no_overlap(&packed, &ROWS);
}

#[test]
fn labels_near_the_right_edge_go_left_and_stay_inside() {
    let axis = axis(2012.0, 2023.0, 1100.0);
    let packed = pack(
        &[item(1, 2013.0, 200.0), item(0, 2022.5, 200.0)],
        &axis,
        &ROWS,
    );
    let last = packed.placed.iter().find(|p| p.index == 0).copied();
    assert!(last.is_some_and(|p| p.label_left && p.right <= axis.width && p.left >= 0.0));
    assert!(packed.placed.iter().any(|p| p.index == 1 && !p.label_left));
}

#[test]
fn items_off_screen_are_culled() {
    let packed = pack(
        &[
            item(0, 2012.0, 50.0),
            item(1, 2020.5, 50.0),
            item(2, 2030.0, 5.0),
        ],
        &axis(2020.0, 2021.0, 500.0),
        &ROWS,
    );
    assert_eq!(
        packed.placed.iter().map(|p| p.index).collect::<Vec<_>>(),
        [1]
    );
}

#[test]
fn a_long_title_wraps_to_share_a_lane_rather_than_open_one() {
    // Two milestones 400 points apart: one line (600) would need a second lane; two
    // lines (310) fit beside the next marker in the first.
    let axis = axis(2000.0, 2010.0, 1000.0);
    let packed = pack(&[long(0, 2001.0), item(1, 2005.5, 100.0)], &axis, &ROWS);
    assert_eq!(packed.lanes(), 1);
    let first = packed.placed.first().copied();
    assert!(first.is_some_and(|p| p.lines == 2 && !p.cut), "{first:?}");
    assert_eq!(packed.lane_lines, [2]);
    // With the whole width free, it stays on one line.
    let alone = pack(&[long(0, 2001.0)], &axis, &ROWS);
    assert!(alone.placed.first().is_some_and(|p| p.lines == 1 && !p.cut));
}

#[test]
fn titles_are_cut_only_when_whole_ones_would_overflow_the_window() {
    // Too narrow for the title on one line: whole, it takes two.
    let axis = axis(2000.0, 2010.0, 500.0);
    // Forty milestones on one day: each needs a lane of its own.
    let items: Vec<Item> = (0..40).map(|i| long(i, 2001.0)).collect();
    let roomy = pack(&items, &axis, &ROWS);
    assert!(
        roomy.placed.iter().all(|p| !p.cut),
        "room enough: all whole"
    );
    let rows = Rows {
        budget: 300.0,
        ..ROWS
    };
    let tight = pack(&items, &axis, &rows);
    let whole = tight.placed.iter().filter(|p| !p.cut).count();
    assert!(whole >= 5, "the first lanes keep whole titles: {whole}");
    assert!(whole < 40, "the rest are cut: {whole}");
    assert_no_overlap(&tight, &rows);
}

#[test]
fn the_lanes_are_those_a_first_fit_packer_gives_the_chosen_labels() {
    let axis = axis(2012.0, 2023.0, 1000.0);
    // A spread of starts and label widths that reuses, skips and opens lanes.
    let mut items: Vec<Item> = (0..500)
        .map(|i| {
            let start = 2012.0 + f64::from((i * 37 % 101) as u32) / 10.0;
            if i % 3 == 0 {
                long(i, start)
            } else {
                item(i, start, 20.0 + ((i * 53) % 160) as f32)
            }
        })
        .collect();
    items.sort_by(|a, b| a.start.total_cmp(&b.start));
    let packed = pack(&items, &axis, &ROWS);
    assert_eq!(packed.lanes(), first_fit_lanes(&packed));
    assert_no_overlap(&packed, &ROWS);
}

#[test]
fn one_day_of_many_milestones_gets_a_lane_each() {
    let axis = axis(2021.5, 2022.5, 1000.0);
    let items: Vec<Item> = (0..20_000).map(|i| item(i, 2022.0, 100.0)).collect();
    let packed = pack(&items, &axis, &ROWS);
    assert_eq!(packed.lanes(), 20_000);
    assert!(packed.placed.iter().enumerate().all(|(i, p)| p.lane == i));
}

fn any_label() -> impl Strategy<Value = Label> {
    (
        1.0f32..700.0,
        0.3f32..1.0,
        0.2f32..1.0,
        proptest::option::of(5.0f32..300.0),
    )
        .prop_map(|(one, two, three, cut)| {
            let two = one * two;
            let three = two * three;
            Label {
                whole: [one, two, three],
                cut,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever the milestones, the zoom and the window: no two labels overlap, and
    /// the lanes are no more than first-fit needs for the labels drawn.
    #[test]
    fn no_labels_overlap_at_any_zoom(
        mut items in proptest::collection::vec(
            (2000.0f64..2030.0, 0.0f64..2.0, any_label()),
            0..120,
        ),
        start in 1990.0f64..2029.0,
        span in 0.05f64..60.0,
        width in 100.0f32..4000.0,
        budget in 0.0f32..2000.0,
    ) {
        items.sort_by(|a, b| a.0.total_cmp(&b.0));
        let items: Vec<Item> = items
            .iter()
            .enumerate()
            .map(|(index, (start, length, label))| Item {
                index,
                start: *start,
                end: start + length,
                label: *label,
            })
            .collect();
        let rows = Rows { budget, ..ROWS };
        let packed = pack(&items, &axis(start, start + span, width), &rows);
        assert_no_overlap(&packed, &rows);
        prop_assert_eq!(packed.lanes(), first_fit_lanes(&packed));
    }
}
