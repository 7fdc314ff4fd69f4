//! Seeds give the same starting weights on every machine and in every version (value stability).

use neuron_core::{init, Graph};

#[test]
fn random_normal_is_value_stable() {
    // These numbers are the contract: changing them breaks every saved notebook's seed.
    let g = Graph::new();
    let w = g.random_normal(&[4], 1);
    assert_eq!(w.eval().unwrap().to_string(), EXPECTED_SEED_1);
}

#[test]
fn one_generator_feeds_several_variables() {
    let g = Graph::new();
    let mut rng = init::rng(7);
    let a = g.random_normal_with(&[2], &mut rng).eval().unwrap();
    let b = g.random_normal_with(&[2], &mut rng).eval().unwrap();
    let both = g.random_normal(&[4], 7).eval().unwrap();
    assert_eq!([a.as_slice(), b.as_slice()].concat(), both.as_slice());
}

#[test]
fn draws_look_standard_normal() {
    let g = Graph::new();
    let w = g.random_normal(&[10_000], 3).eval().unwrap();
    let n = w.len() as f64;
    let mean = w.as_slice().iter().map(|&x| f64::from(x)).sum::<f64>() / n;
    let var = w
        .as_slice()
        .iter()
        .map(|&x| (f64::from(x) - mean).powi(2))
        .sum::<f64>()
        / n;
    assert!(mean.abs() < 0.03, "mean {mean}");
    assert!((var - 1.0).abs() < 0.05, "variance {var}");
}

// ChaCha8 seeded with 1 (rand_chacha 0.9), through rand_distr 0.5's StandardNormal (ziggurat).
const EXPECTED_SEED_1: &str = "[-0.23484705 -1.4108177   0.33302864 -1.1267663 ]";
