//! Training speed of neuron-core: `cargo bench -p neuron-core` (bench/run.sh records the figures
//! in BENCHMARKS.md). No timing library: each case runs in batches for about a second after a
//! warm-up, and the median batch gives the time per iteration.

use std::hint::black_box;
use std::time::{Duration, Instant};

use neuron_core::{cost, init, Adam, Array, GradientDescent, Graph, Optimizer, TrainStep};

/// TensorFlow 1's training step for lecture 1, measured on this machine (reference/lecture01.md:
/// the 1001-step cell took 0.35 to 0.45 s, about 0.4 ms a step).
const TF1_LECTURE_STEP_SECONDS: f64 = 0.4e-3;

/// Median seconds per call of `f`, from batches of calls that each take about 50 ms.
fn time_per_call(mut f: impl FnMut()) -> f64 {
    let warm_up = Instant::now();
    let mut calls_per_batch = 0u64;
    while warm_up.elapsed() < Duration::from_millis(200) {
        f();
        calls_per_batch += 1;
    }
    let calls_per_batch = (calls_per_batch / 4).max(1);
    let mut per_call = Vec::new();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(1) || per_call.len() < 5 {
        let batch = Instant::now();
        for _ in 0..calls_per_batch {
            f();
        }
        per_call.push(batch.elapsed().as_secs_f64() / calls_per_batch as f64);
    }
    per_call.sort_by(f64::total_cmp);
    per_call[per_call.len() / 2]
}

fn report(name: &str, seconds: f64, note: &str) {
    println!(
        "| {name} | {} | {:.0} | {note} |",
        pretty(seconds),
        1.0 / seconds
    );
}

fn pretty(seconds: f64) -> String {
    match seconds {
        s if s < 1e-3 => format!("{:.2} µs", s * 1e6),
        s if s < 1.0 => format!("{:.2} ms", s * 1e3),
        s => format!("{s:.2} s"),
    }
}

/// Lecture 1: h = w·x, cost (h - y)², gradient descent 0.01.
fn lecture01() -> (neuron_core::Tensor, TrainStep) {
    let g = Graph::new();
    let w = g.variable([0.53458315]);
    let cost = cost::squared_error(&(&w * [1.0]), [1.0]);
    let train = GradientDescent::new(0.01).unwrap().minimize(&cost).unwrap();
    (w, train)
}

/// A fully connected network with sigmoid (or ReLU) hidden layers, from one seeded stream.
fn network(
    sizes: &[usize],
    x: Array,
    y: Array,
    relu: bool,
    optimizer: impl Optimizer + 'static,
) -> TrainStep {
    let g = Graph::new();
    let mut rng = init::rng(7);
    let mut h = g.constant(x);
    for (k, pair) in sizes.windows(2).enumerate() {
        let w =
            g.random_normal_with(&[pair[0], pair[1]], &mut rng) * (1.0 / (pair[0] as f32).sqrt());
        let b = g.variable(Array::zeros(&[pair[1]]));
        let z = h.matmul(&w) + &b;
        let last = k + 2 == sizes.len();
        h = if last {
            z
        } else if relu {
            z.relu()
        } else {
            z.sigmoid()
        };
    }
    let cost = if sizes[sizes.len() - 1] == 1 {
        cost::sigmoid_cross_entropy(&h, y)
    } else {
        cost::softmax_cross_entropy(&h, y)
    };
    optimizer.minimize(&cost).unwrap()
}

fn main() {
    // `cargo test --benches` runs this file too: keep that quick.
    if std::env::args().any(|a| a == "--test") {
        return;
    }
    println!("| case | time per iteration | iterations per second | note |");
    println!("|---|---|---|---|");

    let (_, train) = lecture01();
    let step = time_per_call(|| train.run().unwrap());
    report(
        "lecture 1: one training step",
        step,
        &format!(
            "TensorFlow 1: 0.4 ms a step, {:.0}× slower",
            TF1_LECTURE_STEP_SECONDS / step
        ),
    );

    let run = time_per_call(|| {
        let (w, train) = lecture01();
        for _ in 0..1001 {
            train.run().unwrap();
        }
        black_box(w.eval().unwrap());
    });
    report(
        "lecture 1: build the graph and run 1001 steps",
        run,
        "TensorFlow 1: 0.35–0.45 s for the loop alone",
    );

    let xor_x = Array::from([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]);
    let xor_y = Array::from([[0.0], [1.0], [1.0], [0.0]]);
    let xor = network(
        &[2, 2, 1],
        xor_x,
        xor_y,
        false,
        GradientDescent::new(0.1).unwrap(),
    );
    report(
        "XOR 2-2-1 (sigmoid): forward + backward + update, 4 samples",
        time_per_call(|| xor.run().unwrap()),
        "gradient descent",
    );

    let mut rng = init::rng(1);
    let g = Graph::new();
    let x = g.random_normal_with(&[100, 784], &mut rng).eval().unwrap();
    let labels: Vec<f32> = (0..100 * 10)
        .map(|i| f32::from(u8::from(i % 10 == (i / 10) % 10)))
        .collect();
    let y = Array::new(vec![100, 10], labels).unwrap();
    let mlp = network(&[784, 256, 256, 10], x, y, true, Adam::new(0.001).unwrap());
    report(
        "MLP 784-256-256-10 (ReLU, softmax): forward + backward + Adam, batch of 100",
        time_per_call(|| mlp.run().unwrap()),
        "the MNIST lab's network",
    );
}
