//! Random starting values: the seeded generator every random function takes, and the
//! initialisers that draw a variable's first value.

use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal, Uniform};

use crate::array::Array;
use crate::graph::Graph;
use crate::tensor::Tensor;

/// The random number generator used throughout: ChaCha with 8 rounds.
///
/// Unlike `rand::rngs::StdRng`, its output is documented never to change between versions or
/// machines, so a seed in a notebook gives the same weights for every student. It is a type of
/// this crate (not an alias of rand_chacha's) so that the evcxr kernel can name it when it keeps
/// `let mut rng = init::rng(1);` from one cell to the next.
#[derive(Clone, Debug)]
pub struct Rng(rand_chacha::ChaCha8Rng);

/// A generator seeded with `seed`. Hold it in a variable and pass `&mut` to it to several
/// [`Graph::random_normal_with`](crate::Graph::random_normal_with) calls.
pub fn rng(seed: u64) -> Rng {
    Rng(rand_chacha::ChaCha8Rng::seed_from_u64(seed))
}

impl Graph {
    /// A variable of the given shape whose numbers are drawn from the standard normal
    /// distribution N(0, 1), like TensorFlow's `tf.random_normal(shape)`.
    ///
    /// The same seed always gives the same numbers, on every machine.
    pub fn random_normal(&self, shape: &[usize], seed: u64) -> Tensor {
        self.random_normal_with(shape, &mut rng(seed))
    }

    /// Like [`random_normal`](Graph::random_normal), drawing from a generator you hold, so that
    /// several variables can share one seeded stream.
    pub fn random_normal_with(&self, shape: &[usize], rng: &mut Rng) -> Tensor {
        let count = shape.iter().product();
        let data: Vec<f32> = (0..count)
            .map(|_| StandardNormal.sample(&mut rng.0))
            .collect();
        self.variable(Array::from_parts(shape.to_vec(), data))
    }

    /// A weight matrix `[fan_in, fan_out]` with Xavier (Glorot) initialisation, as TensorFlow
    /// 1's `xavier_initializer()`: uniform on [-r, r] with r = √(6 / (fan_in + fan_out)).
    ///
    /// Each layer's outputs then vary about as much as its inputs, so signals neither die out
    /// nor blow up as they pass through many layers.
    ///
    /// ```
    /// # use neuron_core::Graph;
    /// let g = Graph::new();
    /// let w = g.xavier(784, 256, 1).eval().unwrap();
    /// let r = (6.0f32 / (784.0 + 256.0)).sqrt();
    /// assert_eq!(w.shape(), &[784, 256]);
    /// assert!(w.as_slice().iter().all(|x| x.abs() <= r));
    /// ```
    pub fn xavier(&self, fan_in: usize, fan_out: usize, seed: u64) -> Tensor {
        self.xavier_with(fan_in, fan_out, &mut rng(seed))
    }

    /// Like [`xavier`](Graph::xavier), drawing from a generator you hold.
    pub fn xavier_with(&self, fan_in: usize, fan_out: usize, rng: &mut Rng) -> Tensor {
        let limit = (6.0 / (fan_in + fan_out).max(1) as f32).sqrt();
        let uniform =
            Uniform::new_inclusive(-limit, limit).expect("the limit is finite and positive");
        let data: Vec<f32> = (0..fan_in * fan_out)
            .map(|_| uniform.sample(&mut rng.0))
            .collect();
        self.variable(Array::from_parts(vec![fan_in, fan_out], data))
    }
}
