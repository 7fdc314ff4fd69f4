//! [`Plot`]: a picture that shows itself in a notebook and saves as an `.svg` file.
//!
//! In Jupyter with the evcxr kernel, a cell whose last expression is a `Plot` draws it inline:
//! evcxr calls the inherent `evcxr_display` method, which needs no import.

use std::path::Path;

use plotters::prelude::*;

use crate::error::Error;

const SIZE: (u32, u32) = (640, 400);

/// A finished figure, held as SVG text.
#[derive(Clone, Debug, PartialEq)]
pub struct Plot {
    svg: String,
}

impl Plot {
    /// The SVG document.
    pub fn svg(&self) -> &str {
        &self.svg
    }

    /// Writes the figure to an `.svg` file.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        std::fs::write(path, &self.svg).map_err(|e| Error::Plot {
            reason: format!("cannot write {}: {e}", path.display()),
        })
    }

    /// Shows the figure inline in Jupyter (called by the evcxr kernel).
    pub fn evcxr_display(&self) {
        println!(
            "EVCXR_BEGIN_CONTENT image/svg+xml\n{}\nEVCXR_END_CONTENT",
            self.svg
        );
    }
}

/// The cost after each recorded step, as a line with a dot per record: how the pain fades as
/// the neuron learns. `points` holds `(step, cost)` pairs; costs that are not finite are left
/// out (a diverging run is reported by the training step itself).
///
/// ```
/// let plot = neuron_core::plot::cost_curve(&[(0, 0.2), (100, 0.004), (200, 0.0001)]).unwrap();
/// assert!(plot.svg().contains("cost"));
/// ```
pub fn cost_curve(points: &[(usize, f32)]) -> Result<Plot, Error> {
    let finite: Vec<(f64, f64)> = points
        .iter()
        .filter(|(_, c)| c.is_finite())
        .map(|&(s, c)| (s as f64, f64::from(c)))
        .collect();
    if finite.is_empty() {
        return Err(Error::EmptyData {
            what: "the list of recorded (step, cost) pairs (or every cost in it is inf or NaN)",
        });
    }
    let (x_range, y_range) = ranges(&finite);
    let mut svg = String::new();
    draw_line_chart(&mut svg, &finite, x_range, y_range)
        .map_err(|reason| Error::Plot { reason })?;
    Ok(Plot { svg })
}

fn ranges(points: &[(f64, f64)]) -> (std::ops::Range<f64>, std::ops::Range<f64>) {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in points {
        (x0, x1, y0, y1) = (x0.min(x), x1.max(x), y0.min(y), y1.max(y));
    }
    // Costs are never negative: start the axis at 0 so the fall reads true to scale.
    y0 = y0.min(0.0);
    let pad = |lo: f64, hi: f64| {
        if hi > lo {
            (hi - lo) * 0.05
        } else {
            lo.abs().max(1.0) * 0.5
        }
    };
    let (px, py) = (pad(x0, x1), pad(y0, y1));
    ((x0 - px)..(x1 + px), y0..(y1 + py))
}

fn draw_line_chart(
    svg: &mut String,
    points: &[(f64, f64)],
    x_range: std::ops::Range<f64>,
    y_range: std::ops::Range<f64>,
) -> Result<(), String> {
    let root = SVGBackend::with_string(svg, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let mut chart = ChartBuilder::on(&root)
        .caption("cost during training", ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(42)
        .y_label_area_size(70)
        .build_cartesian_2d(x_range, y_range)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc("step")
        .y_desc("cost")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .light_line_style(RGBColor(240, 240, 240))
        .label_style(("sans-serif", 14))
        .draw()
        .map_err(|e| e.to_string())?;
    let colour = RGBColor(31, 119, 180);
    chart
        .draw_series(LineSeries::new(
            points.iter().copied(),
            colour.stroke_width(2),
        ))
        .map_err(|e| e.to_string())?;
    chart
        .draw_series(points.iter().map(|&p| Circle::new(p, 4, colour.filled())))
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
