//! Lecture 6, "로지스틱 회귀 2" (multi-class): four neurons sort the four points of the unit
//! square into four classes. The answers are one-hot rows, the four outputs (logits,
//! x · W + b with W a 2 × 4 matrix) become probabilities by softmax, and the cost is the softmax
//! cross-entropy, lowered by Adam. It prints the same lines as `notebooks/09-four-classes.ipynb`
//! for the same parameters and can write the decision boundary (the plane in four colours) to an
//! SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 09_four_classes -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Adam, Array, Graph, Optimizer};

const USAGE: &str = "usage: 09_four_classes [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         Adam's learning rate, a number above 0 (default 0.01)
  --steps N      training steps (default 1001)
  --seed S       seed for the random start of W and b (default 1)
  --plot FILE    also write the decision boundary to FILE (SVG)";

#[allow(non_snake_case)] // W, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The four corners of the unit square, each its own class, written one-hot.
    let x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 4]; 4] = [
        [1.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0],
        [0.0, 0.0, 0.0, 1.0],
    ];

    // Softmax turns any four scores into four probabilities that add up to 1.
    let g = Graph::new();
    let scores = g.constant([[2.0f32, 1.0, 0.0, -1.0]]);
    println!("softmax: {}", scores.softmax().eval()?);

    // 신경세포 만들기: four neurons side by side, one column of W and one b each.
    let mut rng = init::rng(p.seed);
    let W = g.random_normal_with(&[2, 4], &mut rng);
    let b = g.random_normal_with(&[4], &mut rng);
    let x = g.constant(x_data);
    let output = x.matmul(&W) + &b;

    // 신경세포 학습시키기: softmax cross-entropy, lowered by Adam.
    let cost = cost::softmax_cross_entropy(&output, y_data);
    let train = Adam::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: print every 100 steps, before the step (step 0 shows the start).
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    for step in 0..p.steps {
        if step % 100 == 0 {
            let cost_val = cost.eval()?;
            println!("{step} {cost_val}");
            cost_list.push((step, cost_val.item()?));
        }
        train.run()?;
    }
    if let Some(file) = &p.plot {
        plot::decision_boundary(&output, &x, &Array::from(x_data), &Array::from(y_data))?
            .save(file)?;
    }

    // 테스트: the scores, their probabilities, the winning class against the answer.
    let predicted = output.argmax();
    let answer = g.constant(y_data).argmax();
    let hit = predicted.equal(&answer);
    let accuracy = decision::accuracy(&predicted, &answer);
    println!("Logits: {}", output.eval()?);
    println!("Probabilities: {}", output.softmax().eval()?);
    println!("Predicted class: {}", predicted.eval()?);
    println!("Hit: {}", hit.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);
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
