//! Lecture 5, "로지스틱 회귀 1" (logistic regression): a neuron that answers yes or no,
//! h = sigmoid(w * x), trained with the mean cross-entropy. It prints the same lines as
//! `notebooks/06-logistic.ipynb` for the same parameters and can write the picture of the
//! trained neuron's answers (the sigmoid curve over the data) to an SVG file.
//!
//! From the default start, the course's saved run (w = -2.2104359 after its first update), the
//! printout equals the course's digit for digit but one (the cost at step 800 differs in its
//! last digit).
//!
//! ```text
//! cargo run --release -p neuron-core --example 06_logistic -- \
//!     [--lr X] [--steps N] [--seed S] [--w0 W|random] [--plot FILE.svg]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str =
    "usage: 06_logistic [--lr X] [--steps N] [--seed S] [--w0 W|random] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.01)
  --steps N      steps of the loop, step 0 being the start (default 5001)
  --seed S       seed for a random start weight (default 1)
  --w0 W         start weight (default -2.2104359, the course's saved run after its first
                 update); 'random' draws it from N(0, 1) with the seed
  --plot FILE    also write the trained neuron's answer curve over the data to FILE (SVG)";

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
    // The sigmoid squashes any number into (0, 1).
    let g_demo = Graph::new();
    let z: [f32; 5] = [-4.0, -2.0, 0.0, 2.0, 4.0];
    println!(
        "sigmoid({}) = {}",
        Array::from(z),
        g_demo.constant(z).sigmoid().eval()?
    );

    // The data: two inputs labelled 0, two labelled 1.
    let x_data: [f32; 4] = [-2.0, -1.0, 1.0, 2.0];
    let y_data: [f32; 4] = [0.0, 0.0, 1.0, 1.0];

    // 신경세포 만들기: h = sigmoid(w * x).
    let g = Graph::new();
    let w = match p.w0 {
        Some(w0) => g.variable([w0]),
        None => g.random_normal(&[1], p.seed),
    };
    let x = g.constant(x_data);
    let hypo = (&w * &x).sigmoid();

    // Why not the squared error: both costs over w, on a graph of their own.
    let g_try = Graph::new();
    let w_try = g_try.variable([0.0]);
    let hypo_try = (&w_try * x_data).sigmoid();
    let mse_try = cost::mean_squared_error(&hypo_try, y_data);
    let ce_try = cost::cross_entropy(&hypo_try, y_data);
    let mut mse_curve: Vec<(f32, f32)> = Vec::new();
    let mut ce_curve: Vec<(f32, f32)> = Vec::new();
    for i in -60..=60 {
        let w_val = i as f32 * 0.1;
        w_try.assign([w_val])?;
        let (mse, ce) = (mse_try.eval()?.item()?, ce_try.eval()?.item()?);
        if i % 20 == 0 {
            println!("w: {w_val} squared error: {mse} cross-entropy: {ce}");
        }
        mse_curve.push((w_val, mse));
        ce_curve.push((w_val, ce));
    }
    w_try.assign([-4.0])?;
    println!(
        "slopes at w = -4: squared error {}, cross-entropy {}",
        mse_try.gradients(&[&w_try])?[0],
        ce_try.gradients(&[&w_try])?[0]
    );
    // Both costs trained from the same bad start.
    for (name, try_cost) in [("squared error", &mse_try), ("cross-entropy", &ce_try)] {
        w_try.assign([-4.0])?;
        let try_train = GradientDescent::new(p.learning_rate)?.minimize(try_cost)?;
        for _ in 0..1000 {
            try_train.run()?;
        }
        println!(
            "{name}: from w = -4, 1000 steps later w = {}",
            w_try.eval()?
        );
    }

    // 신경세포 학습시키기: the mean cross-entropy, written out as the course writes it.
    let cost = cost::cross_entropy(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: step 0 is the start; print every 200 steps.
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    println!("0 {} {}", w.eval()?, cost.eval()?);
    cost_list.push((0, cost.eval()?.item()?));
    for step in 1..p.steps {
        train.run()?;
        if step % 200 == 0 {
            let cost_val = cost.eval()?;
            println!("{step} {} {}", w.eval()?, cost_val);
            cost_list.push((step, cost_val.item()?));
        }
    }

    // The decision boundary: h = 0.5 where w * x = 0, that is at x = 0 whatever w is.
    if let Some(file) = &p.plot {
        plot::decision_boundary(&hypo, &x, &Array::from(x_data), &Array::from(y_data))?
            .save(file)?;
    }
    println!("h = {}", hypo.eval()?);

    // 테스트: decide with the threshold 0.5 and count the right answers.
    let predicted = hypo.greater(0.5);
    let accuracy = decision::accuracy(&predicted, y_data);
    println!("Predicted: {}", predicted.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);
    Ok(())
}

fn main() -> ExitCode {
    let defaults = Params {
        learning_rate: 0.01,
        steps: 5001,
        seed: 1,
        w0: Some(-2.2104359),
        plot: None,
    };
    common::main(USAGE, defaults, set, run)
}
