//! Lecture 4, "선형회귀 2" (linear regression 2): one neuron, several samples. The cost becomes
//! the mean of the squared errors (MSE), and a placeholder lets the same graph run on new data.
//! It prints the same lines as `notebooks/04-multiple-data.ipynb` for the same parameters and
//! can write the cost plot to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 04_multiple_data -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, plot, Array, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 04_multiple_data [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.01)
  --steps N      training steps (default 1001)
  --seed S       seed for the random start of w (default 1)
  --plot FILE    also write the cost plot to FILE (SVG)";

fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The data: three samples, each answer equal to its input.
    let x_data: [f32; 3] = [1.0, 2.0, 3.0];
    let y_data: [f32; 3] = [1.0, 2.0, 3.0];

    // 신경세포 만들기: one weight, applied to every sample at once.
    let g = Graph::new();
    let w = g.random_normal(&[1], p.seed);
    let hypo = &w * x_data;
    println!("{hypo}");

    // 신경세포 학습시키기: the mean of the three squared errors.
    let cost = cost::mean_squared_error(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // 반복 학습: print every 50 steps, before the step.
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    for i in 0..p.steps {
        if i % 50 == 0 {
            let error_val = cost.eval()?;
            println!("{i} {} {}", w.eval()?, error_val);
            cost_list.push((i, error_val.item()?));
        }
        train.run()?;
    }
    if let Some(file) = &p.plot {
        plot::cost_curve(&cost_list)?.save(file)?;
    }

    // 테스트/예측: the trained neuron on its own data.
    println!("{}", hypo.eval()?);

    // New data in the Rust variable does not reach the graph: hypo kept the old numbers.
    let x_data: [f32; 3] = [4.0, 5.0, 6.0];
    println!("x_data = {x_data:?}, hypo still gives {}", hypo.eval()?);

    // A placeholder: data given when the graph runs.
    let x = g.placeholder("x", &[None]);
    let hypo_x = &w * &x;
    println!("{}", hypo_x.eval_with(&[(&x, Array::from(x_data))])?);
    println!(
        "{}",
        hypo_x.eval_with(&[(&x, Array::from([10.0f32, 20.0]))])?
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
