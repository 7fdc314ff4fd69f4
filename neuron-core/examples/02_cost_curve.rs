//! Lecture 3, "선형회귀 1" (linear regression 1): the error graph E(w) of the single neuron,
//! gradient descent on it by hand, why squared error beats absolute error, and the slope as a
//! numeric derivative. It prints the same lines as `notebooks/02-cost-curve.ipynb` for the same
//! parameters and can write the E(w) plot with the descent's steps to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 02_cost_curve -- \
//!     [--lr X] [--steps N] [--w0 W] [--plot FILE.svg]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use neuron_core::{cost, plot, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 02_cost_curve [--lr X] [--steps N] [--w0 W] [--plot FILE.svg]
  --lr X         learning rate of the descent drawn on E(w), a number above 0 (default 0.1)
  --steps N      how many points of the descent to show (default 6)
  --w0 W         where the descent starts (default 3, the lecture's example)
  --plot FILE    also write E(w) with the descent's steps to FILE (SVG)
(no --seed: nothing in this lab is random)";

/// The notebook's parameters cell.
struct Params {
    learning_rate: f32,
    steps: usize,
    w_start: f32,
    plot: Option<PathBuf>,
}

/// Sets the parameter a flag names.
fn set(p: &mut Params, flag: &str, value: &str) -> Result<(), String> {
    match flag {
        "--lr" => p.learning_rate = common::number(flag, value)?,
        "--steps" => p.steps = common::number(flag, value)?,
        "--w0" => p.w_start = common::number(flag, value)?,
        "--plot" => p.plot = Some(PathBuf::from(value)),
        _ => return common::unknown(flag),
    }
    Ok(())
}

/// The slope of the absolute error |w - 1|: -1 left of the bottom, +1 right of it, 0 on it.
fn abs_slope(w: f32) -> f32 {
    if w > 1.0 {
        1.0
    } else if w < 1.0 {
        -1.0
    } else {
        0.0
    }
}

/// Where descent on the absolute error goes: each move is `step` long, whatever the distance.
fn abs_descent(start: f32, step: f32, moves: usize) -> Vec<f32> {
    let mut w = start;
    let mut visited = Vec::new();
    for _ in 0..moves {
        w -= step * abs_slope(w);
        visited.push(w);
    }
    visited
}

/// Where descent on the squared error goes: each move is learning rate x slope 2 (w - 1).
fn squared_descent(start: f32, learning_rate: f32, moves: usize) -> Vec<f32> {
    let mut w = start;
    let mut visited = Vec::new();
    for _ in 0..moves {
        w -= learning_rate * 2.0 * (w - 1.0);
        visited.push(w);
    }
    visited
}

fn run(p: &Params) -> Result<(), neuron_core::Error> {
    // The data: one input, one answer.
    let x_data: [f32; 1] = [1.0];
    let y_data: [f32; 1] = [1.0];

    // The neuron h = w * x and its cost; w is only a dial we turn by hand.
    let g = Graph::new();
    let w = g.variable([0.0]);
    let hypo = &w * x_data;
    let cost = cost::squared_error(&hypo, y_data);

    // Sweep w over -3.0 ... 4.9 and record E(w); print every tenth point.
    let mut curve: Vec<(f32, f32)> = Vec::new();
    for i in -30..50 {
        let w_val = i as f32 * 0.1;
        w.assign([w_val])?;
        let curr_cost = cost.eval()?;
        if i % 10 == 0 {
            println!("w: {} cost: {}", w.eval()?, curr_cost);
        }
        curve.push((w_val, curr_cost.item()?));
    }
    let (w_min, cost_min) = curve
        .iter()
        .copied()
        .fold((f32::NAN, f32::INFINITY), |best, p| {
            if p.1 < best.1 {
                p
            } else {
                best
            }
        });
    println!("lowest cost {cost_min} at w = {w_min}");

    // Gradient descent from w_start: cost, slope, then one step downhill.
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;
    w.assign([p.w_start])?;
    let mut path: Vec<(f32, f32)> = Vec::new();
    for step in 0..p.steps {
        let curr_cost = cost.eval()?;
        let slope = cost.gradients(&[&w])?.remove(0);
        println!(
            "step {step}: w: {} cost: {} slope: {}",
            w.eval()?,
            curr_cost,
            slope
        );
        path.push((w.eval()?.item()?, curr_cost.item()?));
        train.run()?;
    }
    if let Some(file) = &p.plot {
        plot::error_curve(&curve, &path)?.save(file)?;
    }

    // Absolute error against squared error.
    println!(
        "absolute error, step 1 from w = 4: {:?}",
        abs_descent(4.0, 1.0, 4)
    );
    println!(
        "absolute error, step 2 from w = -2: {:?}",
        abs_descent(-2.0, 2.0, 4)
    );
    println!(
        "squared error, learning rate 0.25 from w = -2: {:?}",
        squared_descent(-2.0, 0.25, 4)
    );

    // The slope as a number: (E(w + d) - E(w)) / d for smaller and smaller d, at w = 3.
    let at: f32 = 3.0;
    w.assign([at])?;
    let e_at = cost.eval()?.item()?;
    for d in [0.1f32, 0.01, 0.001] {
        w.assign([at + d])?;
        let e_next = cost.eval()?.item()?;
        println!("d = {d}: (E(w + d) - E(w)) / d = {}", (e_next - e_at) / d);
    }
    w.assign([at])?;
    println!("gradients at w = {at}: {}", cost.gradients(&[&w])?[0]);
    Ok(())
}

fn main() -> ExitCode {
    let defaults = Params {
        learning_rate: 0.1,
        steps: 6,
        w_start: 3.0,
        plot: None,
    };
    common::main(USAGE, defaults, set, run)
}
