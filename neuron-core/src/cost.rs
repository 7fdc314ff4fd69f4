//! Cost functions: how much the neuron "hurts" for being wrong (the lecture's pain).

use crate::tensor::{IntoOperand, Tensor};

/// `(hypo - y)²`, number by number: the lecture's cost for one sample.
///
/// ```
/// use neuron_core::{cost, Graph};
/// let g = Graph::new();
/// let w = g.variable([3.0]);
/// let c = cost::squared_error(&(&w * [1.0]), [1.0]);
/// assert_eq!(c.eval().unwrap().to_string(), "[4.]");
/// ```
pub fn squared_error(hypo: &Tensor, y: impl IntoOperand) -> Tensor {
    (hypo - y).pow(2.0)
}

/// The mean of `(hypo - y)²` over every sample: one number however many samples there are.
///
/// ```
/// use neuron_core::{cost, Graph};
/// let g = Graph::new();
/// let w = g.variable([2.0]);
/// let c = cost::mean_squared_error(&(&w * [1.0, 2.0, 3.0]), [1.0, 2.0, 3.0]);
/// // errors 1, 2, 3: (1 + 4 + 9) / 3
/// assert_eq!(c.eval().unwrap().item().unwrap(), 14.0 / 3.0);
/// ```
pub fn mean_squared_error(hypo: &Tensor, y: impl IntoOperand) -> Tensor {
    squared_error(hypo, y).mean()
}
