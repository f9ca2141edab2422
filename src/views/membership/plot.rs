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
/// apart. egui_plot fades the labels of finer steps to a grey that fails WCAG AA; with a
/// single step every label is drawn in the full text colour.
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
