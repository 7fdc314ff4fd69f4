//! The cost as training goes on.

use plotters::prelude::*;

use super::{failed, padded_range, Plot, PALETTE, SIZE};
use crate::error::Error;

/// The cost after each recorded step, as a line with a dot per record: how the pain fades as
/// the neuron learns. `points` holds `(step, cost)` pairs; costs that are not finite are left
/// out (a diverging run is reported by the training step itself).
///
/// ```
/// let plot = neuron_core::plot::cost_curve(&[(0, 0.2), (100, 0.004), (200, 0.0001)]).unwrap();
/// assert!(plot.svg().contains("cost"));
/// ```
pub fn cost_curve(points: &[(usize, f32)]) -> Result<Plot, Error> {
    cost_curves(&[("cost", points)])
}

/// Several cost curves in one figure, each with its name in a legend: for comparing runs
/// (a sigmoid network against a ReLU one, two learning rates, ...).
///
/// ```
/// use neuron_core::plot::cost_curves;
/// let slow = [(0, 0.7), (100, 0.69), (200, 0.69)];
/// let fast = [(0, 0.7), (100, 0.2), (200, 0.01)];
/// let plot = cost_curves(&[("sigmoid", &slow), ("ReLU", &fast)]).unwrap();
/// assert!(plot.svg().contains("ReLU"));
/// ```
pub fn cost_curves(series: &[(&str, &[(usize, f32)])]) -> Result<Plot, Error> {
    let finite: Vec<(&str, Vec<(f64, f64)>)> = series
        .iter()
        .map(|(name, points)| {
            let kept = points
                .iter()
                .filter(|(_, c)| c.is_finite())
                .map(|&(s, c)| (s as f64, f64::from(c)))
                .collect();
            (*name, kept)
        })
        .collect();
    let all = || finite.iter().flat_map(|(_, p)| p.iter());
    if all().next().is_none() {
        return Err(Error::EmptyData {
            what: "the list of recorded (step, cost) pairs (or every cost in it is inf or NaN)",
        });
    }
    let x_range = padded_range(all().map(|p| p.0));
    // Costs are never negative: start the axis at 0 so the fall reads true to scale.
    let y_top = padded_range(all().map(|p| p.1).chain([0.0])).end;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let title = if series.len() == 1 {
            "cost during training"
        } else {
            "cost during training, compared"
        };
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(42)
            .y_label_area_size(70)
            .build_cartesian_2d(x_range, 0.0..y_top)
            .map_err(failed)?;
        chart
            .configure_mesh()
            .x_desc("step")
            .y_desc("cost")
            .x_label_formatter(&|x| format!("{x:.0}"))
            .light_line_style(RGBColor(240, 240, 240))
            .label_style(("sans-serif", 14))
            .draw()
            .map_err(failed)?;
        for (k, (name, points)) in finite.iter().enumerate() {
            let colour = PALETTE[k % PALETTE.len()];
            chart
                .draw_series(LineSeries::new(
                    points.iter().copied(),
                    colour.stroke_width(2),
                ))
                .map_err(failed)?
                .label(*name)
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
                });
            // Dots only where there are few enough records to tell apart.
            if points.len() <= 60 {
                chart
                    .draw_series(points.iter().map(|&p| Circle::new(p, 4, colour.filled())))
                    .map_err(failed)?;
            }
        }
        if series.len() > 1 {
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperRight)
                .background_style(WHITE.mix(0.9))
                .border_style(RGBColor(200, 200, 200))
                .label_font(("sans-serif", 14))
                .draw()
                .map_err(failed)?;
        }
        root.present().map_err(failed)?;
    }
    Ok(Plot::from_svg(svg))
}
