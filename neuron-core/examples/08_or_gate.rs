//! Lecture 5, "로지스틱 회귀 1" (logistic regression): one neuron learns the OR gate,
//! h = sigmoid(x · W + b) with W a 2 × 1 matrix, trained with the mean cross-entropy. It prints
//! the same lines as `notebooks/08-or-gate.ipynb` for the same parameters and can write the
//! decision boundary (the input plane shaded by the neuron's answer) to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 08_or_gate -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 08_or_gate [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.1)
  --steps N      training steps (default 10001)
  --seed S       seed for the random start of W and b (default 1)
  --plot FILE    also write the decision boundary to FILE (SVG)";

#[allow(non_snake_case)] // W, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The OR truth table: two inputs, the answer is 1 unless both are 0.
    let x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 1]; 4] = [[0.0], [1.0], [1.0], [1.0]];

    // 신경세포 만들기: h = sigmoid(x · W + b), W and b from one seeded stream.
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let W = g.random_normal_with(&[2, 1], &mut rng);
    let b = g.random_normal_with(&[1], &mut rng);
    let x = g.constant(x_data);
    let hypo = (x.matmul(&W) + &b).sigmoid();

    // 신경세포 학습시키기: the mean cross-entropy.
    let cost = cost::cross_entropy(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: print every 500 steps, after the step.
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    for step in 0..p.steps {
        train.run()?;
        if step % 500 == 0 {
            let cost_val = cost.eval()?;
            println!("{step} {cost_val}");
            cost_list.push((step, cost_val.item()?));
        }
    }

    // The boundary is the line w1 x1 + w2 x2 + b = 0, that is w1 x1 + w2 x2 = -b.
    let W_val = W.eval()?;
    let (w1, w2) = (W_val.as_slice()[0], W_val.as_slice()[1]);
    let b_val = b.eval()?.item()?;
    println!("W = [{w1}, {w2}], b = {b_val}");
    println!("boundary: {w1} x1 + {w2} x2 = {}", -b_val);
    if let Some(file) = &p.plot {
        plot::decision_boundary(&hypo, &x, &Array::from(x_data), &Array::from(y_data))?
            .save(file)?;
    }

    // 테스트: the answers, the decisions at 0.5 and the share of right ones.
    let predicted = hypo.greater(0.5);
    let accuracy = decision::accuracy(&predicted, y_data);
    println!("Hypo: {}", hypo.eval()?);
    println!("Predicted: {}", predicted.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);
    Ok(())
}

fn main() -> ExitCode {
    let defaults = common::Params {
        learning_rate: 0.1,
        steps: 10001,
        seed: 1,
        plot: None,
    };
    common::main(USAGE, defaults, common::Params::set, run)
}
