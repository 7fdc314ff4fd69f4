//! Comparisons and argmax: turning outputs into decisions (ON/OFF, a class). They have no
//! gradient: a small change of the input does not change a decision.

use crate::array::Array;
use crate::broadcast::zip_with;

/// 1 where a > b, else 0 (TensorFlow: `tf.cast(a > b, tf.float32)`).
pub(crate) fn greater(a: &Array, b: &Array, out: &[usize]) -> Array {
    zip_with(a, b, out, |p, q| f32::from(u8::from(p > q)))
}

/// 1 where a == b, else 0.
pub(crate) fn equal(a: &Array, b: &Array, out: &[usize]) -> Array {
    zip_with(a, b, out, |p, q| f32::from(u8::from(p == q)))
}

/// For each row, the position of its largest number (the first one on a tie), as a float.
pub(crate) fn argmax(x: &Array) -> Array {
    let cols = x.shape()[1];
    let data = x
        .as_slice()
        .chunks(cols)
        .map(|row| {
            let mut best = 0;
            for (j, &v) in row.iter().enumerate() {
                if v > row[best] {
                    best = j;
                }
            }
            best as f32
        })
        .collect();
    Array::from_parts(vec![x.shape()[0]], data)
}

/// Zero gradients for every input.
pub(crate) fn no_gradient(inputs: &[&Array]) -> Vec<Array> {
    inputs.iter().map(|x| Array::zeros(x.shape())).collect()
}
