//! From outputs to decisions: thresholds, the winning class, and how often the decision is
//! right. None of these has a gradient; they are for reading a trained model, not training it.

use crate::operand::IntoOperand;
use crate::ops::Op;
use crate::tensor::Tensor;

impl Tensor {
    /// 1 where this tensor is greater than `other`, else 0 (`tf.cast(h > 0.5, tf.float32)`).
    pub fn greater(&self, other: impl IntoOperand) -> Tensor {
        let other = self.operand(other.into_operand());
        self.build(Op::Greater(self.id(), other.id()))
    }

    /// 1 where this tensor equals `other`, else 0 (`tf.cast(tf.equal(a, b), tf.float32)`).
    pub fn equal(&self, other: impl IntoOperand) -> Tensor {
        let other = self.operand(other.into_operand());
        self.build(Op::Equal(self.id(), other.id()))
    }

    /// For each row of a matrix `[samples, classes]`, the index of its largest number, as a
    /// float (`tf.argmax(h, 1)`); a tie goes to the first.
    pub fn argmax(&self) -> Tensor {
        self.build(Op::ArgMax(self.id()))
    }
}

/// The share of predictions equal to the labels, from 0 to 1.
///
/// ```
/// use neuron_core::{decision, Graph};
/// let g = Graph::new();
/// let h = g.constant([[0.2], [0.9], [0.6], [0.4]]);
/// let predicted = h.greater(0.5);
/// let acc = decision::accuracy(&predicted, [[0.0], [1.0], [1.0], [1.0]]);
/// assert_eq!(acc.eval().unwrap().to_string(), "0.75");
/// ```
pub fn accuracy(predicted: &Tensor, labels: impl IntoOperand) -> Tensor {
    predicted.equal(labels).mean()
}
