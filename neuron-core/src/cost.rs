//! Cost functions: how much the neuron "hurts" for being wrong (the lecture's pain).

use crate::operand::IntoOperand;
use crate::ops::Op;
use crate::tensor::Tensor;

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

/// Cross-entropy of a sigmoid output `h` against labels `y` in {0, 1}, averaged:
/// mean(-(y ln h + (1 - y) ln(1 - h))), written out as the course's programs write it.
///
/// It is infinite when `h` reaches exactly 0 or 1 on the wrong side; for training on large
/// logits prefer [`sigmoid_cross_entropy`], which never takes the log of 0.
pub fn cross_entropy(h: &Tensor, y: impl IntoOperand) -> Tensor {
    let y = h.operand(y.into_operand());
    let ones_minus_y = 1.0 - &y;
    let picked = &y * h.log() + ones_minus_y * (1.0 - h).log();
    (-picked).mean()
}

/// Cross-entropy of `sigmoid(logits)` against labels in {0, 1}, averaged, computed from the
/// logits so that it stays finite however large they grow
/// (`tf.nn.sigmoid_cross_entropy_with_logits`, then `reduce_mean`).
///
/// ```
/// use neuron_core::{cost, Graph};
/// let g = Graph::new();
/// let z = g.constant([0.0, 100.0]);
/// // ln 2 for the undecided logit, and nearly nothing for the confident right one
/// let c = cost::sigmoid_cross_entropy(&z, [1.0, 1.0]);
/// assert_eq!(c.eval().unwrap().to_string(), "0.3465736");
/// ```
pub fn sigmoid_cross_entropy(logits: &Tensor, labels: impl IntoOperand) -> Tensor {
    let labels = logits.operand(labels.into_operand());
    logits
        .build(Op::SigmoidCrossEntropy {
            logits: logits.id(),
            labels: labels.id(),
        })
        .mean()
}

/// Softmax cross-entropy of each row of `logits` `[samples, classes]` against one-hot labels
/// of the same shape, averaged over the samples
/// (`tf.nn.softmax_cross_entropy_with_logits`, then `reduce_mean`).
///
/// ```
/// use neuron_core::{cost, Graph};
/// let g = Graph::new();
/// let z = g.constant([[0.0, 0.0, 0.0, 0.0]]);
/// // four equal scores: probability 1/4 for the right class, cost ln 4
/// let c = cost::softmax_cross_entropy(&z, [[0.0, 1.0, 0.0, 0.0]]);
/// assert_eq!(c.eval().unwrap().to_string(), "1.3862944");
/// ```
pub fn softmax_cross_entropy(logits: &Tensor, labels: impl IntoOperand) -> Tensor {
    let labels = logits.operand(labels.into_operand());
    logits
        .build(Op::SoftmaxCrossEntropy {
            logits: logits.id(),
            labels: labels.id(),
        })
        .mean()
}
