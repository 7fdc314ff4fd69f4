//! Lecture 4, "선형회귀 2" (linear regression 2): the neuron with a bias, h = w * x + b, and the
//! computational graph behind gradient descent (forward values, local gradients, chain rule).
//! It prints the same lines as `notebooks/03-with-bias.ipynb` for the same parameters and can
//! write the cost plot to an SVG file.
//!
//! ```text
//! cargo run --release -p neuron-core --example 03_with_bias -- \
//!     [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
//! ```

use std::process::ExitCode;

mod common;

use neuron_core::{cost, init, plot, GradientDescent, Graph, Optimizer};

const USAGE: &str = "usage: 03_with_bias [--lr X] [--steps N] [--seed S] [--plot FILE.svg]
  --lr X         learning rate, a number above 0 (default 0.01)
  --steps N      training steps (default 1001)
  --seed S       seed for the random start of w and b (default 1)
  --plot FILE    also write the cost plot to FILE (SVG)";

fn run(p: &common::Params) -> Result<(), neuron_core::Error> {
    // The data: one input, one answer.
    let x_data: [f32; 1] = [1.0];
    let y_data: [f32; 1] = [1.0];

    // 신경세포 만들기: w and b drawn from N(0, 1), one seeded stream for both.
    let g = Graph::new();
    let mut rng = init::rng(p.seed);
    let w = g.random_normal_with(&[1], &mut rng);
    let b = g.random_normal_with(&[1], &mut rng);
    let hypo = &w * x_data + &b;

    // 신경세포 학습시키기.
    let cost = cost::squared_error(&hypo, y_data);
    let train = GradientDescent::new(p.learning_rate)?.minimize(&cost)?;

    // The lecture's computational graph, w = 3, no bias: forward pass.
    let g_hand = Graph::new();
    let w_hand = g_hand.variable([3.0]);
    let wx = &w_hand * x_data; // the × node
    let e = &wx - y_data; // the − node
    let big_e = e.pow(2.0); // the ² node
    println!(
        "forward: w*x = {}, e = w*x - y = {}, E = e^2 = {}",
        wx.eval()?,
        e.eval()?,
        big_e.eval()?
    );

    // Backward pass by hand: local gradients, multiplied along the path (chain rule).
    let e_val = e.eval()?.item()?;
    let de = 2.0 * e_val; // ∂E/∂e of E = e²
    let dwx = 1.0; // ∂e/∂(w*x) of e = w*x - y
    let dw = x_data[0]; // ∂(w*x)/∂w of w*x
    println!("local gradients: dE/de = {de}, de/d(w*x) = {dwx}, d(w*x)/dw = {dw}");
    println!(
        "chain rule: dE/dw = {de} * {dwx} * {dw} = {}",
        de * dwx * dw
    );

    // The library does the same walk backwards.
    let grads = big_e.gradients(&[&e, &wx, &w_hand])?;
    println!(
        "gradients: dE/de = {}, dE/d(w*x) = {}, dE/dw = {}",
        grads[0], grads[1], grads[2]
    );
    let lecture_step = GradientDescent::new(0.1)?.minimize(&big_e)?;
    lecture_step.run()?;
    println!("one step at learning rate 0.1: w = {}", w_hand.eval()?);

    // The + node of the bias passes its gradient on unchanged: with x = 1, w and b get the same.
    let start = cost.gradients(&[&w, &b])?;
    println!("at the start: dE/dw = {}, dE/db = {}", start[0], start[1]);
    let w_minus_b_start = (&w - &b).eval()?;

    // 반복 학습: print every 50 steps, before the step, as the course's program does.
    let mut cost_list: Vec<(usize, f32)> = Vec::new();
    for i in 0..p.steps {
        if i % 50 == 0 {
            let error_val = cost.eval()?;
            println!("{i} {} {} {}", w.eval()?, b.eval()?, error_val);
            cost_list.push((i, error_val.item()?));
        }
        train.run()?;
    }
    if let Some(file) = &p.plot {
        plot::cost_curve(&cost_list)?.save(file)?;
    }

    // 테스트/예측.
    println!("w + b = {}", (&w + &b).eval()?);
    println!(
        "w - b = {} (at the start {})",
        (&w - &b).eval()?,
        w_minus_b_start
    );
    println!("h(3) = 3w + b = {}", (&w * [3.0] + &b).eval()?);
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
