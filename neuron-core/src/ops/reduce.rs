//! Sum and mean over every number: how many samples' errors become one cost.

use crate::array::Array;

/// y = Σ x
pub(crate) fn sum(x: &Array) -> Array {
    Array::scalar(x.as_slice().iter().sum())
}

/// dy/dxᵢ = 1: every input gets the incoming gradient.
pub(crate) fn sum_backward(x: &Array, grad: &Array) -> Array {
    Array::full(x.shape(), grad.as_slice()[0])
}

/// y = (Σ x) / m, the sum first and then one division, as TensorFlow's `reduce_mean` does.
pub(crate) fn mean(x: &Array) -> Array {
    let total: f32 = x.as_slice().iter().sum();
    Array::scalar(total / x.len() as f32)
}

/// dy/dxᵢ = 1/m: each of the m inputs gets an equal share of the gradient.
pub(crate) fn mean_backward(x: &Array, grad: &Array) -> Array {
    Array::full(x.shape(), grad.as_slice()[0] / x.len() as f32)
}
