//! Softmax: a row of scores becomes a row of probabilities that add up to 1.

use crate::array::Array;

/// yᵢⱼ = e^(xᵢⱼ - mᵢ) / Σₖ e^(xᵢₖ - mᵢ), with mᵢ the row's maximum so no exponential overflows.
pub(crate) fn softmax(x: &Array) -> Array {
    let cols = x.shape()[1];
    let mut data = Vec::with_capacity(x.len());
    for row in x.as_slice().chunks(cols) {
        let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let exps: Vec<f32> = row.iter().map(|&v| (v - max).exp()).collect();
        let total: f32 = exps.iter().sum();
        data.extend(exps.iter().map(|e| e / total));
    }
    Array::from_parts(x.shape().to_vec(), data)
}

/// dL/dxᵢⱼ = yᵢⱼ (gᵢⱼ - Σₖ gᵢₖ yᵢₖ): raising one score lowers every other probability.
pub(crate) fn softmax_backward(y: &Array, grad: &Array) -> Array {
    let cols = y.shape()[1];
    let mut data = Vec::with_capacity(y.len());
    for (yr, gr) in y.as_slice().chunks(cols).zip(grad.as_slice().chunks(cols)) {
        let dot: f32 = yr.iter().zip(gr).map(|(y, g)| y * g).sum();
        data.extend(yr.iter().zip(gr).map(|(y, g)| y * (g - dot)));
    }
    Array::from_parts(y.shape().to_vec(), data)
}
