//! # neuron-core
//!
//! A single neuron, the computational graph behind it, and the pieces that make it learn, for
//! stepping through the lecture "뇌와 뉴런" (brain and neurons) and the course after it in Rust
//! notebooks.
//!
//! ## A tour, in the lecture's order
//!
//! **Data.** The lecture's whole data set is one sample: input 1, answer 1. An [`Array`] holds
//! float32 numbers with a shape and prints the way NumPy does.
//!
//! **The neuron** (신경세포 만들기). Its synapse strength is a variable `w`, drawn at random
//! ([`Graph::random_normal`], seeded) or given ([`Graph::variable`]). Its output is
//! `hypo = w * x`. Building that expression creates a node in a [`Graph`]; nothing is computed
//! until the value is asked for with [`Tensor::eval`].
//!
//! **The pain** (cost). How wrong the neuron is: [`cost::squared_error`], `(hypo - y)²`.
//!
//! **Learning** (신경세포 학습시키기). [`GradientDescent`] nudges `w` against the slope of the
//! cost; [`Optimizer::minimize`] turns that into a [`TrainStep`] to run again and again. The
//! slope comes from the graph itself by the chain rule, so no derivative is written by hand.
//!
//! ```
//! use neuron_core::{cost, Array, GradientDescent, Graph, Optimizer};
//!
//! let x_data = [1.0];
//! let y_data = [1.0];
//!
//! let g = Graph::new();
//! let w = g.variable([0.53458315]);
//! let hypo = &w * x_data;
//! let cost = cost::squared_error(&hypo, y_data);
//! let train = GradientDescent::new(0.01)?.minimize(&cost)?;
//!
//! assert_eq!(format!("w: {} cost: {}", w.eval()?, cost.eval()?), "w: [0.53458315] cost: [0.21661285]");
//! for _ in 0..1001 {
//!     train.run()?;
//! }
//! assert_eq!(format!("w: {} cost: {}", w.eval()?, cost.eval()?), "w: [0.99999857] cost: [2.046363e-12]");
//! assert_eq!((&w * [3.0]).eval()?.to_string(), "[2.9999957]");
//! # Ok::<(), neuron_core::Error>(())
//! ```
//!
//! **The picture.** [`plot::cost_curve`] draws the recorded costs; in a notebook the returned
//! [`Plot`] shows itself.
//!
//! ## Beyond lecture 1: the rest of the course
//!
//! The labs after lecture 1 use the same few nouns, grown one at a time:
//!
//! - **A bias and many samples** (lectures 3 and 4): `&w * x + &b` broadcasts as in NumPy;
//!   [`cost::mean_squared_error`] averages over the samples; [`Tensor::matmul`] takes several
//!   inputs at once. [`Tensor::gradients`] shows the chain rule's result for any node, so a hand
//!   calculation can be checked, and [`plot::error_curve`] draws E(w) with the steps taken on it.
//! - **Yes/no answers** (lecture 5): [`Tensor::sigmoid`] squashes a sum into (0, 1);
//!   [`cost::cross_entropy`] (as the course writes it) and [`cost::sigmoid_cross_entropy`]
//!   (stable for large sums) measure the pain; [`Tensor::greater`] and [`decision::accuracy`]
//!   read the decisions; [`plot::decision_boundary`] shows where the answer changes.
//! - **Several classes** (lecture 6): [`Tensor::softmax`], [`cost::softmax_cross_entropy`],
//!   [`Tensor::argmax`], and the [`Adam`] and [`Momentum`] optimisers with TensorFlow 1's rules.
//! - **Data fed at run time** (lecture 7): [`Graph::placeholder`] with [`Tensor::eval_with`] and
//!   [`TrainStep::run_with`]; a graph built on a constant keeps the numbers it was built with.
//! - **Deeper networks** (lecture 8): [`Tensor::relu`] and [`Tensor::tanh`], Xavier starting
//!   values ([`Graph::xavier`]), and [`plot::cost_curves`] to compare runs in one figure. The
//!   ON/OFF neuron of lecture 1 is [`Tensor::step`]: good for pictures, but it passes no gradient.
//!
//! ## Ground rules
//!
//! - Everything is float32, as in the lecture's TensorFlow, so the printed digits match it.
//! - Nothing is global: a graph is a value you hold, and every random function takes a seed or
//!   a generator you hold ([`init::rng`]).
//! - Mistakes are explained: a shape mismatch names both shapes, a bad learning rate is refused
//!   with its value, and a diverging run stops with the step and a hint ([`Error`]).

#![deny(missing_docs)]

mod activation;
mod adam;
mod array;
mod broadcast;
pub mod cost;
pub mod decision;
mod error;
mod gradient_descent;
mod graph;
pub mod init;
mod math;
mod momentum;
mod operand;
mod ops;
mod optimizer;
pub mod plot;
mod print;
mod tensor;

pub use adam::Adam;
pub use array::Array;
pub use error::Error;
pub use gradient_descent::GradientDescent;
pub use graph::Graph;
pub use momentum::Momentum;
pub use operand::{IntoOperand, Operand};
pub use optimizer::{Optimizer, TrainStep};
pub use plot::Plot;
pub use tensor::Tensor;
