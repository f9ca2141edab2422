//! The year ticks along the axis: as many as fit, at steps a reader counts in.

use super::layout::Axis;

/// The year ticks to draw for a range: every year, or every 2, 5, 10, 20, 50… when the
/// axis is too narrow for one label per year. However wide the range, there are never
/// more ticks than fit the axis at `min_spacing`.
pub fn year_ticks(axis: &Axis, min_spacing: f32) -> Vec<i32> {
    let span = axis.end - axis.start;
    if !axis.start.is_finite() || !axis.end.is_finite() || span <= 0.0 || axis.width <= 0.0 {
        return Vec::new();
    }
    let min_years = f64::from(min_spacing.max(1.0)) * span / f64::from(axis.width);
    // 1, 2, 5, 10, 20, 50, … up to the first step at least `min_years` long.
    let mut step = 1.0_f64;
    let mut k = 0;
    while step < min_years && step < 1e12 {
        step = [1.0, 2.0, 5.0][(k + 1) % 3] * 10f64.powi(((k + 1) / 3) as i32);
        k += 1;
    }
    let first = (axis.start / step).ceil() * step;
    let last = axis.end.floor();
    let count = ((last - first) / step).floor();
    if !(0.0..=10_000.0).contains(&count) {
        return Vec::new();
    }
    (0..=count as i64)
        .map(|i| first + i as f64 * step)
        .filter(|y| (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(y))
        .map(|y| y as i32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_thin_out_when_narrow() {
        let wide = Axis {
            start: 2011.5,
            end: 2022.5,
            width: 1100.0,
        };
        assert_eq!(year_ticks(&wide, 40.0), (2012..=2022).collect::<Vec<_>>());
        let narrow = Axis {
            start: 2011.5,
            end: 2022.5,
            width: 300.0,
        };
        let narrower = Axis {
            start: 2011.5,
            end: 2022.5,
            width: 200.0,
        };
        assert_eq!(year_ticks(&narrower, 40.0), [2015, 2020]);
        assert_eq!(
            year_ticks(&narrow, 40.0),
            [2012, 2014, 2016, 2018, 2020, 2022]
        );
    }

    #[test]
    fn ticks_stay_few_for_any_range() {
        for (start, end) in [
            (-3e9, 3e9),
            (2012.0, 2012.01),
            (-1e300, 1e300),
            (1900.0, 2100.0),
        ] {
            let axis = Axis {
                start,
                end,
                width: 1000.0,
            };
            assert!(year_ticks(&axis, 56.0).len() <= 20, "{start}..{end}");
        }
        let broken = Axis {
            start: f64::NAN,
            end: 2020.0,
            width: 1000.0,
        };
        assert!(year_ticks(&broken, 56.0).is_empty());
    }
}
