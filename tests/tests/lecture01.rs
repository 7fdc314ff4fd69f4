//! Lecture 1's single neuron against the TensorFlow original, digit for digit.

use neuron_tests::{lecture01_reference, SingleNeuron};

/// The loop of the lecture's program: print before training, then after steps 0, 100, ...
fn printout(w0: f32, learning_rate: f32, steps: usize) -> Vec<String> {
    let n = SingleNeuron::new(w0, learning_rate).unwrap();
    let line = |n: &SingleNeuron| {
        format!(
            "w: {} cost: {}",
            n.w.eval().unwrap(),
            n.cost.eval().unwrap()
        )
    };
    let mut lines = vec![line(&n)];
    for i in 0..steps {
        n.train.run().unwrap();
        if i % 100 == 0 {
            lines.push(line(&n));
        }
    }
    lines.push((&n.w * [3.0]).eval().unwrap().to_string());
    lines
}

#[test]
fn library_reproduces_the_tensorflow_printout() {
    assert_eq!(printout(0.53458315, 0.01, 1001), lecture01_reference());
}

#[test]
fn float32_stalls_where_float64_would_creep_on() {
    // Near w = 1 the step 0.01 * 2 * (w - 1) falls below half an ulp of w: w stops moving.
    let n = SingleNeuron::new(0.53458315, 0.01).unwrap();
    for _ in 0..2000 {
        n.train.run().unwrap();
    }
    assert_eq!(n.w_now(), 0.99999857);
    let mut w = 0.53458315f64;
    for _ in 0..2000 {
        w -= 0.01 * 2.0 * (w - 1.0);
    }
    // float64 stalls too, but only within a few ulps of 1, a billion times closer.
    assert!((1.0 - w) < 1e-14, "float64 gets within 1e-14: {w}");
}

#[test]
fn each_step_shrinks_the_error_by_0_98() {
    // With x = y = 1: w - lr * 2 (w - 1) - 1 = (w - 1)(1 - 2 lr) = 0.98 (w - 1).
    let n = SingleNeuron::new(-2.0, 0.01).unwrap();
    let mut error = n.w_now() - 1.0;
    for _ in 0..50 {
        n.train.run().unwrap();
        let next = n.w_now() - 1.0;
        assert!(
            (next - 0.98 * error).abs() <= 1e-6 * error.abs().max(1e-3),
            "{next} vs {error}"
        );
        error = next;
    }
}

#[test]
fn the_lectures_hand_example() {
    // At w = 3: cost (3 - 1)² = 4, slope 2 (3 - 1) = 4, one step at 0.1 gives 3 - 0.4 = 2.6.
    let n = SingleNeuron::new(3.0, 0.1).unwrap();
    assert_eq!(n.cost.eval().unwrap().to_string(), "[4.]");
    n.train.run().unwrap();
    assert_eq!(n.w.eval().unwrap().to_string(), "[2.6]");
}

#[test]
fn learning_rate_one_oscillates_between_0_2_and_1_8() {
    // w - 2 (w - 1) = 2 - w: the step jumps over the minimum to the mirror point. In float32
    // 0.2 - 1 rounds to -0.8000000119, so the cycle is 1.8000001 <-> 0.19999993 (checked with
    // NumPy float32 arithmetic), forever.
    let n = SingleNeuron::new(0.2, 1.0).unwrap();
    for step in 0..1000 {
        n.train.run().unwrap();
        let expected = if step % 2 == 0 {
            "[1.8000001]"
        } else {
            "[0.19999993]"
        };
        assert_eq!(
            n.w.eval().unwrap().to_string(),
            expected,
            "after step {step}"
        );
    }
}

#[test]
fn learning_rate_one_half_lands_in_one_step() {
    let n = SingleNeuron::new(0.2, 0.5).unwrap();
    n.train.run().unwrap();
    assert_eq!(n.w_now(), 1.0);
    assert_eq!(n.cost.eval().unwrap().to_string(), "[0.]");
}

#[test]
fn learning_rate_1_1_diverges_and_says_so() {
    // |w - 1| grows by 1.2 each step: 0.8 · 1.2^n passes sqrt(f32::MAX) ≈ 1.8e19 near n = 244.
    let n = SingleNeuron::new(0.2, 1.1).unwrap();
    let error = (0..10_000)
        .find_map(|_| n.train.run().err())
        .expect("the run diverges");
    let message = error.to_string();
    assert_eq!(
        error,
        neuron_core::Error::Diverged {
            step: 245,
            cost: f32::INFINITY,
            learning_rate: 1.1
        }
    );
    assert!(message.contains("step 245"), "{message}");
    assert!(message.contains("learning rate 1.1"), "{message}");
    assert!(message.contains("smaller learning rate"), "{message}");
    // Nothing was changed by the failing step: w still holds its last finite value.
    assert!(n.w_now().is_finite());
    assert_eq!(n.train.steps_done(), 245);
}
