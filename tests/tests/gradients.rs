//! Every operation's backward rule against the slope measured by finite differences, plus
//! exact values for small hand-checkable cases.

use neuron_core::{Array, Graph, Tensor};

/// Checks d(cost)/d(each variable) from the graph against central differences
/// (f(v + h) - f(v - h)) / 2h, number by number.
fn check<const N: usize>(inputs: [Array; N], build: impl Fn(&[Tensor]) -> Tensor) {
    let g = Graph::new();
    let vars: Vec<Tensor> = inputs.iter().map(|a| g.variable(a.clone())).collect();
    let cost = build(&vars).sum();
    let wrt: Vec<&Tensor> = vars.iter().collect();
    let analytic = cost.gradients(&wrt).unwrap();
    let h = 1e-2f32;
    for (k, var) in vars.iter().enumerate() {
        let start = inputs[k].to_vec();
        for i in 0..start.len() {
            let at = |delta: f32| {
                let mut moved = start.clone();
                moved[i] += delta;
                var.assign(Array::new(inputs[k].shape().to_vec(), moved).unwrap())
                    .unwrap();
                f64::from(cost.eval().unwrap().item().unwrap())
            };
            let numeric = (at(h) - at(-h)) / (2.0 * f64::from(h));
            var.assign(inputs[k].clone()).unwrap();
            let exact = f64::from(analytic[k].as_slice()[i]);
            let tolerance = 2e-3 * exact.abs().max(1.0);
            assert!(
                (numeric - exact).abs() < tolerance,
                "input {k}, number {i}: graph says {exact}, finite difference {numeric}"
            );
        }
    }
}

fn a(values: &[f32]) -> Array {
    Array::from(values.to_vec())
}

fn m(rows: usize, values: &[f32]) -> Array {
    Array::new(vec![rows, values.len() / rows], values.to_vec()).unwrap()
}

#[test]
fn add_sub_mul_div_neg() {
    let (x, y) = (a(&[0.5, -1.5, 2.0]), a(&[1.25, 0.75, -2.5]));
    check([x.clone(), y.clone()], |v| &v[0] + &v[1]);
    check([x.clone(), y.clone()], |v| &v[0] - &v[1]);
    check([x.clone(), y.clone()], |v| &v[0] * &v[1]);
    check([x.clone(), y.clone()], |v| &v[0] / &v[1]);
    check([x], |v| -&v[0]);
}

#[test]
fn broadcasting_sums_the_gradient_of_a_shared_weight() {
    // h = w * x over three samples: dh/dw collects x from each.
    check([a(&[0.7]), a(&[1.0, 2.0, 3.0])], |v| &v[0] * &v[1]);
    // A bias [1] added to a column [3, 1], and a row [2] added to a matrix [3, 2].
    check([m(3, &[1.0, 2.0, 3.0]), a(&[0.3])], |v| {
        (&v[0] + &v[1]).pow(2.0)
    });
    check(
        [m(3, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), a(&[0.3, -0.2])],
        |v| &v[0] * &v[1],
    );
    check([m(2, &[1.0, 2.0]), a(&[0.3, -0.2, 0.1])], |v| {
        &v[0] / (&v[1] + 2.0)
    });
}

#[test]
fn powers() {
    check([a(&[0.5, -1.5, 2.0])], |v| v[0].pow(2.0));
    check([a(&[0.5, 1.5, 2.0])], |v| v[0].pow(3.0));
    check([a(&[0.5, 1.5, 2.0])], |v| v[0].pow(0.5));
}

#[test]
fn sum_and_mean() {
    check([m(2, &[0.5, -1.5, 2.0, 4.0])], |v| v[0].mean());
    check([m(2, &[0.5, -1.5, 2.0, 4.0])], |v| {
        v[0].pow(2.0).sum() * 0.5
    });
}

#[test]
fn matrix_product() {
    let x = m(3, &[1.0, 1.0, 2.0, 2.0, 3.0, 3.0]);
    let w = m(2, &[0.4, -0.3]);
    check([x, w], |v| v[0].matmul(&v[1]).pow(2.0));
}

#[test]
fn a_node_used_twice_gets_both_shares() {
    // c = w * w + w: dc/dw = 2w + 1 = 4 at w = 1.5, exactly.
    let g = Graph::new();
    let w = g.variable([1.5]);
    let c = &w * &w + &w;
    assert_eq!(c.gradients(&[&w]).unwrap()[0].as_slice(), &[4.0]);
}

#[test]
fn mean_squared_error_by_hand() {
    // w = 2, x = y = [1, 2, 3]: errors e = [1, 2, 3], cost = (1 + 4 + 9) / 3,
    // dcost/dw = (2/3) Σ e x = (2/3)(1 + 4 + 9) = 28/3.
    let g = Graph::new();
    let w = g.variable([2.0]);
    let cost = neuron_core::cost::mean_squared_error(&(&w * [1.0, 2.0, 3.0]), [1.0, 2.0, 3.0]);
    assert_eq!(cost.eval().unwrap().item().unwrap(), 14.0 / 3.0);
    // In float32 the share 1/3 rounds up (0.33333334), so the sum lands one ulp above
    // 28/3 = 9.333333: 9.333334.
    assert_eq!(cost.gradients(&[&w]).unwrap()[0].to_string(), "[9.333334]");
}

#[test]
fn gradient_with_respect_to_an_inner_node() {
    // Lecture 4's graph: hypo = w·x, e = hypo - y, cost = e². dcost/dhypo = 2e = 4 at w = 3,
    // and dcost/dw = 2e·x = 4 too: asking for both must not cut the path to w.
    let g = Graph::new();
    let w = g.variable([3.0]);
    let hypo = &w * [1.0];
    let cost = (&hypo - [1.0]).pow(2.0);
    let grads = cost.gradients(&[&hypo, &w]).unwrap();
    assert_eq!(grads[0].as_slice(), &[4.0]);
    assert_eq!(grads[1].as_slice(), &[4.0]);
}

#[test]
fn activations() {
    let x = a(&[-1.5, -0.3, 0.4, 2.0]);
    check([x.clone()], |v| v[0].sigmoid());
    check([x.clone()], |v| v[0].tanh());
    // ReLU's kink is at 0: keep every point a finite-difference step away from it.
    check([x.clone()], |v| v[0].relu() * 1.5);
    check([a(&[0.5, 1.5, 3.0])], |v| v[0].log());
    check([x], |v| v[0].exp());
}

#[test]
fn the_step_neuron_passes_no_gradient() {
    let g = Graph::new();
    let w = g.variable([0.5]);
    let out = (&w * [2.0]).step();
    assert_eq!(out.eval().unwrap().to_string(), "[1.]");
    assert_eq!(out.gradients(&[&w]).unwrap()[0].to_string(), "[0.]");
}

#[test]
fn softmax_and_the_cross_entropies() {
    let logits = m(2, &[0.5, -1.0, 2.0, 0.1, 0.3, -0.7]);
    // Weighting the outputs makes the gradient depend on each probability separately.
    check([logits.clone()], |v| v[0].softmax() * [1.0, 2.0, 3.0]);
    check([logits.clone()], |v| {
        neuron_core::cost::softmax_cross_entropy(&v[0], [[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    });
    check([a(&[-2.0, -0.5, 0.5, 3.0])], |v| {
        neuron_core::cost::sigmoid_cross_entropy(&v[0], [0.0, 1.0, 1.0, 0.0])
    });
    check([a(&[0.2, 0.7, 0.4])], |v| {
        neuron_core::cost::cross_entropy(&v[0], [0.0, 1.0, 1.0])
    });
}

#[test]
fn cross_entropy_slope_is_prediction_minus_answer() {
    // d/dz of the sigmoid cross-entropy is σ(z) - y: at z = 0, y = 1 that is -0.5 (mean of one).
    let g = Graph::new();
    let z = g.variable([0.0]);
    let c = neuron_core::cost::sigmoid_cross_entropy(&z, [1.0]);
    assert_eq!(c.gradients(&[&z]).unwrap()[0].to_string(), "[-0.5]");
    // Huge logits stay finite where the written-out formula reaches log(0).
    let big = g.constant([200.0]);
    let stable = neuron_core::cost::sigmoid_cross_entropy(&big, [0.0]);
    assert_eq!(stable.eval().unwrap().to_string(), "200.0");
    let naive = neuron_core::cost::cross_entropy(&big.sigmoid(), [0.0]);
    assert_eq!(naive.eval().unwrap().to_string(), "inf");
}
