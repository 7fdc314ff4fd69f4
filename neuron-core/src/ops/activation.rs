//! How a neuron turns the sum of its inputs into its output.
//!
//! Lecture 1's neuron is ON or OFF ([`step`]). Training needs a slope, and a step has none
//! (flat everywhere, a cliff at 0), so learning neurons use smooth or piecewise-linear stand-ins:
//! the sigmoid squashes any sum into (0, 1), tanh into (-1, 1), and ReLU keeps positive sums and
//! silences negative ones.

use crate::array::Array;

/// y = 1 if x > 0, else 0: the biological neuron's all-or-nothing firing.
pub(crate) fn step(x: &Array) -> Array {
    x.map(|v| if v > 0.0 { 1.0 } else { 0.0 })
}

/// dy/dx = 0 everywhere it exists (and undefined at 0): no gradient reaches the weights, which
/// is why a network of step neurons cannot learn by gradient descent.
pub(crate) fn step_backward(x: &Array) -> Array {
    Array::zeros(x.shape())
}

/// y = 1 / (1 + e^(-x))
pub(crate) fn sigmoid(x: &Array) -> Array {
    x.map(|v| 1.0 / (1.0 + (-v).exp()))
}

/// dy/dx = y (1 - y): at most 1/4, the root of vanishing gradients in deep sigmoid networks.
pub(crate) fn sigmoid_backward(y: &Array, grad: &Array) -> Array {
    zip(y, grad, |y, g| g * y * (1.0 - y))
}

/// y = tanh x
pub(crate) fn tanh(x: &Array) -> Array {
    x.map(f32::tanh)
}

/// dy/dx = 1 - y²
pub(crate) fn tanh_backward(y: &Array, grad: &Array) -> Array {
    zip(y, grad, |y, g| g * (1.0 - y * y))
}

/// y = max(x, 0)
pub(crate) fn relu(x: &Array) -> Array {
    x.map(|v| if v > 0.0 { v } else { 0.0 })
}

/// dy/dx = 1 where x > 0, else 0: the gradient passes through active neurons unshrunk.
pub(crate) fn relu_backward(x: &Array, grad: &Array) -> Array {
    zip(x, grad, |x, g| if x > 0.0 { g } else { 0.0 })
}

/// `f(a, b)` for two arrays of one shape.
pub(crate) fn zip(a: &Array, b: &Array, f: impl Fn(f32, f32) -> f32) -> Array {
    let data = a
        .as_slice()
        .iter()
        .zip(b.as_slice())
        .map(|(&p, &q)| f(p, q))
        .collect();
    Array::from_parts(a.shape().to_vec(), data)
}
