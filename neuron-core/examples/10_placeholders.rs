//! Lecture 7, "비선형 결정경계" (non-linear decision boundaries), its first half: placeholders.
//! A graph built from `x_data` keeps the numbers it was built with, so reassigning `x_data`
//! changes nothing. The four-classes model is then built on placeholders `X` and `Y`, trained
//! with the data fed at run time, and run on new inputs. It prints the same lines as
//! `notebooks/10-placeholders.ipynb` for the same parameters and can write the decision boundary
//! (drawn through the placeholder) to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 10_placeholders -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Adam, Array, Graph, Optimizer};

const USAGE: &str = "usage: 10_placeholders [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         Adam's learning rate, a number above 0 (default 0.01)
  --steps N      training steps (default 1001)
  --seed S       seed for the random start of W and b (default 1)
  --plot FILE    also write the decision boundary to FILE (SVG)";

#[allow(non_snake_case)] // W, X, Y, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The four corners of the unit square, each its own class, written one-hot.
    let mut x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 4]; 4] = [
        [1.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0],
        [0.0, 0.0, 0.0, 1.0],
    ];

    // The four neurons of the four-classes lab, W and b from one seeded stream.
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let W = g.random_normal_with(&[2, 4], &mut rng);
    let b = g.random_normal_with(&[4], &mut rng);

    // The problem: hypo is built from the numbers x_data holds now.
    let hypo = g.constant(x_data).matmul(&W) + &b;
    println!("hypo: {}", hypo.eval()?);
    // New inputs (the same corners, in reverse order) ...
    x_data = [[1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]];
    println!("x_data: {}", Array::from(x_data));
    // ... and hypo has not noticed: its rows come out in the old order.
    println!("hypo: {}", hypo.eval()?);

    // The fix: placeholders, filled in every time the graph runs.
    let X = g.placeholder("X", &[None, Some(2)]);
    let Y = g.placeholder("Y", &[None, Some(4)]);
    let output = X.matmul(&W) + &b;
    let cost = cost::softmax_cross_entropy(&output, &Y);
    let train = Adam::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습, the training data fed in at every run (x_data back in its first order).
    x_data = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    for step in 0..p.steps {
        if step % 100 == 0 {
            let cost_val =
                cost.eval_with(&[(&X, Array::from(x_data)), (&Y, Array::from(y_data))])?;
            println!("{step} {cost_val}");
        }
        train.run_with(&[(&X, Array::from(x_data)), (&Y, Array::from(y_data))])?;
    }

    // 테스트: the training data once more, now through the placeholders.
    let predicted = output.argmax();
    let accuracy = decision::accuracy(&predicted, Y.argmax());
    println!(
        "Logits: {}",
        output.eval_with(&[(&X, Array::from(x_data))])?
    );
    println!(
        "Predicted class: {}",
        predicted.eval_with(&[(&X, Array::from(x_data))])?
    );
    println!(
        "Accuracy(%): {}",
        (&accuracy * 100.0).eval_with(&[(&X, Array::from(x_data)), (&Y, Array::from(y_data))])?
    );
    if let Some(file) = &p.plot {
        plot::decision_boundary(&output, &X, &Array::from(x_data), &Array::from(y_data))?
            .save(file)?;
    }

    // 예측: inputs the model has never seen, as many rows as we like.
    let x_new: [[f32; 2]; 5] = [[1.0, 1.0], [0.1, 0.1], [0.2, 0.8], [0.9, 0.3], [2.0, 2.0]];
    println!(
        "Predicted class: {}",
        predicted.eval_with(&[(&X, Array::from(x_new))])?
    );
    Ok(())
}

fn main() -> ExitCode {
    let defaults = common::Params {
        learning_rate: 0.01,
        steps: 1001,
        seed: 1,
        plot: None,
    };
    common::main(USAGE, defaults, common::Params::set, run)
}
