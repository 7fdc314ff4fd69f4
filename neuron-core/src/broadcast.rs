//! NumPy broadcasting: how `w * x_data` works when `w` has one number and `x_data` three.
//!
//! Shapes are lined up from the right; two lengths fit when they are equal or one of them is 1,
//! and a length of 1 is stretched. The backward rule undoes the stretch by summing the gradient
//! over every stretched axis, so a shared weight collects the gradient from every sample.

use crate::array::Array;

/// The shape of `a op b` after broadcasting, or `None` when the shapes do not fit.
pub(crate) fn broadcast_shape(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let rank = a.len().max(b.len());
    let mut shape = vec![0; rank];
    for (k, len) in shape.iter_mut().enumerate() {
        let da = dim_from_right(a, rank - 1 - k);
        let db = dim_from_right(b, rank - 1 - k);
        *len = match (da, db) {
            (x, y) if x == y => x,
            (1, y) => y,
            (x, 1) => x,
            _ => return None,
        };
    }
    Some(shape)
}

/// The length of axis `k` counted from the right (0 = last), 1 where the shape is shorter.
fn dim_from_right(shape: &[usize], k: usize) -> usize {
    if k < shape.len() {
        shape[shape.len() - 1 - k]
    } else {
        1
    }
}

/// For each position of `out_shape`, the offset into an array of `shape` that broadcasts to it.
fn source_offsets(shape: &[usize], out_shape: &[usize]) -> Vec<usize> {
    let rank = out_shape.len();
    // Strides of `shape` aligned to the right of `out_shape`, 0 on stretched axes.
    let mut strides = vec![0; rank];
    let mut stride = 1;
    for k in 0..shape.len() {
        let axis = rank - 1 - k;
        let len = shape[shape.len() - 1 - k];
        strides[axis] = if len == 1 { 0 } else { stride };
        stride *= len;
    }
    let total: usize = out_shape.iter().product();
    let mut offsets = Vec::with_capacity(total);
    let mut index = vec![0; rank];
    for _ in 0..total {
        offsets.push(index.iter().zip(&strides).map(|(i, s)| i * s).sum());
        for axis in (0..rank).rev() {
            index[axis] += 1;
            if index[axis] < out_shape[axis] {
                break;
            }
            index[axis] = 0;
        }
    }
    offsets
}

/// `f(a, b)` element by element, broadcasting the two arrays to `out_shape`.
pub(crate) fn zip_with(
    a: &Array,
    b: &Array,
    out_shape: &[usize],
    f: impl Fn(f32, f32) -> f32,
) -> Array {
    let (x, y) = (a.as_slice(), b.as_slice());
    let data: Vec<f32> = if a.shape() == out_shape && b.shape() == out_shape {
        x.iter().zip(y).map(|(&p, &q)| f(p, q)).collect()
    } else if a.shape() == out_shape && y.len() == 1 {
        x.iter().map(|&p| f(p, y[0])).collect()
    } else if b.shape() == out_shape && x.len() == 1 {
        y.iter().map(|&q| f(x[0], q)).collect()
    } else {
        let ia = source_offsets(a.shape(), out_shape);
        let ib = source_offsets(b.shape(), out_shape);
        ia.iter().zip(&ib).map(|(&i, &j)| f(x[i], y[j])).collect()
    };
    Array::from_parts(out_shape.to_vec(), data)
}

/// Sums `grad` (of the broadcast shape) back down to `shape`: the gradient of a stretched input.
pub(crate) fn sum_to_shape(grad: &Array, shape: &[usize]) -> Array {
    if grad.shape() == shape {
        return grad.clone();
    }
    let mut out = Array::zeros(shape);
    let offsets = source_offsets(shape, grad.shape());
    let sums = out.data_mut();
    for (&offset, &g) in offsets.iter().zip(grad.as_slice()) {
        sums[offset] += g;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_line_up_from_the_right() {
        assert_eq!(broadcast_shape(&[1], &[3]), Some(vec![3]));
        assert_eq!(broadcast_shape(&[3, 1], &[1]), Some(vec![3, 1]));
        assert_eq!(broadcast_shape(&[4, 2], &[2]), Some(vec![4, 2]));
        assert_eq!(broadcast_shape(&[3, 1], &[4]), Some(vec![3, 4]));
        assert_eq!(broadcast_shape(&[], &[2, 2]), Some(vec![2, 2]));
        assert_eq!(broadcast_shape(&[2], &[3]), None);
        assert_eq!(broadcast_shape(&[3, 2], &[3]), None);
    }

    #[test]
    fn stretched_operands_repeat() {
        let col = Array::new(vec![2, 1], vec![10.0, 20.0]).unwrap();
        let row = Array::from([1.0, 2.0, 3.0]);
        let sum = zip_with(&col, &row, &[2, 3], |p, q| p + q);
        assert_eq!(sum.as_slice(), &[11.0, 12.0, 13.0, 21.0, 22.0, 23.0]);
    }

    #[test]
    fn gradients_sum_over_stretched_axes() {
        let grad = Array::new(vec![2, 3], vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
        assert_eq!(sum_to_shape(&grad, &[3]).as_slice(), &[5.0, 7.0, 9.0]);
        assert_eq!(sum_to_shape(&grad, &[2, 1]).as_slice(), &[6.0, 15.0]);
        assert_eq!(sum_to_shape(&grad, &[1]).as_slice(), &[21.0]);
        assert_eq!(sum_to_shape(&grad, &[]).as_slice(), &[21.0]);
    }
}
