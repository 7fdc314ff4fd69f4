//! Lecture 7, "비선형 결정경계" (non-linear decision boundaries): XOR learned by two layers,
//! a hidden layer of two sigmoid neurons (two straight boundaries) and one sigmoid neuron that
//! combines them into a band. It prints the same lines as `notebooks/12-xor-2-2-1.ipynb` for the
//! same parameters and can write the network's decision boundary to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 12_xor_2_2_1 -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 12_xor_2_2_1 [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.1)
  --steps N      training steps (default 20001)
  --seed S       seed for the random start of W1, b1, W2, b2 (default 27)
  --plot FILE    also write the network's decision boundary to FILE (SVG)";

#[allow(non_snake_case)] // W1, W2, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The XOR truth table: the answer is 1 when exactly one input is 1.
    let x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 1]; 4] = [[0.0], [1.0], [1.0], [0.0]];

    // 신경망 만들기: two hidden neurons, then one output neuron reading them.
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let x = g.constant(x_data);
    let W1 = g.random_normal_with(&[2, 2], &mut rng);
    let b1 = g.random_normal_with(&[2], &mut rng);
    let layer1 = (x.matmul(&W1) + &b1).sigmoid();
    let W2 = g.random_normal_with(&[2, 1], &mut rng);
    let b2 = g.random_normal_with(&[1], &mut rng);
    let hypo = (layer1.matmul(&W2) + &b2).sigmoid();

    // 신경망 학습시키기: the mean cross-entropy, plain gradient descent.
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

    // Inside the network: what each hidden neuron says about the four inputs.
    println!("layer1: {}", layer1.eval()?);
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
