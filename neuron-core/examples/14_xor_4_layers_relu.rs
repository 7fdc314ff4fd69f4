//! Lecture 8, "딥러닝" (deep learning): XOR with four layers, 2-2-2-1, the hidden layers made of
//! ReLU neurons. A ReLU passes the gradient back unchanged wherever it is ON, so every layer
//! learns and 1001 steps are enough. For comparison the same network with sigmoid hidden
//! neurons, from the same starting weights, stays stuck. It prints the same lines as
//! `notebooks/14-xor-4-layers-relu.ipynb` for the same parameters and can write both cost
//! curves in one figure to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 14_xor_4_layers_relu -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, decision, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 14_xor_4_layers_relu [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.2)
  --steps N      training steps, for each of the two networks (default 1001)
  --seed S       seed for the random start of all weights and biases (default 27)
  --plot FILE    also write the two cost curves, ReLU and sigmoid, to FILE (SVG)";

/// The mean size |g| of a gradient's numbers, as a float32 scalar (printed as NumPy does).
fn size(gradient: &Array) -> Array {
    let total: f32 = gradient.as_slice().iter().map(|v| v.abs()).sum();
    Array::scalar(total / gradient.len() as f32)
}

#[allow(non_snake_case)] // W1 ... W3, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The XOR truth table: the answer is 1 when exactly one input is 1.
    let x_data: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    let y_data: [[f32; 1]; 4] = [[0.0], [1.0], [1.0], [0.0]];

    // The slope of ReLU: 0 where it is OFF, 1 where it is ON.
    let g = Graph::new();
    let z = g.variable([-2.0f32, 0.5, 3.0]);
    println!("ReLU at -2, 0.5, 3: {}", z.relu().eval()?);
    println!(
        "ReLU slope at -2, 0.5, 3: {}",
        z.relu().gradients(&[&z])?[0]
    );

    // 신경망 만들기: two hidden layers of two ReLU neurons, one sigmoid output neuron.
    let mut rng = init::rng(p.seed);
    let x = g.constant(x_data);
    let W1 = g.random_normal_with(&[2, 2], &mut rng);
    let b1 = g.random_normal_with(&[2], &mut rng);
    let layer1 = (x.matmul(&W1) + &b1).relu();
    let W2 = g.random_normal_with(&[2, 2], &mut rng);
    let b2 = g.random_normal_with(&[2], &mut rng);
    let layer2 = (layer1.matmul(&W2) + &b2).relu();
    let W3 = g.random_normal_with(&[2, 1], &mut rng);
    let b3 = g.random_normal_with(&[1], &mut rng);
    let hypo = (layer2.matmul(&W3) + &b3).sigmoid();

    // 신경망 학습시키기: the mean cross-entropy, plain gradient descent.
    let cost = cost::cross_entropy(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // How hard the cost pulls on each layer's weights before training.
    let names = ["W1", "W2", "W3"];
    let grads = cost.gradients(&[&W1, &W2, &W3])?;
    for (name, grad) in names.iter().zip(&grads) {
        println!("{name} gradient size: {}", size(grad));
    }

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

    // 테스트: the answers, the decisions at 0.5 and the share of right ones.
    let predicted = hypo.greater(0.5);
    let accuracy = decision::accuracy(&predicted, y_data);
    println!("Hypo: {}", hypo.eval()?);
    println!("Predicted: {}", predicted.eval()?);
    println!("Accuracy(%): {}", (&accuracy * 100.0).eval()?);

    // 비교: the same network and the same starting weights (the same seed), sigmoid hidden
    // neurons instead of ReLU.
    let g_sig = Graph::new();
    let mut rng = init::rng(p.seed);
    let x_sig = g_sig.constant(x_data);
    let W1_sig = g_sig.random_normal_with(&[2, 2], &mut rng);
    let b1_sig = g_sig.random_normal_with(&[2], &mut rng);
    let layer1_sig = (x_sig.matmul(&W1_sig) + &b1_sig).sigmoid();
    let W2_sig = g_sig.random_normal_with(&[2, 2], &mut rng);
    let b2_sig = g_sig.random_normal_with(&[2], &mut rng);
    let layer2_sig = (layer1_sig.matmul(&W2_sig) + &b2_sig).sigmoid();
    let W3_sig = g_sig.random_normal_with(&[2, 1], &mut rng);
    let b3_sig = g_sig.random_normal_with(&[1], &mut rng);
    let hypo_sig = (layer2_sig.matmul(&W3_sig) + &b3_sig).sigmoid();
    let cost_sig = cost::cross_entropy(&hypo_sig, y_data);
    let train_sig = GradientDescent::new(p.learning_rate)?.minimize(&cost_sig)?;

    let grads = cost_sig.gradients(&[&W1_sig, &W2_sig, &W3_sig])?;
    for (name, grad) in names.iter().zip(&grads) {
        println!("sigmoid {name} gradient size: {}", size(grad));
    }
    let mut cost_list_sig: Vec<(usize, f32)> = Vec::new();
    for step in 0..p.steps {
        if step % 100 == 0 {
            let cost_val = cost_sig.eval()?;
            println!("sigmoid {step} {cost_val}");
            cost_list_sig.push((step, cost_val.item()?));
        }
        train_sig.run()?;
    }
    let accuracy_sig = decision::accuracy(&hypo_sig.greater(0.5), y_data);
    println!("sigmoid Hypo: {}", hypo_sig.eval()?);
    println!("sigmoid Accuracy(%): {}", (&accuracy_sig * 100.0).eval()?);

    if let Some(file) = &p.plot {
        plot::cost_curves(&[("ReLU", &cost_list[..]), ("sigmoid", &cost_list_sig[..])])?
            .save(file)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let defaults = common::Params {
        learning_rate: 0.2,
        steps: 1001,
        seed: 27,
        plot: None,
    };
    common::main(USAGE, defaults, common::Params::set, run)
}
