//! [`GradientDescent`]: step downhill, in proportion to the slope.

use crate::array::Array;
use crate::error::Error;
use crate::optimizer::{check_learning_rate, Optimizer};

/// Plain gradient descent (TensorFlow's `GradientDescentOptimizer`):
///
/// `w ← w − learning_rate · ∂cost/∂w`
///
/// The steeper the cost, the bigger the step; at the bottom the slope is 0 and `w` stays.
#[derive(Clone, Debug)]
pub struct GradientDescent {
    learning_rate: f32,
}

impl GradientDescent {
    /// Gradient descent with the given learning rate.
    ///
    /// Fails, naming the value, when the rate is zero, negative, infinite or NaN.
    ///
    /// ```
    /// use neuron_core::GradientDescent;
    /// assert!(GradientDescent::new(0.01).is_ok());
    /// let error = GradientDescent::new(-0.01).unwrap_err();
    /// assert!(error.to_string().contains("-0.01"));
    /// ```
    pub fn new(learning_rate: f32) -> Result<GradientDescent, Error> {
        Ok(GradientDescent {
            learning_rate: check_learning_rate(learning_rate)?,
        })
    }
}

impl Optimizer for GradientDescent {
    fn learning_rate(&self) -> f32 {
        self.learning_rate
    }

    fn update(&mut self, _slot: usize, value: &Array, grad: &Array) -> Array {
        let lr = self.learning_rate;
        // `grad * lr` first, then the subtraction: TensorFlow's order, two float32 roundings.
        let data = value
            .as_slice()
            .iter()
            .zip(grad.as_slice())
            .map(|(&w, &g)| w - g * lr)
            .collect();
        Array::from_parts(value.shape().to_vec(), data)
    }
}
