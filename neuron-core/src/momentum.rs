//! [`Momentum`]: gradient descent that remembers where it was going.

use crate::array::Array;
use crate::error::Error;
use crate::optimizer::{check_learning_rate, Optimizer};

/// Gradient descent with momentum (TensorFlow 1's `MomentumOptimizer`, without Nesterov):
///
/// ```text
/// a ← momentum · a + ∂cost/∂w      (a starts at 0)
/// w ← w − learning_rate · a
/// ```
///
/// Steps that keep pointing the same way add up, so a long gentle slope is crossed faster,
/// and steps that flip back and forth cancel out.
#[derive(Clone, Debug)]
pub struct Momentum {
    learning_rate: f32,
    momentum: f32,
    accumulators: Vec<Option<Array>>,
}

impl Momentum {
    /// Momentum with the given learning rate and momentum (0.9 is the usual choice).
    ///
    /// Fails, naming the value, for a learning rate that is not a finite number above 0 or a
    /// momentum outside [0, 1).
    pub fn new(learning_rate: f32, momentum: f32) -> Result<Momentum, Error> {
        if !(0.0..1.0).contains(&momentum) {
            return Err(Error::Hyperparameter {
                name: "momentum",
                value: momentum,
                range: "at least 0 and below 1 (0.9 is usual)",
            });
        }
        Ok(Momentum {
            learning_rate: check_learning_rate(learning_rate)?,
            momentum,
            accumulators: Vec::new(),
        })
    }
}

impl Optimizer for Momentum {
    fn learning_rate(&self) -> f32 {
        self.learning_rate
    }

    fn update(&mut self, slot: usize, value: &Array, grad: &Array) -> Array {
        if self.accumulators.len() <= slot {
            self.accumulators.resize(slot + 1, None);
        }
        let accumulator =
            self.accumulators[slot].get_or_insert_with(|| Array::zeros(value.shape()));
        let (lr, mu) = (self.learning_rate, self.momentum);
        let mut new_value = value.clone();
        let parts = accumulator.data_mut().iter_mut().zip(grad.as_slice());
        for ((a, &g), w) in parts.zip(new_value.data_mut()) {
            *a = *a * mu + g;
            *w -= lr * *a;
        }
        new_value
    }
}
