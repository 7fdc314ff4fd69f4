//! Lecture 5, "로지스틱 회귀 1" (logistic regression): the yes/no neuron with a bias,
//! h = sigmoid(w * x + b), on the data as a column. It prints the same lines as
//! `notebooks/07-logistic-bias.ipynb` for the same parameters and can write the picture of the
//! trained neuron's answers (the sigmoid curve over the data) to an SVG file.
//!
//! From the default start, the course's saved run (w = -1.0193827, b = 0.8470273 after its first
//! update), the printout equals the course's digit for digit.
//!
//! ```text
//! cargo run --release -p neuron-core --example 07_logistic_bias -- \
//!     [--lr X] [--steps N] [--seed S] [--start W,B|random] [--plot FILE.svg]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str =
    "usage: 07_logistic_bias [--lr X] [--steps N] [--seed S] [--start W,B|random] [--plot FILE.svg]
  --lr X           learning rate, a number above 0 (default 0.01)
  --steps N        steps of the loop, step 0 being the start (default 5001)
  --seed S         seed for a random start of w and b (default 1)
  --start W,B      start weight and bias (default -1.0193827,0.8470273, the course's saved run
                   after its first update); 'random' draws both from N(0, 1) with the seed
  --plot FILE      also write the trained neuron's answer curve over the data to FILE (SVG)";

/// The notebook's parameters cell.
struct Params {
    learning_rate: f32,
    steps: usize,
    seed: u64,
    start: Option<(f32, f32)>,
    plot: Option<PathBuf>,
}

/// Sets the parameter a flag names.
fn set(p: &mut Params, flag: &str, value: &str) -> Result<(), String> {
    let bad = |what: &str| format!("{flag} {value}: {what}");
    match flag {
        "--lr" => p.learning_rate = common::number(flag, value)?,
        "--steps" => p.steps = common::number(flag, value)?,
        "--seed" => p.seed = common::number(flag, value)?,
        "--start" if value == "random" => p.start = None,
        "--start" => {
            let (w0, b0) = value
                .split_once(',')
                .ok_or_else(|| bad("not two numbers W,B"))?;
            let number = |s: &str| {
                s.trim()
                    .parse::<f32>()
                    .map_err(|_| bad("not two numbers W,B"))
            };
            p.start = Some((number(w0)?, number(b0)?));
        }
        "--plot" => p.plot = Some(PathBuf::from(value)),
        _ => return common::unknown(flag),
    }
    Ok(())
}

fn run(p: &Params) -> Result<(), neuron_core::Error> {
    // The data as a column: four samples of one input, four answers.
    let x_data: [[f32; 1]; 4] = [[-2.0], [-1.0], [1.0], [2.0]];
    let y_data: [[f32; 1]; 4] = [[0.0], [0.0], [1.0], [1.0]];

    // 신경세포 만들기: h = sigmoid(w * x + b).
    let g = Graph::new();
    let (w, b) = match p.start {
        Some((w0, b0)) => (g.variable([w0]), g.variable([b0])),
        None => {
            let mut rng = init::rng(p.seed);
            let w = g.random_normal_with(&[1], &mut rng);
            let b = g.random_normal_with(&[1], &mut rng);
            (w, b)
        }
    };
    let x = g.constant(x_data);
    let hypo = (&w * &x + &b).sigmoid();

    // 신경세포 학습시키기: the mean cross-entropy.
    let cost = cost::cross_entropy(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: step 0 is the start; print every 200 steps.
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    println!("0 {} {} {}", w.eval()?, b.eval()?, cost.eval()?);
    cost_list.push((0, cost.eval()?.item()?));
    for step in 1..p.steps {
        train.run()?;
        if step % 200 == 0 {
            let cost_val = cost.eval()?;
            println!("{step} {} {} {}", w.eval()?, b.eval()?, cost_val);
            cost_list.push((step, cost_val.item()?));
        }
    }

    // The decision boundary: h = 0.5 where w * x + b = 0, at x = -b / w.
    if let Some(file) = &p.plot {
        plot::decision_boundary(&hypo, &x, &Array::from(x_data), &Array::from(y_data))?
            .save(file)?;
    }
    println!("boundary at x = -b / w = {}", (-&b / &w).eval()?);

    // 테스트: the answers, the decisions at 0.5 and the share of right ones.
    let predicted = hypo.greater(0.5);
    let accuracy = decision::accuracy(&predicted, y_data);
    println!("Hypo: {}", hypo.eval()?);
    println!("Predicted: {}", predicted.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);
    Ok(())
}

fn main() -> ExitCode {
    let defaults = Params {
        learning_rate: 0.01,
        steps: 5001,
        seed: 1,
        start: Some((-1.0193827, 0.8470273)),
        plot: None,
    };
    common::main(USAGE, defaults, set, run)
}
