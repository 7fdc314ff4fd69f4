//! Activation functions as methods on [`Tensor`]: what a neuron does with the sum of its inputs.
//! The rules and their slopes are in the graph's operations (`ops/activation.rs`).

use crate::ops::Op;
use crate::tensor::Tensor;

impl Tensor {
    /// 1 where a number is above 0, else 0: the ON/OFF neuron of lecture 1.
    ///
    /// Good for pictures and for thresholds, useless for training: its slope is 0 everywhere
    /// (and undefined at 0), so no gradient flows back through it and `minimize` cannot move
    /// the weights before it.
    ///
    /// ```
    /// # use neuron_core::Graph;
    /// let g = Graph::new();
    /// let fired = g.constant([-1.0, 0.0, 0.5]).step();
    /// assert_eq!(fired.eval().unwrap().to_string(), "[0. 0. 1.]");
    /// ```
    pub fn step(&self) -> Tensor {
        self.build(Op::Step(self.id()))
    }

    /// The sigmoid 1 / (1 + e^(-x)): a smooth ON/OFF that squashes any number into (0, 1).
    ///
    /// ```
    /// # use neuron_core::Graph;
    /// let g = Graph::new();
    /// assert_eq!(g.constant([0.0]).sigmoid().eval().unwrap().to_string(), "[0.5]");
    /// ```
    pub fn sigmoid(&self) -> Tensor {
        self.build(Op::Sigmoid(self.id()))
    }

    /// The hyperbolic tangent: like the sigmoid, but into (-1, 1) and centred on 0.
    pub fn tanh(&self) -> Tensor {
        self.build(Op::Tanh(self.id()))
    }

    /// ReLU, max(x, 0): passes positive numbers unchanged and silences negative ones.
    pub fn relu(&self) -> Tensor {
        self.build(Op::Relu(self.id()))
    }

    /// Softmax of each row of a matrix `[samples, classes]`: scores become probabilities that
    /// add up to 1 in every row.
    ///
    /// ```
    /// # use neuron_core::Graph;
    /// let g = Graph::new();
    /// let p = g.constant([[0.0, 0.0], [2.0, -1.0]]).softmax().eval().unwrap();
    /// assert_eq!(p.to_string(), "[[0.5        0.5       ]\n [0.95257413 0.04742587]]");
    /// ```
    pub fn softmax(&self) -> Tensor {
        self.build(Op::Softmax(self.id()))
    }
}
