//! Momentum, Adam and gradient descent, step by step, against TensorFlow 1's own optimisers.
//!
//! `tests/reference/optimizers_tf1.txt` was printed by `tests/reference/optimizers_tf1.py`
//! (tensorflow-cpu 2.21, `tensorflow.compat.v1` in graph mode): 20 steps of each optimiser on
//! the course's "multiple inputs" lab, h = x·W + b with MSE, from W = [[0.5], [-0.3]], b = [0.1].

use neuron_core::{cost, Adam, Array, GradientDescent, Graph, Momentum, Optimizer};

fn trajectory(name: &str, optimizer: impl Optimizer + 'static) -> Vec<String> {
    let g = Graph::new();
    let w = g.variable(Array::from_rows(&[[0.5], [-0.3]]));
    let b = g.variable([0.1]);
    let hypo = g.constant([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]).matmul(&w) + &b;
    let cost = cost::mean_squared_error(&hypo, [[1.0], [2.0], [3.0]]);
    let train = optimizer.minimize(&cost).unwrap();
    let mut lines = vec![name.to_string()];
    for step in 1..=20 {
        train.run().unwrap();
        // TensorFlow printed `W.ravel()`, a vector of two.
        let w_flat = Array::from(w.eval().unwrap().to_vec());
        let (b_now, c_now) = (b.eval().unwrap(), cost.eval().unwrap());
        lines.push(format!("{step} {w_flat} {b_now} {c_now}"));
    }
    lines
}

#[test]
fn optimisers_follow_tensorflow_step_by_step() {
    let reference: Vec<&str> = include_str!("../reference/optimizers_tf1.txt")
        .lines()
        .collect();
    let mut ours = trajectory("momentum 0.01 0.9", Momentum::new(0.01, 0.9).unwrap());
    ours.extend(trajectory("adam 0.1", Adam::new(0.1).unwrap()));
    ours.extend(trajectory(
        "gradient_descent 0.01",
        GradientDescent::new(0.01).unwrap(),
    ));
    assert_eq!(ours.len(), reference.len());
    for (ours, theirs) in ours.iter().zip(&reference) {
        assert_eq!(ours, theirs);
    }
}

#[test]
fn hyperparameters_out_of_range_are_refused() {
    let error = Momentum::new(0.01, 1.0).unwrap_err();
    assert_eq!(
        error.to_string(),
        "momentum = 1 is out of range: it must be at least 0 and below 1 (0.9 is usual)"
    );
    assert!(Adam::with(0.01, 0.9, 1.5, 1e-8)
        .unwrap_err()
        .to_string()
        .contains("beta2 = 1.5"));
    assert!(Adam::with(0.01, 0.9, 0.999, 0.0)
        .unwrap_err()
        .to_string()
        .contains("epsilon = 0"));
    assert!(Adam::new(f32::NAN)
        .unwrap_err()
        .to_string()
        .contains("learning rate NaN"));
}
