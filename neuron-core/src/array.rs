//! [`Array`]: a block of float32 numbers with a shape, the value a tensor holds when it is run.

use crate::error::Error;

/// A float32 array with a shape: what running a [`Tensor`](crate::Tensor) gives back.
///
/// Shapes follow NumPy: `[]` is a scalar, `[3]` a vector of three, `[4, 2]` four rows of two.
/// The numbers are stored row by row. An `Array` prints the way NumPy prints a float32 array,
/// so `w: [0.5438915]` reads exactly as on the lecture's slide.
///
/// ```
/// use neuron_core::Array;
/// let a = Array::new(vec![2, 2], vec![1.0, 2.5, -3.0, 4.0]).unwrap();
/// assert_eq!(a.shape(), &[2, 2]);
/// assert_eq!(a.to_string(), "[[ 1.   2.5]\n [-3.   4. ]]");
/// ```
#[derive(Clone, PartialEq)]
pub struct Array {
    shape: Vec<usize>,
    data: Vec<f32>,
}

impl Array {
    /// Makes an array from a shape and its numbers, row by row.
    ///
    /// Fails when the shape does not hold exactly `data.len()` numbers.
    pub fn new(shape: Vec<usize>, data: Vec<f32>) -> Result<Array, Error> {
        let expected: usize = shape.iter().product();
        if expected != data.len() {
            return Err(Error::DataLength {
                shape,
                expected,
                found: data.len(),
            });
        }
        Ok(Array { shape, data })
    }

    /// A one-number array of shape `[]` (a scalar).
    pub fn scalar(value: f32) -> Array {
        Array {
            shape: Vec::new(),
            data: vec![value],
        }
    }

    /// An array of the given shape with every number equal to `value`.
    pub fn full(shape: &[usize], value: f32) -> Array {
        Array {
            shape: shape.to_vec(),
            data: vec![value; shape.iter().product()],
        }
    }

    /// An array of zeros.
    pub fn zeros(shape: &[usize]) -> Array {
        Array::full(shape, 0.0)
    }

    /// A matrix from its rows, all of the same length.
    ///
    /// ```
    /// use neuron_core::Array;
    /// let x = Array::from_rows(&[[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]);
    /// assert_eq!(x.shape(), &[3, 2]);
    /// ```
    pub fn from_rows<const C: usize>(rows: &[[f32; C]]) -> Array {
        Array {
            shape: vec![rows.len(), C],
            data: rows.iter().flatten().copied().collect(),
        }
    }

    /// The shape: one length per axis.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// How many numbers the array holds.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// True when the array holds no numbers (some axis has length 0).
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The numbers, row by row.
    pub fn as_slice(&self) -> &[f32] {
        &self.data
    }

    /// The numbers, row by row, as a `Vec`.
    pub fn to_vec(&self) -> Vec<f32> {
        self.data.clone()
    }

    /// The single number of a one-number array (shape `[]`, `[1]`, `[1, 1]`, ...).
    ///
    /// Fails, naming the shape, when the array holds more or fewer numbers.
    pub fn item(&self) -> Result<f32, Error> {
        match self.data.as_slice() {
            [value] => Ok(*value),
            _ => Err(Error::NotOneNumber {
                shape: self.shape.clone(),
            }),
        }
    }

    /// True when every number is finite (neither infinite nor NaN).
    pub fn is_finite(&self) -> bool {
        self.data.iter().all(|x| x.is_finite())
    }

    pub(crate) fn from_parts(shape: Vec<usize>, data: Vec<f32>) -> Array {
        debug_assert_eq!(shape.iter().product::<usize>(), data.len());
        Array { shape, data }
    }

    pub(crate) fn map(&self, f: impl Fn(f32) -> f32) -> Array {
        Array::from_parts(
            self.shape.clone(),
            self.data.iter().map(|&x| f(x)).collect(),
        )
    }

    pub(crate) fn data_mut(&mut self) -> &mut [f32] {
        &mut self.data
    }
}

impl From<f32> for Array {
    /// A scalar, shape `[]`.
    fn from(value: f32) -> Array {
        Array::scalar(value)
    }
}

impl<const N: usize> From<[f32; N]> for Array {
    /// A vector, shape `[N]`, like the lecture's `x_data = [1]`.
    fn from(values: [f32; N]) -> Array {
        Array::from_parts(vec![N], values.to_vec())
    }
}

impl<const R: usize, const C: usize> From<[[f32; C]; R]> for Array {
    /// A matrix, shape `[R, C]`, like `x_data = [[1, 1], [2, 2], [3, 3]]`.
    fn from(rows: [[f32; C]; R]) -> Array {
        Array::from_rows(&rows)
    }
}

impl From<Vec<f32>> for Array {
    /// A vector, shape `[len]`.
    fn from(values: Vec<f32>) -> Array {
        Array::from_parts(vec![values.len()], values)
    }
}

impl From<&[f32]> for Array {
    /// A vector, shape `[len]`.
    fn from(values: &[f32]) -> Array {
        Array::from(values.to_vec())
    }
}
