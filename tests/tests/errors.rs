//! Mistakes a student makes get a message that names the values, and nothing is lost.

use std::panic::{catch_unwind, AssertUnwindSafe};

use neuron_core::{Array, Error, GradientDescent, Graph, Optimizer};

fn panic_message(f: impl FnOnce()) -> String {
    let payload = catch_unwind(AssertUnwindSafe(f)).expect_err("expected the cell to stop");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[test]
fn shape_mismatch_names_both_shapes_and_the_operation() {
    let g = Graph::new();
    let w = g.variable([1.0, 2.0]);
    let message = panic_message(|| {
        let _ = &w * [1.0, 2.0, 3.0];
    });
    assert_eq!(
        message,
        "cannot multiply shapes [2] and [3]: lined up from the last axis, each pair of lengths \
         must be equal or one of them 1"
    );
    let x = g.constant(Array::from_rows(&[[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]));
    let message = panic_message(|| {
        let _ = x.matmul(Array::from_rows(&[[1.0], [2.0], [3.0]]));
    });
    assert!(
        message.contains("matrix-multiply shapes [3, 2] and [3, 1]"),
        "{message}"
    );
    let message = panic_message(|| {
        let _ = x.matmul([1.0, 2.0]);
    });
    assert!(
        message.contains("[2]") && message.contains("matrices"),
        "{message}"
    );
    // The graph is unchanged by the refused operations, and w still works.
    assert_eq!(w.eval().unwrap().to_string(), "[1. 2.]");
}

#[test]
fn bad_learning_rates_are_refused_with_their_value() {
    for rate in [0.0, -0.01, f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let error = GradientDescent::new(rate).unwrap_err();
        assert!(
            matches!(error, Error::LearningRate { value } if value.to_bits() == rate.to_bits())
        );
        assert!(
            error
                .to_string()
                .contains(&format!("learning rate {rate} ")),
            "{error}"
        );
    }
}

#[test]
fn empty_data_is_refused() {
    let g = Graph::new();
    let w = g.variable([1.0]);
    let empty: Vec<f32> = Vec::new();
    let cost = (&w * &empty - &empty).pow(2.0);
    let error = GradientDescent::new(0.01)
        .unwrap()
        .minimize(&cost)
        .err()
        .unwrap();
    assert!(error.to_string().contains("is empty"), "{error}");
    let message = panic_message(|| {
        let _ = (&w * &empty).mean();
    });
    assert!(
        message.contains("mean of") && message.contains("[0]"),
        "{message}"
    );
    let error = neuron_core::plot::cost_curve(&[]).unwrap_err();
    assert!(error.to_string().contains("is empty"), "{error}");
}

#[test]
fn a_cost_without_variables_cannot_be_trained() {
    let g = Graph::new();
    let c = (g.constant([2.0]) - [1.0]).pow(2.0);
    let error = GradientDescent::new(0.01)
        .unwrap()
        .minimize(&c)
        .err()
        .unwrap();
    assert_eq!(error, Error::NoVariables);
}

#[test]
fn tensors_from_two_graphs_do_not_mix() {
    let (g1, g2) = (Graph::new(), Graph::new());
    let (a, b) = (g1.variable([1.0]), g2.variable([1.0]));
    let message = panic_message(|| {
        let _ = &a + &b;
    });
    assert!(message.contains("different graphs"), "{message}");
}

#[test]
fn placeholders_must_be_fed_with_the_declared_shape() {
    let g = Graph::new();
    let x = g.placeholder("x", &[None, Some(2)]);
    let w = g.variable(Array::from_rows(&[[1.0], [1.0]]));
    let h = x.matmul(&w);
    assert_eq!(h.eval().unwrap_err(), Error::NotFed { name: "x".into() });
    let error = h.eval_with(&[(&x, Array::from([1.0, 2.0]))]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "placeholder `x` takes shape [any, 2], but was fed shape [2]"
    );
    let fed = h.eval_with(&[(&x, Array::from_rows(&[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))]);
    assert_eq!(fed.unwrap().to_string(), "[[ 3.]\n [ 7.]\n [11.]]");
    let error = h.eval_with(&[(&w, Array::from([1.0]))]).unwrap_err();
    assert!(
        error.to_string().contains("this tensor is a variable"),
        "{error}"
    );
}

#[test]
fn assign_keeps_the_shape() {
    let g = Graph::new();
    let w = g.variable([1.0]);
    let error = w.assign([1.0, 2.0]).unwrap_err();
    assert!(error.to_string().contains("[1] and [2]"), "{error}");
    let error = (&w * 2.0).assign([1.0]).unwrap_err();
    assert!(
        error.to_string().contains("this tensor is a mul"),
        "{error}"
    );
}

#[test]
fn errors_read_the_same_through_question_mark() {
    // evcxr prints an `Err` from `?` with `Debug`: it must be the sentence, not a struct dump.
    let error = GradientDescent::new(-1.0).unwrap_err();
    assert_eq!(format!("{error:?}"), error.to_string());
}

#[test]
fn a_very_long_graph_is_built_run_and_dropped_without_recursion() {
    // A student's loop that keeps adding nodes: 300,000 of them must not overflow the stack.
    let g = Graph::new();
    let w = g.variable([0.0]);
    let mut t = w.clone();
    for _ in 0..300_000 {
        t = &t + 1.0;
    }
    assert_eq!(t.eval().unwrap().to_string(), "[300000.]");
    assert_eq!(t.gradients(&[&w]).unwrap()[0].as_slice(), &[1.0]);
    drop((t, w, g));
}
