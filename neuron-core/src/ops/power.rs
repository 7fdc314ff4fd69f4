//! `x ** p`: the square in the lecture's cost `(hypo - y) ** 2`.

use crate::array::Array;

/// y = x^p. The square is computed as `x * x`, one rounding, as float32 arithmetic does.
pub(crate) fn pow(x: &Array, p: f32) -> Array {
    if p == 2.0 {
        x.map(|v| v * v)
    } else {
        x.map(|v| v.powf(p))
    }
}

/// dy/dx = p · x^(p-1). Written `(grad · p) · x^(p-1)` in that order, as TensorFlow does, so
/// the float32 roundings match (for p = 2 every product is exact but the last).
pub(crate) fn pow_backward(x: &Array, p: f32, grad: &Array) -> Array {
    let slope: Vec<f32> = x
        .as_slice()
        .iter()
        .zip(grad.as_slice())
        .map(|(&v, &g)| {
            let v_pow = if p == 2.0 { v } else { v.powf(p - 1.0) };
            (g * p) * v_pow
        })
        .collect();
    Array::from_parts(x.shape().to_vec(), slope)
}
