//! Cross-entropy computed from the logits (the sums before the squashing), in forms that never
//! take the log of 0 however large the logits grow.
//!
//! Labels are data: they get no gradient.

use super::softmax::softmax as softmax_probabilities;
use crate::array::Array;

/// For one logit z and label y: -(y ln σ(z) + (1 - y) ln(1 - σ(z))), rewritten as
/// max(z, 0) - z·y + ln(1 + e^(-|z|)) so that neither log ever sees 0.
pub(crate) fn sigmoid(logits: &Array, labels: &Array) -> Array {
    let data = logits
        .as_slice()
        .iter()
        .zip(labels.as_slice())
        .map(|(&z, &y)| z.max(0.0) - z * y + (-z.abs()).exp().ln_1p())
        .collect();
    Array::from_parts(logits.shape().to_vec(), data)
}

/// dL/dz = σ(z) - y: the prediction minus the answer.
pub(crate) fn sigmoid_backward(logits: &Array, labels: &Array, grad: &Array) -> Vec<Array> {
    let data = logits
        .as_slice()
        .iter()
        .zip(labels.as_slice())
        .zip(grad.as_slice())
        .map(|((&z, &y), &g)| g * (1.0 / (1.0 + (-z).exp()) - y))
        .collect();
    vec![
        Array::from_parts(logits.shape().to_vec(), data),
        Array::zeros(labels.shape()),
    ]
}

/// For each row: -Σⱼ yⱼ ln softmax(z)ⱼ = ln Σⱼ e^(zⱼ - m) - Σⱼ yⱼ (zⱼ - m), m the row's maximum.
pub(crate) fn softmax(logits: &Array, labels: &Array) -> Array {
    let cols = logits.shape()[1];
    let data = logits
        .as_slice()
        .chunks(cols)
        .zip(labels.as_slice().chunks(cols))
        .map(|(z, y)| {
            let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let log_sum: f32 = z.iter().map(|&v| (v - max).exp()).sum::<f32>().ln();
            let picked: f32 = z.iter().zip(y).map(|(&v, &t)| t * (v - max)).sum();
            log_sum - picked
        })
        .collect();
    Array::from_parts(vec![logits.shape()[0]], data)
}

/// dLᵢ/dzᵢⱼ = softmax(zᵢ)ⱼ - yᵢⱼ, times the row's incoming gradient.
pub(crate) fn softmax_backward(logits: &Array, labels: &Array, grad: &Array) -> Vec<Array> {
    let cols = logits.shape()[1];
    let p = softmax_probabilities(logits);
    let data = p
        .as_slice()
        .chunks(cols)
        .zip(labels.as_slice().chunks(cols))
        .zip(grad.as_slice())
        .flat_map(|((p, y), &g)| p.iter().zip(y).map(move |(&p, &t)| g * (p - t)))
        .collect();
    vec![
        Array::from_parts(logits.shape().to_vec(), data),
        Array::zeros(labels.shape()),
    ]
}
