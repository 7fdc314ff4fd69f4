//! Lecture 8, "딥러닝" (deep learning): XOR with four layers of sigmoid neurons, 2-2-2-2-1.
//! More layers should help, yet the network is stuck near 50 %: each sigmoid multiplies the
//! gradient passing back through it by at most 1/4, so the first layers hardly move. The
//! program shows the gradient of the cost for each layer's weights before and after training.
//! It prints the same lines as `notebooks/13-xor-4-layers-sigmoid.ipynb` for the same
//! parameters and can write the cost curve to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 13_xor_4_layers_sigmoid -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str =
    "usage: 13_xor_4_layers_sigmoid [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.2)
  --steps N      training steps (default 10001)
  --seed S       seed for the random start of all weights and biases (default 27)
  --plot FILE    also write the cost curve to FILE (SVG)";

/// The mean size |g| of a gradient's numbers, as a float32 scalar (printed as NumPy does).
fn size(gradient: &Array) -> Array {
    let total: f32 = gradient.as_slice().iter().map(|v| v.abs()).sum();
    Array::scalar(total / gradient.len() as f32)
}

#[allow(non_snake_case)] // W1 ... W4, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The XOR truth table: the answer is 1 when exactly one input is 1.
    let x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 1]; 4] = [[0.0], [1.0], [1.0], [0.0]];

    // 신경망 만들기: three hidden layers of two sigmoid neurons, one output neuron.
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let x = g.constant(x_data);
    let W1 = g.random_normal_with(&[2, 2], &mut rng);
    let b1 = g.random_normal_with(&[2], &mut rng);
    let layer1 = (x.matmul(&W1) + &b1).sigmoid();
    let W2 = g.random_normal_with(&[2, 2], &mut rng);
    let b2 = g.random_normal_with(&[2], &mut rng);
    let layer2 = (layer1.matmul(&W2) + &b2).sigmoid();
    let W3 = g.random_normal_with(&[2, 2], &mut rng);
    let b3 = g.random_normal_with(&[2], &mut rng);
    let layer3 = (layer2.matmul(&W3) + &b3).sigmoid();
    let W4 = g.random_normal_with(&[2, 1], &mut rng);
    let b4 = g.random_normal_with(&[1], &mut rng);
    let hypo = (layer3.matmul(&W4) + &b4).sigmoid();

    // 신경망 학습시키기: the mean cross-entropy, plain gradient descent.
    let cost = cost::cross_entropy(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // How hard the cost pulls on each layer's weights before training: the further from the
    // output, the weaker.
    let names = ["W1", "W2", "W3", "W4"];
    let grads = cost.gradients(&[&W1, &W2, &W3, &W4])?;
    for (name, grad) in names.iter().zip(&grads) {
        println!("{name} gradient size: {}", size(grad));
    }

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
    if let Some(file) = &p.plot {
        plot::cost_curve(&cost_list)?.save(file)?;
    }

    // 테스트: the answers, the decisions at 0.5 and the share of right ones.
    let predicted = hypo.greater(0.5);
    let accuracy = decision::accuracy(&predicted, y_data);
    println!("Hypo: {}", hypo.eval()?);
    println!("Predicted: {}", predicted.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);

    // Why: the slope of the sigmoid, sigmoid(z) (1 - sigmoid(z)), is 1/4 at most (at z = 0),
    // and the gradient passing back through a layer is multiplied by it.
    let z = g.variable([0.0f32, 2.0, 5.0]);
    println!(
        "sigmoid slope at 0, 2, 5: {}",
        z.sigmoid().gradients(&[&z])?[0]
    );

    // The gradients after training: still tiny everywhere.
    let grads = cost.gradients(&[&W1, &W2, &W3, &W4])?;
    for (name, grad) in names.iter().zip(&grads) {
        println!("{name} gradient size: {}", size(grad));
    }
    Ok(())
}

fn main() -> ExitCode {
    let defaults = common::Params {
        learning_rate: 0.2,
        steps: 10001,
        seed: 27,
        plot: None,
    };
    common::main(USAGE, defaults, common::Params::set, run)
}
