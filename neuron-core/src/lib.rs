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
