//! Lecture 4, "선형회귀 2" (linear regression 2): a neuron with two inputs, h = x · W + b, with
//! W a 2 × 1 matrix, trained on three samples. It prints the same lines as
//! `notebooks/05-multiple-inputs.ipynb` for the same parameters and can write the cost plot to
//! an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 05_multiple_inputs -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, init, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 05_multiple_inputs [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.01)
  --steps N      training steps (default 2001)
  --seed S       seed for the random start of W and b (default 1)
  --plot FILE    also write the cost plot to FILE (SVG)";

#[allow(non_snake_case)] // W, as in the course's programs
fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The data: three samples of two inputs each, one answer per sample.
    let x_data: [[f32; 2]; 3] = [[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]];
    let y_data: [[f32; 1]; 3] = [[1.0], [2.0], [3.0]];

    // 신경세포 만들기: a 2 x 1 weight matrix and a bias, from one seeded stream.
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let W = g.random_normal_with(&[2, 1], &mut rng);
    let b = g.random_normal_with(&[1], &mut rng);
    let x = g.constant(x_data);
    let hypo = x.matmul(&W) + &b;
    println!("{}", W.eval()?);
    println!("{}", hypo.eval()?);

    // 신경세포 학습시키기: mean squared error over the three samples.
    let cost = cost::mean_squared_error(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: W printed as one row [w1 w2] to keep one line per record.
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    let w_row = Array::from(W.eval()?.as_slice());
    println!("start {} {} {}", w_row, b.eval()?, cost.eval()?);
    for i in 0..p.steps {
        train.run()?;
        if i % 50 == 0 {
            let error_val = cost.eval()?;
            let w_row = Array::from(W.eval()?.as_slice());
            println!("{i} {} {} {}", w_row, b.eval()?, error_val);
            cost_list.push((i, error_val.item()?));
        }
    }
    if let Some(file) = &p.plot {
        plot::cost_curve(&cost_list)?.save(file)?;
    }

    // Only w1 + w2 matters when both inputs are equal; w1 - w2 keeps its start.
    let w_now = W.eval()?;
    let (w1, w2) = (w_now.as_slice()[0], w_now.as_slice()[1]);
    println!("w1 + w2 = {}, w1 - w2 = {}", w1 + w2, w1 - w2);

    // 테스트/예측: a sample the neuron has never seen.
    let hypo2 = g.constant([[4.0f32, 4.0]]).matmul(&W) + &b;
    println!("Answer: {}", hypo2.eval()?);
    Ok(())
}

fn main() -> ExitCode {
    let defaults = common::Params {
        learning_rate: 0.01,
        steps: 2001,
        seed: 1,
        plot: None,
    };
    common::main(USAGE, defaults, common::Params::set, run)
}
