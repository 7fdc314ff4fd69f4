//! `+ - * /` and negation, element by element with NumPy broadcasting.
//!
//! Each backward rule is the local derivative times the incoming gradient, summed back down to
//! the input's own shape where the input was stretched (see [`crate::broadcast`]).

use crate::array::Array;
use crate::broadcast::{sum_to_shape, zip_with};

/// y = a + b
pub(crate) fn add(a: &Array, b: &Array, out: &[usize]) -> Array {
    zip_with(a, b, out, |p, q| p + q)
}

/// dy/da = 1, dy/db = 1
pub(crate) fn add_backward(a: &Array, b: &Array, grad: &Array) -> Vec<Array> {
    vec![sum_to_shape(grad, a.shape()), sum_to_shape(grad, b.shape())]
}

/// y = a - b
pub(crate) fn sub(a: &Array, b: &Array, out: &[usize]) -> Array {
    zip_with(a, b, out, |p, q| p - q)
}

/// dy/da = 1, dy/db = -1
pub(crate) fn sub_backward(a: &Array, b: &Array, grad: &Array) -> Vec<Array> {
    vec![
        sum_to_shape(grad, a.shape()),
        sum_to_shape(&grad.map(|g| -g), b.shape()),
    ]
}

/// y = a * b
pub(crate) fn mul(a: &Array, b: &Array, out: &[usize]) -> Array {
    zip_with(a, b, out, |p, q| p * q)
}

/// dy/da = b, dy/db = a
pub(crate) fn mul_backward(a: &Array, b: &Array, grad: &Array) -> Vec<Array> {
    let shape = grad.shape();
    vec![
        sum_to_shape(&zip_with(grad, b, shape, |g, q| g * q), a.shape()),
        sum_to_shape(&zip_with(grad, a, shape, |g, p| g * p), b.shape()),
    ]
}

/// y = a / b
pub(crate) fn div(a: &Array, b: &Array, out: &[usize]) -> Array {
    zip_with(a, b, out, |p, q| p / q)
}

/// dy/da = 1 / b, dy/db = -a / b²
pub(crate) fn div_backward(a: &Array, b: &Array, grad: &Array) -> Vec<Array> {
    let shape = grad.shape();
    let grad_a = zip_with(grad, b, shape, |g, q| g / q);
    let a_over_b2 = zip_with(a, &b.map(|q| q * q), shape, |p, q2| p / q2);
    let grad_b = zip_with(grad, &a_over_b2, shape, |g, r| -g * r);
    vec![
        sum_to_shape(&grad_a, a.shape()),
        sum_to_shape(&grad_b, b.shape()),
    ]
}

/// y = -a
pub(crate) fn neg(a: &Array) -> Array {
    a.map(|p| -p)
}

/// dy/da = -1
pub(crate) fn neg_backward(grad: &Array) -> Array {
    grad.map(|g| -g)
}
