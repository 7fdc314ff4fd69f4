//! Shared pieces of the workspace-level tests (the tests themselves live in `tests/tests/`).

use neuron_core::{cost, Error, GradientDescent, Graph, Optimizer, Tensor};

/// The lecture's single neuron, built as the notebook builds it: `hypo = w * x`,
/// `cost = (hypo - y)²`, plain gradient descent.
pub struct SingleNeuron {
    /// The synapse strength.
    pub w: Tensor,
    /// `(w * x - y)²`.
    pub cost: Tensor,
    /// One gradient-descent step on `cost`.
    pub train: neuron_core::TrainStep,
}

impl SingleNeuron {
    /// The neuron for `x = y = 1`, starting at `w0`.
    pub fn new(w0: f32, learning_rate: f32) -> Result<SingleNeuron, Error> {
        let g = Graph::new();
        let w = g.variable([w0]);
        let cost = cost::squared_error(&(&w * [1.0]), [1.0]);
        let train = GradientDescent::new(learning_rate)?.minimize(&cost)?;
        Ok(SingleNeuron { w, cost, train })
    }

    /// The current `w` as a plain number.
    pub fn w_now(&self) -> f32 {
        self.w
            .eval()
            .and_then(|w| w.item())
            .expect("w holds one number")
    }
}

/// The reference printout of lecture 1 (TensorFlow 1 from w = 0.53458315), one line per item.
pub fn lecture01_reference() -> Vec<String> {
    include_str!("../reference/lecture01.txt")
        .lines()
        .map(str::to_string)
        .collect()
}

/// Runs `cargo run --release -p neuron-core --example NAME -- ARGS` and returns its output.
pub fn run_example(name: &str, args: &[&str]) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    std::process::Command::new(cargo)
        .args([
            "run",
            "-q",
            "--release",
            "-p",
            "neuron-core",
            "--example",
            name,
            "--",
        ])
        .args(args)
        .output()
        .expect("cargo runs")
}
