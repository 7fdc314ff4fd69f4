//! Where a trained model changes its answer: the decision boundary.

use plotters::prelude::*;

use super::{failed, Plot, PALETTE, SIZE};
use crate::array::Array;
use crate::error::Error;
use crate::tensor::Tensor;

/// Cells per axis of the shaded plane.
const GRID: usize = 100;
/// Shades of confidence: the paler the cell, the closer the model is to undecided.
const BANDS: f64 = 5.0;

/// Draws what `model` answers over the whole input space, with the data on top.
///
/// `input` is the tensor the model reads its samples from (a constant or a placeholder), `x`
/// the samples and `labels` their answers. The model is run on a grid of new inputs fed in
/// place of `input`, so the graph itself is not changed.
///
/// - With two inputs per sample (`x` of shape `[n, 2]`), the plane is shaded by the class the
///   model picks, darker where it is more certain; the boundary is where the colour changes.
///   A model with one output (a probability) picks class 1 above 0.5; one with several outputs
///   picks the largest. Labels are 0/1 numbers or one-hot rows.
/// - With one input per sample (`x` of shape `[n]` or `[n, 1]`), the model's output is drawn
///   as a curve over x, with the samples as dots and the 0.5 threshold as a line.
pub fn decision_boundary(
    model: &Tensor,
    input: &Tensor,
    x: &Array,
    labels: &Array,
) -> Result<Plot, Error> {
    if !model.graph().same_as(input.graph()) {
        return Err(Error::DifferentGraphs);
    }
    let classes = class_of_each(labels)?;
    match *x.shape() {
        [n, 2] if n == classes.len() => plane(model, input, x, &classes),
        [n] | [n, 1] if n == classes.len() => line(model, input, x, &classes),
        _ => Err(Error::ShapeMismatch {
            op: "plot the decision boundary for",
            left: x.shape().to_vec(),
            right: labels.shape().to_vec(),
            rule: "samples must be [n, 2] (a plane) or [n] (a line), with one label per sample",
        }),
    }
}

/// The class of each sample: a 0/1 label, or the position of the 1 in a one-hot row.
fn class_of_each(labels: &Array) -> Result<Vec<usize>, Error> {
    let per_row = match *labels.shape() {
        [_] | [_, 1] => 1,
        [_, k] if k > 1 => k,
        _ => {
            return Err(Error::BadShape {
                op: "read classes from",
                shape: labels.shape().to_vec(),
                needs: "labels are [n] or [n, 1] numbers 0/1, or [n, classes] one-hot rows",
            })
        }
    };
    Ok(labels
        .as_slice()
        .chunks(per_row)
        .map(|row| pick(row, 0.5))
        .collect())
}

/// The class for one row of outputs and how sure it is (0 = undecided, 1 = certain).
fn pick_with_confidence(row: &[f32]) -> (usize, f64) {
    if let [p] = *row {
        let p = f64::from(p);
        (usize::from(p > 0.5), (p - 0.5).abs() * 2.0)
    } else {
        let best = pick(row, 0.5);
        let k = row.len() as f64;
        // Rescale so a uniform row is 0 and a one-hot row is 1.
        (
            best,
            ((f64::from(row[best]) - 1.0 / k) / (1.0 - 1.0 / k)).clamp(0.0, 1.0),
        )
    }
}

fn pick(row: &[f32], threshold: f32) -> usize {
    match row {
        [p] => usize::from(*p > threshold),
        _ => (0..row.len()).fold(0, |best, j| if row[j] > row[best] { j } else { best }),
    }
}

/// The model's output for every row of `grid`, fed in place of `input`.
fn run_on(model: &Tensor, input: &Tensor, grid: Array) -> Result<Array, Error> {
    let mut values = model.graph().forward(model.id(), &[(input.id(), grid)])?;
    Ok(values[model.id()]
        .take()
        .expect("the target is always computed"))
}

fn axis_range(values: impl Iterator<Item = f32>) -> (f64, f64) {
    let (lo, hi) = values.fold((f32::MAX, f32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = (f64::from(lo), f64::from(hi));
    let pad = ((hi - lo) * 0.15).max(0.5);
    (lo - pad, hi + pad)
}

fn plane(model: &Tensor, input: &Tensor, x: &Array, classes: &[usize]) -> Result<Plot, Error> {
    let xs = x.as_slice();
    let (x0, x1) = axis_range(xs.iter().step_by(2).copied());
    let (y0, y1) = axis_range(xs.iter().skip(1).step_by(2).copied());
    let (dx, dy) = ((x1 - x0) / GRID as f64, (y1 - y0) / GRID as f64);
    let mut grid = Vec::with_capacity(GRID * GRID * 2);
    for j in 0..GRID {
        for i in 0..GRID {
            grid.push((x0 + (i as f64 + 0.5) * dx) as f32);
            grid.push((y0 + (j as f64 + 0.5) * dy) as f32);
        }
    }
    let out = run_on(model, input, Array::from_parts(vec![GRID * GRID, 2], grid))?;
    let per_row = out.len() / (GRID * GRID);
    let picks: Vec<(usize, usize)> = out
        .as_slice()
        .chunks(per_row.max(1))
        .map(|row| {
            let (class, sure) = pick_with_confidence(row);
            (class, (sure * BANDS).ceil().clamp(1.0, BANDS) as usize)
        })
        .collect();

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let mut chart = ChartBuilder::on(&root)
            .caption("decision boundary", ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(42)
            .y_label_area_size(50)
            .build_cartesian_2d(x0..x1, y0..y1)
            .map_err(failed)?;
        // One rectangle per run of equal cells in a row keeps the SVG small.
        let mut cells = Vec::new();
        for (j, row) in picks.chunks(GRID).enumerate() {
            let mut start = 0;
            for i in 1..=GRID {
                if i == GRID || row[i] != row[start] {
                    let (class, band) = row[start];
                    let colour = PALETTE[class % PALETTE.len()].mix(0.12 + 0.1 * band as f64);
                    let corner = (x0 + start as f64 * dx, y0 + j as f64 * dy);
                    let end = (x0 + i as f64 * dx, y0 + (j + 1) as f64 * dy);
                    cells.push(Rectangle::new([corner, end], colour.filled()));
                    start = i;
                }
            }
        }
        chart.draw_series(cells).map_err(failed)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .x_label_formatter(&tidy)
            .y_label_formatter(&tidy)
            .x_desc("x₁")
            .y_desc("x₂")
            .label_style(("sans-serif", 14))
            .draw()
            .map_err(failed)?;
        for (point, &class) in xs.chunks(2).zip(classes) {
            let at = (f64::from(point[0]), f64::from(point[1]));
            let colour = PALETTE[class % PALETTE.len()];
            chart
                .draw_series([
                    Circle::new(at, 8, colour.filled()),
                    Circle::new(at, 8, BLACK.stroke_width(2)),
                ])
                .map_err(failed)?;
        }
        root.present().map_err(failed)?;
    }
    Ok(Plot::from_svg(svg))
}

fn line(model: &Tensor, input: &Tensor, x: &Array, classes: &[usize]) -> Result<Plot, Error> {
    const POINTS: usize = 200;
    let (x0, x1) = axis_range(x.as_slice().iter().copied());
    let grid: Vec<f32> = (0..POINTS)
        .map(|i| (x0 + (x1 - x0) * i as f64 / (POINTS - 1) as f64) as f32)
        .collect();
    // Feed the grid in the same layout as the samples: a vector, or a column.
    let shape = if x.shape().len() == 1 {
        vec![POINTS]
    } else {
        vec![POINTS, 1]
    };
    let out = run_on(model, input, Array::from_parts(shape, grid.clone()))?;
    let curve: Vec<(f64, f64)> = grid
        .iter()
        .zip(out.as_slice())
        .map(|(&g, &h)| (f64::from(g), f64::from(h)))
        .collect();

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let mut chart = ChartBuilder::on(&root)
            .caption("the neuron's answer for each input", ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(42)
            .y_label_area_size(50)
            .build_cartesian_2d(x0..x1, -0.05..1.05)
            .map_err(failed)?;
        chart
            .configure_mesh()
            .x_desc("x")
            .y_desc("h(x)")
            .light_line_style(RGBColor(240, 240, 240))
            .label_style(("sans-serif", 14))
            .draw()
            .map_err(failed)?;
        // The threshold h = 0.5, and where the curve crosses it: the decision boundary.
        let dashed = RGBColor(110, 110, 110).stroke_width(2);
        chart
            .draw_series(DashedLineSeries::new([(x0, 0.5), (x1, 0.5)], 8, 6, dashed))
            .map_err(failed)?;
        let crossing = curve
            .windows(2)
            .find(|p| (p[0].1 - 0.5) * (p[1].1 - 0.5) <= 0.0);
        if let Some(&[(xa, ha), (xb, hb)]) = crossing {
            let at = if hb == ha {
                xa
            } else {
                xa + (0.5 - ha) * (xb - xa) / (hb - ha)
            };
            chart
                .draw_series(DashedLineSeries::new(
                    [(at, -0.05), (at, 1.05)],
                    8,
                    6,
                    dashed,
                ))
                .map_err(failed)?;
            chart
                .draw_series([Text::new(
                    format!(" boundary x = {:.2}", at + 0.0),
                    (at, 0.15),
                    ("sans-serif", 14).into_font().color(&BLACK),
                )])
                .map_err(failed)?;
        }
        chart
            .draw_series(LineSeries::new(curve, RGBColor(40, 40, 40).stroke_width(2)))
            .map_err(failed)?;
        for (&xi, &class) in x.as_slice().iter().zip(classes) {
            let at = (f64::from(xi), class as f64);
            let colour = PALETTE[class % PALETTE.len()];
            chart
                .draw_series([
                    Circle::new(at, 7, colour.filled()),
                    Circle::new(at, 7, BLACK.stroke_width(2)),
                ])
                .map_err(failed)?;
        }
        root.present().map_err(failed)?;
    }
    Ok(Plot::from_svg(svg))
}

/// An axis label with one decimal, never "-0.0" (a tick just below 0 rounds to 0.0).
fn tidy(v: &f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    format!("{:.1}", if rounded == 0.0 { 0.0 } else { rounded })
}
