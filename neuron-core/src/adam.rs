//! [`Adam`]: a step size of its own for every weight, from the gradient's recent history.

use crate::array::Array;
use crate::error::Error;
use crate::optimizer::{check_learning_rate, Optimizer};

/// Adam (TensorFlow 1's `AdamOptimizer`, with its defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8).
/// At step t = 1, 2, …:
///
/// ```text
/// m ← β₁ · m + (1 − β₁) · g            running mean of the gradient g
/// v ← β₂ · v + (1 − β₂) · g²           running mean of its square
/// αₜ = learning_rate · √(1 − β₂ᵗ) / (1 − β₁ᵗ)
/// w ← w − αₜ · m / (√v + ε)
/// ```
///
/// Dividing by √v makes the step about `learning_rate` long whatever the gradient's scale;
/// the factor in αₜ corrects m and v for starting at 0.
#[derive(Clone, Debug)]
pub struct Adam {
    learning_rate: f32,
    beta1: f32,
    beta2: f32,
    epsilon: f32,
    /// β₁ᵗ and β₂ᵗ for the current step.
    beta1_power: f32,
    beta2_power: f32,
    moments: Vec<Option<(Array, Array)>>,
}

impl Adam {
    /// Adam with the given learning rate (the course uses 0.01 and 0.001) and TensorFlow 1's
    /// defaults for the rest.
    pub fn new(learning_rate: f32) -> Result<Adam, Error> {
        Adam::with(learning_rate, 0.9, 0.999, 1e-8)
    }

    /// Adam with every hyperparameter given. β₁ and β₂ must lie in [0, 1), ε above 0.
    pub fn with(learning_rate: f32, beta1: f32, beta2: f32, epsilon: f32) -> Result<Adam, Error> {
        for (name, value) in [("beta1", beta1), ("beta2", beta2)] {
            if !(0.0..1.0).contains(&value) {
                return Err(Error::Hyperparameter {
                    name,
                    value,
                    range: "at least 0 and below 1",
                });
            }
        }
        if !(epsilon.is_finite() && epsilon > 0.0) {
            return Err(Error::Hyperparameter {
                name: "epsilon",
                value: epsilon,
                range: "a finite number above 0",
            });
        }
        Ok(Adam {
            learning_rate: check_learning_rate(learning_rate)?,
            beta1,
            beta2,
            epsilon,
            beta1_power: 1.0,
            beta2_power: 1.0,
            moments: Vec::new(),
        })
    }
}

impl Optimizer for Adam {
    fn learning_rate(&self) -> f32 {
        self.learning_rate
    }

    fn begin_step(&mut self) {
        self.beta1_power *= self.beta1;
        self.beta2_power *= self.beta2;
    }

    fn update(&mut self, slot: usize, value: &Array, grad: &Array) -> Array {
        if self.moments.len() <= slot {
            self.moments.resize(slot + 1, None);
        }
        let (m, v) = self.moments[slot]
            .get_or_insert_with(|| (Array::zeros(value.shape()), Array::zeros(value.shape())));
        let (b1, b2, eps) = (self.beta1, self.beta2, self.epsilon);
        let alpha = self.learning_rate * (1.0 - self.beta2_power).sqrt() / (1.0 - self.beta1_power);
        let mut new_value = value.clone();
        let moments = m.data_mut().iter_mut().zip(v.data_mut().iter_mut());
        for (((m, v), &g), w) in moments.zip(grad.as_slice()).zip(new_value.data_mut()) {
            // TensorFlow's kernel adds (g - m)(1 - β₁) rather than forming the mean afresh.
            *m += (g - *m) * (1.0 - b1);
            *v += (g * g - *v) * (1.0 - b2);
            *w -= (alpha * *m) / (v.sqrt() + eps);
        }
        new_value
    }
}
