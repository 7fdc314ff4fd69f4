//! Matrix product `x · W`: every sample (a row of x) through every neuron (a column of W).

use crate::array::Array;
use crate::error::Error;

/// [n, k] · [k, m] = [n, m]; anything else is refused with both shapes.
pub(crate) fn infer_shape(a: &[usize], b: &[usize]) -> Result<Vec<usize>, Error> {
    for shape in [a, b] {
        if shape.len() != 2 {
            return Err(Error::BadShape {
                op: "matrix-multiply",
                shape: shape.to_vec(),
                needs: "both sides must be matrices (2 axes), such as [3, 2] and [2, 1]",
            });
        }
    }
    if a[1] != b[0] {
        return Err(Error::ShapeMismatch {
            op: "matrix-multiply",
            left: a.to_vec(),
            right: b.to_vec(),
            rule: "the left one's columns must equal the right one's rows",
        });
    }
    Ok(vec![a[0], b[1]])
}

/// Y = A · B for A of shape [n, k] and B of shape [k, m]; Y has shape [n, m].
pub(crate) fn matmul(a: &Array, b: &Array) -> Array {
    let (n, k, m) = (a.shape()[0], a.shape()[1], b.shape()[1]);
    let (x, w) = (a.as_slice(), b.as_slice());
    let mut out = vec![0.0f32; n * m];
    for i in 0..n {
        let row = &mut out[i * m..(i + 1) * m];
        for p in 0..k {
            let x_ip = x[i * k + p];
            for (o, &w_pj) in row.iter_mut().zip(&w[p * m..(p + 1) * m]) {
                *o += x_ip * w_pj;
            }
        }
    }
    Array::from_parts(vec![n, m], out)
}

fn transpose(a: &Array) -> Array {
    let (r, c) = (a.shape()[0], a.shape()[1]);
    let x = a.as_slice();
    let data = (0..c)
        .flat_map(|j| (0..r).map(move |i| x[i * c + j]))
        .collect();
    Array::from_parts(vec![c, r], data)
}

/// dY/dA = G · Bᵀ, dY/dB = Aᵀ · G
pub(crate) fn matmul_backward(a: &Array, b: &Array, grad: &Array) -> Vec<Array> {
    vec![matmul(grad, &transpose(b)), matmul(&transpose(a), grad)]
}
