//! Lecture 1, "뇌와 뉴런" (brain and neurons): the single neuron of the lecture's last slide,
//! outside Jupyter. It prints the same lines as `notebooks/01-brain-and-neurons.ipynb` for the
//! same parameters and can write the cost plot to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 01_brain_and_neurons -- \
//!     [--lr X] [--steps N] [--seed S] [--w0 W|random] [--plot FILE.svg]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use neuron_core::{cost, plot, GradientDescent, Graph, Optimizer};

const USAGE: &str =
    "usage: 01_brain_and_neurons [--lr X] [--steps N] [--seed S] [--w0 W|random] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.01)
  --steps N      training steps (default 1001)
  --seed S       seed for a random start weight (default 1)
  --w0 W         start weight (default 0.53458315, the course's saved run);
                 'random' draws it from N(0, 1) with the seed
  --plot FILE    also write the cost plot to FILE (SVG)";

/// The notebook's parameters cell.
struct Params {
    learning_rate: f32,
    steps: usize,
    seed: u64,
    w0: Option<f32>,
    plot: Option<PathBuf>,
}

/// Sets the parameter a flag names.
fn set(p: &mut Params, flag: &str, value: &str) -> Result<(), String> {
    match flag {
        "--lr" => p.learning_rate = common::number(flag, value)?,
        "--steps" => p.steps = common::number(flag, value)?,
        "--seed" => p.seed = common::number(flag, value)?,
        "--w0" if value == "random" => p.w0 = None,
        "--w0" => p.w0 = Some(common::number(flag, value)?),
        "--plot" => p.plot = Some(PathBuf::from(value)),
        _ => return common::unknown(flag),
    }
    Ok(())
}

fn run(p: &Params) -> Result<(), neuron_core::Error> {
    // The data: one input, one answer.
    let x_data = [1.0];
    let y_data = [1.0];

    // 신경세포 만들기: the neuron, h = w * x.
    let g = Graph::new();
    let w = match p.w0 {
        Some(w0) => g.variable([w0]),
        None => g.random_normal(&[1], p.seed),
    };
    let hypo = &w * x_data;

    // 신경세포 학습시키기: the cost and one step of gradient descent on it.
    let cost = cost::squared_error(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    let mut cost_list = Vec::new();
    println!("w: {} cost: {}", w.eval()?, cost.eval()?);
    for i in 0..p.steps {
        train.run()?;
        if i % 100 == 0 {
            let err_val = cost.eval()?;
            println!("w: {} cost: {}", w.eval()?, err_val);
            cost_list.push((i, err_val.item()?));
        }
    }

    if let Some(path) = &p.plot {
        plot::cost_curve(&cost_list)?.save(path)?;
    }

    // 테스트/예측: predict for x = 3.
    println!("{}", (&w * [3.0]).eval()?);
    Ok(())
}

fn main() -> ExitCode {
    let defaults = Params {
        learning_rate: 0.01,
        steps: 1001,
        seed: 1,
        w0: Some(0.53458315),
        plot: None,
    };
    common::main(USAGE, defaults, set, run)
}
