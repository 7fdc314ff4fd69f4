//! Powers, logs, sums and the matrix product as methods on [`Tensor`].

use crate::operand::IntoOperand;
use crate::ops::Op;
use crate::tensor::Tensor;

impl Tensor {
    /// Raises every number to the power `p` (Python's `** p`).
    pub fn pow(&self, p: f32) -> Tensor {
        self.build(Op::Pow(self.id(), p))
    }

    /// Squares every number: the same as `pow(2.0)`.
    pub fn square(&self) -> Tensor {
        self.pow(2.0)
    }

    /// The sum of all numbers, a scalar (TensorFlow's `reduce_sum`).
    pub fn sum(&self) -> Tensor {
        self.build(Op::Sum(self.id()))
    }

    /// The mean of all numbers, a scalar (TensorFlow's `reduce_mean`).
    ///
    /// Stops the cell with a message if the tensor holds no numbers.
    pub fn mean(&self) -> Tensor {
        self.build(Op::Mean(self.id()))
    }

    /// The matrix product `self · other` (TensorFlow's `matmul`): shapes `[n, k]` and `[k, m]`
    /// give `[n, m]`.
    pub fn matmul(&self, other: impl IntoOperand) -> Tensor {
        let other = self.operand(other.into_operand());
        self.build(Op::MatMul(self.id(), other.id()))
    }

    /// The natural logarithm of every number (`tf.log`).
    pub fn log(&self) -> Tensor {
        self.build(Op::Log(self.id()))
    }

    /// e to the power of every number (`tf.exp`).
    pub fn exp(&self) -> Tensor {
        self.build(Op::Exp(self.id()))
    }
}
