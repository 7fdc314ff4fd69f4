//! The cost as a function of the weight, E(w), with gradient descent walking down it.

use plotters::prelude::*;

use super::{failed, padded_range, Plot, PALETTE, SIZE};
use crate::error::Error;

/// The error curve E(w) as a line, and the path of gradient descent on it as numbered dots:
/// lecture 3's picture of a ball rolling to the bottom of a bowl.
///
/// `curve` holds `(w, cost)` pairs from a sweep over w; `path` the `(w, cost)` of each step
/// taken (it may be empty). Points that are not finite are left out.
///
/// ```
/// let curve: Vec<(f32, f32)> = (-30..50).map(|i| i as f32 * 0.1).map(|w| (w, (w - 1.0) * (w - 1.0))).collect();
/// let plot = neuron_core::plot::error_curve(&curve, &[(3.0, 4.0), (2.6, 2.56)]).unwrap();
/// assert!(plot.svg().contains("E(w)"));
/// ```
pub fn error_curve(curve: &[(f32, f32)], path: &[(f32, f32)]) -> Result<Plot, Error> {
    let widen = |points: &[(f32, f32)]| -> Vec<(f64, f64)> {
        points
            .iter()
            .filter(|(w, c)| w.is_finite() && c.is_finite())
            .map(|&(w, c)| (f64::from(w), f64::from(c)))
            .collect()
    };
    let (curve, path) = (widen(curve), widen(path));
    if curve.is_empty() {
        return Err(Error::EmptyData {
            what: "the curve's list of (w, cost) pairs",
        });
    }
    let both = || curve.iter().chain(&path);
    let x_range = padded_range(both().map(|p| p.0));
    let y_top = padded_range(both().map(|p| p.1).chain([0.0])).end;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let mut chart = ChartBuilder::on(&root)
            .caption("E(w): the cost for each weight w", ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(42)
            .y_label_area_size(60)
            .build_cartesian_2d(x_range, 0.0..y_top)
            .map_err(failed)?;
        chart
            .configure_mesh()
            .x_desc("w")
            .y_desc("cost")
            .light_line_style(RGBColor(240, 240, 240))
            .label_style(("sans-serif", 14))
            .draw()
            .map_err(failed)?;
        let (line, steps) = (PALETTE[0], PALETTE[3]);
        chart
            .draw_series(LineSeries::new(curve.iter().copied(), line.stroke_width(2)))
            .map_err(failed)?
            .label("E(w)")
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], line.stroke_width(2)));
        if !path.is_empty() {
            chart
                .draw_series(LineSeries::new(
                    path.iter().copied(),
                    steps.mix(0.6).stroke_width(1),
                ))
                .map_err(failed)?;
            chart
                .draw_series(path.iter().map(|&p| Circle::new(p, 5, steps.filled())))
                .map_err(failed)?
                .label("gradient-descent steps")
                .legend(move |(x, y)| Circle::new((x + 10, y), 5, steps.filled()));
            // Number the first few steps so the order of the walk can be read.
            chart
                .draw_series(path.iter().take(6).enumerate().map(|(k, &p)| {
                    Text::new(
                        k.to_string(),
                        p,
                        ("sans-serif", 14).into_font().color(&BLACK),
                    )
                }))
                .map_err(failed)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperMiddle)
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(200, 200, 200))
            .label_font(("sans-serif", 14))
            .draw()
            .map_err(failed)?;
        root.present().map_err(failed)?;
    }
    Ok(Plot::from_svg(svg))
}
