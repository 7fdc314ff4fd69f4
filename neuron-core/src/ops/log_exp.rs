//! The natural logarithm and the exponential: the pieces of cross-entropy.

use super::activation::zip;
use crate::array::Array;

/// y = ln x (-inf at 0, NaN below it)
pub(crate) fn log(x: &Array) -> Array {
    x.map(f32::ln)
}

/// dy/dx = 1 / x, applied as `grad · (1/x)`, TensorFlow's order of roundings.
pub(crate) fn log_backward(x: &Array, grad: &Array) -> Array {
    zip(x, grad, |x, g| g * (1.0 / x))
}

/// y = e^x
pub(crate) fn exp(x: &Array) -> Array {
    x.map(f32::exp)
}

/// dy/dx = e^x = y
pub(crate) fn exp_backward(y: &Array, grad: &Array) -> Array {
    zip(y, grad, |y, g| g * y)
}
