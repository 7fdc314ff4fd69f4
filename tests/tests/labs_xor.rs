//! Lectures 7 and 8: XOR (notebooks 11-14). One neuron stays undecided at cost ln 2, a hidden
//! layer of two neurons learns it, four sigmoid layers get stuck (vanishing gradient) and the
//! same depth with ReLU learns it in 1001 steps.
//!
//! Every network draws all its weights, layer by layer (W then b), from one stream seeded with
//! the notebooks' seed, 27.

use neuron_core::{cost, decision, init, Array, GradientDescent, Graph, Optimizer, Tensor};
use neuron_tests::run_example;

const X_DATA: [[f32; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
const Y_DATA: [[f32; 1]; 4] = [[0.0], [1.0], [1.0], [0.0]];
/// The seed of notebooks 11-14.
const SEED: u64 = 27;

#[derive(Clone, Copy, PartialEq)]
enum Hidden {
    Sigmoid,
    Relu,
}

/// A fully connected XOR network with the given layer widths (`[2, 2, 1]` is the 2-2-1 net),
/// hidden neurons of the given kind and a sigmoid output neuron, trained by gradient descent on
/// the mean cross-entropy, as the notebooks build it.
struct Net {
    weights: Vec<Tensor>,
    hypo: Tensor,
    cost: Tensor,
    train: neuron_core::TrainStep,
}

impl Net {
    fn new(widths: &[usize], hidden: Hidden, learning_rate: f32, seed: u64) -> Net {
        let g = Graph::new();
        let mut rng = init::rng(seed);
        let mut layer = g.constant(X_DATA);
        let mut weights = Vec::new();
        for (k, pair) in widths.windows(2).enumerate() {
            let w = g.random_normal_with(&[pair[0], pair[1]], &mut rng);
            let b = g.random_normal_with(&[pair[1]], &mut rng);
            let z = layer.matmul(&w) + &b;
            let is_output = k + 2 == widths.len();
            layer = match hidden {
                Hidden::Relu if !is_output => z.relu(),
                _ => z.sigmoid(),
            };
            weights.push(w);
        }
        let cost = cost::cross_entropy(&layer, Y_DATA);
        let train = GradientDescent::new(learning_rate)
            .unwrap()
            .minimize(&cost)
            .unwrap();
        Net {
            weights,
            hypo: layer,
            cost,
            train,
        }
    }

    fn train_for(&self, steps: usize) {
        for _ in 0..steps {
            self.train.run().unwrap();
        }
    }

    fn cost_now(&self) -> f32 {
        self.cost.eval().unwrap().item().unwrap()
    }

    fn accuracy(&self) -> f32 {
        decision::accuracy(&self.hypo.greater(0.5), Y_DATA)
            .eval()
            .unwrap()
            .item()
            .unwrap()
    }

    /// The mean |gradient| of the cost for each layer's weight matrix, input side first.
    fn gradient_sizes(&self) -> Vec<f32> {
        let wrt: Vec<&Tensor> = self.weights.iter().collect();
        self.cost
            .gradients(&wrt)
            .unwrap()
            .iter()
            .map(|g| g.as_slice().iter().map(|v| v.abs()).sum::<f32>() / g.len() as f32)
            .collect()
    }
}

#[test]
fn one_neuron_ends_undecided_at_ln_2_and_50_percent() {
    let net = Net::new(&[2, 1], Hidden::Sigmoid, 0.1, SEED);
    net.train_for(20001);
    assert_eq!(net.cost.eval().unwrap().to_string(), "0.6931472");
    assert_eq!(
        net.hypo.eval().unwrap().to_string(),
        "[[0.5]\n [0.5]\n [0.5]\n [0.5]]"
    );
    assert_eq!(net.accuracy(), 0.5);
    // W and b have shrunk to next to nothing.
    let w = net.weights[0].eval().unwrap();
    assert!(w.as_slice().iter().all(|v| v.abs() < 1e-5), "{w}");
}

#[test]
fn no_straight_line_gets_all_four_xor_points_right() {
    // One sigmoid neuron, its weights set by hand to every line on a grid: at most 3 of 4.
    let g = Graph::new();
    let w = g.variable([[0.0f32], [0.0]]);
    let b = g.variable([0.0f32]);
    let hypo = (g.constant(X_DATA).matmul(&w) + &b).sigmoid();
    let accuracy = decision::accuracy(&hypo.greater(0.5), Y_DATA);
    let values: Vec<f32> = (-8..=8).map(|k| k as f32 * 0.5).collect();
    let mut best = 0.0f32;
    for &w1 in &values {
        for &w2 in &values {
            for &b0 in &values {
                w.assign([[w1], [w2]]).unwrap();
                b.assign([b0 + 0.25]).unwrap();
                best = best.max(accuracy.eval().unwrap().item().unwrap());
            }
        }
    }
    assert_eq!(best, 0.75);

    // The OR gate's line: three right, and a cost above ln 2 for the confident wrong answer.
    let cost = cost::cross_entropy(&hypo, Y_DATA);
    w.assign([[2.0], [2.0]]).unwrap();
    b.assign([-1.0]).unwrap();
    assert_eq!(accuracy.eval().unwrap().item().unwrap(), 0.75);
    assert_eq!(cost.eval().unwrap().to_string(), "0.99709314");
}

#[test]
fn two_two_one_learns_xor_with_the_committed_seed() {
    let net = Net::new(&[2, 2, 1], Hidden::Sigmoid, 0.1, SEED);
    net.train_for(20001);
    assert_eq!(net.accuracy(), 1.0);
    assert!(net.cost_now() < 0.01, "{}", net.cost_now());
}

#[test]
fn two_two_one_learns_with_most_seeds_and_the_rest_stop_at_a_plateau() {
    // 20 runs of 20001 steps: through the release build of the example twin (about 60 s in a
    // debug build of the library, under 10 s this way). 11 of the seeds 0..20 learn; each of the
    // others stops with two points right and two undecided, cost near (ln 2) / 2 = 0.347.
    // The plateau is the lab's, not the library's: the same program in TensorFlow 1
    // (tensorflow-cpu 2.21, tf.set_random_seed(0..20)) learned with 14 of 20 seeds, and this
    // library learns with 59 of the seeds 0..100, so "most seeds" holds and 16 of 20 does not.
    let mut learned = Vec::new();
    for seed in 0..20u64 {
        let out = run_example("12_xor_2_2_1", &["--seed", &seed.to_string()]);
        assert!(out.status.success(), "seed {seed}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let last_cost: f32 = stdout
            .lines()
            .find_map(|line| line.strip_prefix("20000 "))
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| panic!("seed {seed}: no cost at step 20000 in\n{stdout}"));
        if stdout.lines().any(|line| line == "Accuracy(%): 100.0") {
            assert!(last_cost < 0.02, "seed {seed}: {last_cost}");
            learned.push(seed);
        } else {
            assert!(
                stdout.lines().any(|line| line == "Accuracy(%): 50.0"),
                "seed {seed}:\n{stdout}"
            );
            assert!(
                (0.34..0.36).contains(&last_cost),
                "seed {seed}: {last_cost}"
            );
        }
    }
    assert!(learned.len() >= 11, "only seeds {learned:?} learn");
}

#[test]
fn four_sigmoid_layers_are_stuck_near_50_percent() {
    let net = Net::new(&[2, 2, 2, 2, 1], Hidden::Sigmoid, 0.2, SEED);
    net.train_for(10001);
    assert_eq!(net.accuracy(), 0.5);
    assert!(net.cost_now() > 0.69, "{}", net.cost_now());
    let h = net.hypo.eval().unwrap();
    assert!(
        h.as_slice().iter().all(|v| (v - 0.5).abs() < 0.01),
        "answers near 0.5: {h}"
    );
}

#[test]
fn in_four_sigmoid_layers_the_gradient_shrinks_toward_the_input() {
    let net = Net::new(&[2, 2, 2, 2, 1], Hidden::Sigmoid, 0.2, SEED);
    let sizes = net.gradient_sizes();
    assert!(sizes.windows(2).all(|p| p[0] < p[1]), "{sizes:?}");
    assert!(sizes[3] > 500.0 * sizes[0], "{sizes:?}");
    // For every seed the first layer gets a far weaker pull than the last.
    for seed in 0..20 {
        let sizes = Net::new(&[2, 2, 2, 2, 1], Hidden::Sigmoid, 0.2, seed).gradient_sizes();
        assert!(sizes[3] > 10.0 * sizes[0], "seed {seed}: {sizes:?}");
    }
}

#[test]
fn the_sigmoid_slope_is_a_quarter_at_most() {
    let g = Graph::new();
    let z = g.variable(Array::from(
        (-100..=100).map(|k| k as f32 * 0.1).collect::<Vec<f32>>(),
    ));
    let slopes = z.sigmoid().gradients(&[&z]).unwrap().remove(0);
    assert!(slopes.as_slice().iter().all(|&s| s <= 0.25));
    assert_eq!(slopes.as_slice()[100], 0.25);
    let z = g.variable([0.0f32, 2.0, 5.0]);
    assert_eq!(
        z.sigmoid().gradients(&[&z]).unwrap()[0].to_string(),
        "[0.25       0.10499363 0.00664803]"
    );
}

#[test]
fn relu_layers_learn_xor_in_1001_steps_where_sigmoid_layers_do_not() {
    let relu = Net::new(&[2, 2, 2, 1], Hidden::Relu, 0.2, SEED);
    let sigmoid = Net::new(&[2, 2, 2, 1], Hidden::Sigmoid, 0.2, SEED);
    // The same seed gives both the same starting weights.
    for (a, b) in relu.weights.iter().zip(&sigmoid.weights) {
        assert_eq!(a.eval().unwrap(), b.eval().unwrap());
    }
    // ReLU passes the gradient back at full strength; sigmoid weakens it.
    let (r, s) = (relu.gradient_sizes(), sigmoid.gradient_sizes());
    assert!(r[0] > 0.1 * r[2], "ReLU {r:?}");
    assert!(s[0] < 0.02 * s[2], "sigmoid {s:?}");

    relu.train_for(1001);
    sigmoid.train_for(1001);
    assert_eq!(relu.accuracy(), 1.0);
    assert!(relu.cost_now() < 0.02, "{}", relu.cost_now());
    assert_eq!(sigmoid.accuracy(), 0.5);
    assert!(sigmoid.cost_now() > 0.69, "{}", sigmoid.cost_now());
}

#[test]
fn a_dead_relu_layer_passes_no_gradient_back() {
    // Seed 12: the second hidden layer is OFF for all four inputs, so no weight gets a gradient
    // and only the output bias learns: every answer 0.5, cost ln 2.
    let net = Net::new(&[2, 2, 2, 1], Hidden::Relu, 0.2, 12);
    assert_eq!(net.gradient_sizes(), vec![0.0, 0.0, 0.0]);
    net.train_for(1001);
    assert_eq!(net.cost.eval().unwrap().to_string(), "0.6931472");
}
