//! What both membership charts share in their set-up: they stay still, and their axes
//! count in whole numbers with labels a person can read.

use egui_plot::{GridInput, GridMark, Plot};

/// A chart that stays put: figures are read, not explored, so no zoom, drag or
/// crosshair gets in the way of clicking a bar or a point.
pub(super) fn still(plot: Plot<'_>) -> Plot<'_> {
    plot.allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .allow_axis_zoom_drag(false)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
}

/// The closest two grid lines may be, in points (the plots' `grid_spacing`).
pub(super) const GRID_MIN: f64 = 24.0;

/// Grid marks at one "nice" step (1, 2 or 5 × 10ⁿ, never below 1) about 80 points
/// apart. `egui_plot` fades the labels of finer steps to a grey that fails WCAG AA; with a
/// single step every label is drawn in the full text colour.
// egui_plot calls grid spacers as `fn(GridInput) -> Vec<GridMark>`: by value.
#[allow(clippy::needless_pass_by_value)]
pub(super) fn whole_steps(input: GridInput) -> Vec<GridMark> {
    let want = input.base_step_size * 80.0 / GRID_MIN;
    let mut step = 1.0_f64;
    for k in 0..60 {
        if step >= want || !want.is_finite() {
            break;
        }
        step *= if k % 3 == 1 { 2.5 } else { 2.0 };
    }
    let (lo, hi) = input.bounds;
    let first = (lo / step).ceil();
    (0..200)
        .map(|i| (first + f64::from(i)) * step)
        .take_while(|v| *v <= hi)
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// Grid labels for counts: whole numbers only (a scale of 0 to 1 would show 0.2, 0.4…).
pub(super) fn whole(mark: GridMark) -> String {
    if mark.value.fract().abs() < 1e-9 && mark.value >= 0.0 {
        format!("{:.0}", mark.value)
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use egui_plot::{GridInput, GridMark};

    use super::{whole, whole_steps};

    fn values(bounds: (f64, f64), base_step_size: f64) -> Vec<f64> {
        whole_steps(GridInput {
            bounds,
            base_step_size,
        })
        .into_iter()
        .map(|m| m.value)
        .collect()
    }

    #[test]
    fn one_nice_step_about_80_points_apart() {
        // 3 units per 24 points wants 10 units per 80 points.
        assert_eq!(
            values((0.0, 100.0), 3.0),
            (0..=10).map(|i| f64::from(i) * 10.0).collect::<Vec<_>>()
        );
        // 1.5 wants 5; 7.5 wants 25, and the next nice step is 50.
        assert_eq!(values((0.0, 20.0), 1.5), vec![0.0, 5.0, 10.0, 15.0, 20.0]);
        assert_eq!(values((-10.0, 120.0), 7.5), vec![0.0, 50.0, 100.0]);
    }

    #[test]
    fn never_a_step_below_one_or_an_endless_grid() {
        assert_eq!(values((0.3, 3.2), 0.01), vec![1.0, 2.0, 3.0]);
        assert_eq!(values((0.0, 2.0), f64::NAN), vec![0.0, 1.0, 2.0]);
        assert!(values((0.0, 1e9), 0.01).len() <= 200);
    }

    #[test]
    fn counts_are_labelled_in_whole_numbers_only() {
        let label = |value| {
            whole(GridMark {
                value,
                step_size: 1.0,
            })
        };
        assert_eq!(label(20.0), "20");
        assert_eq!(label(0.0), "0");
        assert_eq!(label(2.5), "");
        assert_eq!(label(-1.0), "");
    }
}
