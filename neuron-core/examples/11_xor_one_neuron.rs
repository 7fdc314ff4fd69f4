//! Lecture 7, "비선형 결정경계" (non-linear decision boundaries): the OR-gate neuron,
//! h = sigmoid(x · W + b), trained on XOR instead. No straight line separates XOR, and the
//! neuron ends undecided: h = 0.5 for every input, cost ln 2, half the answers right. It prints
//! the same lines as `notebooks/11-xor-one-neuron.ipynb` for the same parameters and can write
//! the decision boundary of a hand-drawn line (the OR gate's) on the XOR data to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 11_xor_one_neuron -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 11_xor_one_neuron [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.1)
  --steps N      training steps (default 20001)
  --seed S       seed for the random start of W and b (default 27)
  --plot FILE    also write the boundary of the OR line on the XOR data to FILE (SVG)";

#[allow(non_snake_case)] // W, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The XOR truth table: the answer is 1 when exactly one input is 1.
    let x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 1]; 4] = [[0.0], [1.0], [1.0], [0.0]];

    // 신경세포 만들기: the OR gate's neuron, h = sigmoid(x · W + b).
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let W = g.random_normal_with(&[2, 1], &mut rng);
    let b = g.random_normal_with(&[1], &mut rng);
    let x = g.constant(x_data);
    let hypo = (x.matmul(&W) + &b).sigmoid();

    // 신경세포 학습시키기: the mean cross-entropy, plain gradient descent.
    let cost = cost::cross_entropy(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: print every 500 steps, before the step (step 0 shows the start).
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    for step in 0..p.steps {
        if step % 500 == 0 {
            let cost_val = cost.eval()?;
            println!("{step} {cost_val}");
            cost_list.push((step, cost_val.item()?));
        }
        train.run()?;
    }

    // 테스트: the answers, the decisions at 0.5 and the share of right ones.
    let predicted = hypo.greater(0.5);
    let accuracy = decision::accuracy(&predicted, y_data);
    println!("Hypo: {}", hypo.eval()?);
    println!("Predicted: {}", predicted.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);

    // Where the weights went: next to nothing, so every input gives sigmoid(0) = 0.5.
    println!("W: {}", W.eval()?);
    println!("b: {}", b.eval()?);
    println!("ln 2 = {}", Array::scalar(std::f32::consts::LN_2));

    // A line drawn by hand: the OR gate's, x1 + x2 = 0.5. Three right, one wrong, and a cost
    // above ln 2, because the wrong answer is a confident one.
    W.assign([[2.0], [2.0]])?;
    b.assign([-1.0])?;
    println!("OR line, Hypo: {}", hypo.eval()?);
    println!("OR line, Accuracy(%): {}", (&accuracy * 100.0).eval()?);
    println!("OR line, cost: {}", cost.eval()?);
    if let Some(file) = &p.plot {
        plot::decision_boundary(&hypo, &x, &Array::from(x_data), &Array::from(y_data))?
            .save(file)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let defaults = common::Params {
        learning_rate: 0.1,
        steps: 20001,
        seed: 27,
        plot: None,
    };
    common::main(USAGE, defaults, common::Params::set, run)
}
