//! Printing an [`Array`] exactly as NumPy prints a float32 array, so the notebook's lines match
//! the TensorFlow originals character for character.
//!
//! NumPy (`np.set_printoptions` defaults: precision 8, `floatmode="maxprec"`, line width 75)
//! looks at all the finite numbers of an array before printing any of them:
//! - it switches the whole array to exponent form when the largest magnitude is at least 1e6
//!   (10 to the number of digits float32 holds; NumPy before 2.3 used 1e8),
//!   the smallest non-zero one is below 1e-4, or the two are more than 1000 apart;
//! - otherwise each number gets its shortest round-trip digits, cut to 8 after the point, and
//!   the numbers are padded to a common width (`[1.  2.5]`);
//! - in exponent form every mantissa gets as many digits as the longest one (`[1.0e-05 2.5e-05]`).

use std::fmt;

use crate::array::Array;

const PRECISION: usize = 8;
const LINE_WIDTH: usize = 75;
const SUMMARY_THRESHOLD: usize = 1000;
const EDGE_ITEMS: usize = 3;

impl fmt::Display for Array {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.shape().is_empty() {
            return f.write_str(&scalar_str(self.as_slice()[0]));
        }
        let summarise = self.len() > SUMMARY_THRESHOLD;
        let shown = if summarise {
            edge_values(self)
        } else {
            self.to_vec()
        };
        let style = FloatStyle::for_values(&shown);
        let mut index = Vec::with_capacity(self.shape().len());
        f.write_str(&format_axis(
            self, &style, summarise, &mut index, " ", LINE_WIDTH,
        ))
    }
}

impl fmt::Debug for Array {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "array({self}, shape={:?}, dtype=float32)", self.shape())
    }
}

/// How every number of one array is written: decided once from all its finite values.
struct FloatStyle {
    exponent: bool,
    pad_left: usize,
    pad_right: usize,
    /// Digits after the point in exponent form (every mantissa gets this many).
    precision: usize,
    /// Digits of the exponent (at least 2).
    exp_digits: usize,
}

impl FloatStyle {
    fn for_values(values: &[f32]) -> FloatStyle {
        let finite: Vec<f32> = values.iter().copied().filter(|x| x.is_finite()).collect();
        let non_zero = finite.iter().map(|x| x.abs()).filter(|&x| x != 0.0);
        let (min, max) = non_zero.fold((f32::INFINITY, 0.0f32), |(lo, hi), x| {
            (lo.min(x), hi.max(x))
        });
        // NumPy (2.3 and later) compares in the array's own precision: for float32 the upper
        // cut-off is 10^6, the number of decimal digits a float32 always holds.
        let exponent = max > 0.0 && (max >= 1e6 || min < 1e-4 || max / min > 1000.0);

        let mut style = FloatStyle {
            exponent,
            pad_left: 0,
            pad_right: 0,
            precision: 0,
            exp_digits: 2,
        };
        if exponent {
            for &x in &finite {
                let (mantissa, exp) = shortest_scientific(x);
                let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
                style.pad_left = style.pad_left.max(int_part.len());
                style.precision = style.precision.max(frac_part.len());
                style.exp_digits = style.exp_digits.max(exp.unsigned_abs().to_string().len());
            }
            if !finite.is_empty() {
                style.pad_right = style.exp_digits + 2 + style.precision;
            }
        } else {
            for &x in &finite {
                let text = positional(x);
                let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
                style.pad_left = style.pad_left.max(int_part.len());
                style.pad_right = style.pad_right.max(frac_part.len());
            }
        }
        if finite.len() != values.len() {
            // Room for "nan", "inf" or "-inf" in the same column width.
            let negative_inf = values.contains(&f32::NEG_INFINITY);
            let offset = style.pad_right + 1;
            let inf_len = 3 + usize::from(negative_inf);
            style.pad_left = style.pad_left.max(3usize.saturating_sub(offset));
            style.pad_left = style.pad_left.max(inf_len.saturating_sub(offset));
        }
        style
    }

    fn format(&self, x: f32) -> String {
        let width = self.pad_left + self.pad_right + 1;
        if x.is_nan() {
            return format!("{:>width$}", "nan");
        }
        if x.is_infinite() {
            return format!("{:>width$}", if x < 0.0 { "-inf" } else { "inf" });
        }
        if self.exponent {
            let (mantissa, exp) = shortest_scientific(x);
            let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
            let sign = if exp < 0 { '-' } else { '+' };
            format!(
                "{int_part:>pl$}.{frac_part:0<prec$}e{sign}{e:0>ed$}",
                pl = self.pad_left,
                prec = self.precision,
                e = exp.unsigned_abs(),
                ed = self.exp_digits,
            )
        } else {
            let text = positional(x);
            let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
            format!(
                "{int_part:>pl$}.{frac_part:<pr$}",
                pl = self.pad_left,
                pr = self.pad_right
            )
        }
    }
}

/// Shortest round-trip digits in positional form, at most 8 after the point, trailing zeros
/// dropped but the point kept: `1.`, `0.5438915`, `-3.25`.
fn positional(x: f32) -> String {
    // Rust's `{}` gives the shortest digits that read back to the same float32, never an exponent.
    let shortest = format!("{x}");
    let digits_after_point = shortest.split_once('.').map_or(0, |(_, frac)| frac.len());
    let text = if digits_after_point > PRECISION {
        // Too long: round the exact binary value to 8 places, as NumPy's Dragon4 does.
        let rounded = format!("{x:.PRECISION$}");
        rounded.trim_end_matches('0').to_string()
    } else {
        shortest
    };
    if text.contains('.') {
        text
    } else {
        text + "."
    }
}

/// Shortest round-trip digits in exponent form, split into mantissa text and exponent.
fn shortest_scientific(x: f32) -> (String, i32) {
    let text = format!("{x:e}");
    let (mantissa, exp) = text
        .split_once('e')
        .expect("`{:e}` always writes an exponent");
    (
        mantissa.to_string(),
        exp.parse().expect("`{:e}` writes an integer exponent"),
    )
}

/// A lone number, as NumPy prints a float32 scalar (`1.0`, `0.25`, `6.435169e-05`).
fn scalar_str(x: f32) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "nan".into()
        } else if x < 0.0 {
            "-inf".into()
        } else {
            "inf".into()
        };
    }
    let magnitude = x.abs();
    if magnitude == 0.0 || (1e-4..1e16).contains(&magnitude) {
        let shortest = format!("{x}");
        if shortest.contains('.') {
            shortest
        } else {
            shortest + ".0"
        }
    } else {
        let (mantissa, exp) = shortest_scientific(x);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.unsigned_abs())
    }
}

/// The values NumPy looks at when it summarises a big array: the first and last few of each axis.
fn edge_values(array: &Array) -> Vec<f32> {
    let shape = array.shape();
    let mut values = Vec::new();
    let mut index = vec![0; shape.len()];
    'all: loop {
        let offset = index
            .iter()
            .zip(strides(shape))
            .map(|(i, s)| i * s)
            .sum::<usize>();
        values.push(array.as_slice()[offset]);
        // Advance the index like an odometer, skipping the middle of long axes.
        for axis in (0..shape.len()).rev() {
            index[axis] += 1;
            if shape[axis] > 2 * EDGE_ITEMS && index[axis] == EDGE_ITEMS {
                index[axis] = shape[axis] - EDGE_ITEMS;
            }
            if index[axis] < shape[axis] {
                continue 'all;
            }
            index[axis] = 0;
        }
        break values;
    }
}

fn strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; shape.len()];
    for axis in (0..shape.len().saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1] * shape[axis + 1];
    }
    strides
}

/// One bracketed level of the array, following NumPy's `_formatArray`. Recursion depth is the
/// number of axes, so it is bounded by the shape.
fn format_axis(
    array: &Array,
    style: &FloatStyle,
    summarise: bool,
    index: &mut Vec<usize>,
    hanging_indent: &str,
    width: usize,
) -> String {
    let axis = index.len();
    let shape = array.shape();
    if axis == shape.len() {
        let offset = index
            .iter()
            .zip(strides(shape))
            .map(|(i, s)| i * s)
            .sum::<usize>();
        return style.format(array.as_slice()[offset]);
    }
    let axes_left = shape.len() - axis;
    let next_indent = format!("{hanging_indent} ");
    let next_width = width - 1;
    let len = shape[axis];
    let positions: Vec<Option<usize>> = if summarise && len > 2 * EDGE_ITEMS {
        (0..EDGE_ITEMS)
            .map(Some)
            .chain(std::iter::once(None))
            .chain((len - EDGE_ITEMS..len).map(Some))
            .collect()
    } else {
        (0..len).map(Some).collect()
    };
    let mut item = |position: Option<usize>| match position {
        Some(i) => {
            index.push(i);
            let text = format_axis(array, style, summarise, index, &next_indent, next_width);
            index.pop();
            text
        }
        None => "...".to_string(),
    };

    let mut s = String::new();
    if axes_left == 1 {
        let element_width = width - 1;
        let mut line = hanging_indent.to_string();
        let count = positions.len();
        for (k, &position) in positions.iter().enumerate() {
            let word = item(position);
            let needs_wrap =
                line.len() + word.len() > element_width && line.len() > hanging_indent.len();
            if needs_wrap {
                s += line.trim_end();
                s.push('\n');
                line = hanging_indent.to_string();
            }
            line += &word;
            if k + 1 < count {
                line.push(' ');
            }
        }
        s += &line;
    } else {
        let line_sep = "\n".repeat(axes_left - 1);
        let count = positions.len();
        for (k, &position) in positions.iter().enumerate() {
            s += hanging_indent;
            s += &item(position);
            if k + 1 < count {
                s += &line_sep;
            }
        }
    }
    format!("[{}]", &s[hanging_indent.len()..])
}

// Every expected string below was printed by NumPy 2.4.6 for the same float32 values.
#[cfg(test)]
mod tests {
    use super::*;

    fn show(values: &[f32]) -> String {
        Array::from(values.to_vec()).to_string()
    }

    #[test]
    fn single_values_print_like_the_lecture() {
        assert_eq!(show(&[0.53458315]), "[0.53458315]");
        assert_eq!(show(&[0.21661285]), "[0.21661285]");
        assert_eq!(show(&[6.435169e-05]), "[6.435169e-05]");
        assert_eq!(show(&[2.046363e-12]), "[2.046363e-12]");
        assert_eq!(show(&[1.0]), "[1.]");
        assert_eq!(show(&[2.9999957]), "[2.9999957]");
        assert_eq!(show(&[f32::NAN]), "[nan]");
        assert_eq!(show(&[f32::INFINITY]), "[inf]");
        assert_eq!(show(&[f32::NEG_INFINITY]), "[-inf]");
        assert_eq!(show(&[0.0]), "[0.]");
        assert_eq!(show(&[-0.5]), "[-0.5]");
        assert_eq!(show(&[-0.0]), "[-0.]");
        assert_eq!(show(&[f32::NAN, f32::INFINITY]), "[nan inf]");
    }

    #[test]
    fn exponent_form_switches_at_numpy_thresholds() {
        // 1e-4 itself stays positional; anything smaller switches.
        assert_eq!(show(&[1e-4]), "[0.0001]");
        assert_eq!(show(&[9.9e-5]), "[9.9e-05]");
        assert_eq!(show(&[999999.0]), "[999999.]");
        assert_eq!(show(&[1e6]), "[1.e+06]");
        assert_eq!(show(&[99999992.0]), "[9.999999e+07]");
        // A spread of more than 1000 between magnitudes switches the whole array.
        assert_eq!(show(&[1.0, 1000.0]), "[   1. 1000.]");
        assert_eq!(show(&[1.0, 1001.0]), "[1.000e+00 1.001e+03]");
        assert_eq!(show(&[1e-5, 2.5e-5]), "[1.0e-05 2.5e-05]");
        assert_eq!(show(&[1e-40]), "[1.e-40]");
        assert_eq!(show(&[3e38, 1.0]), "[3.e+38 1.e+00]");
    }

    #[test]
    fn long_fractions_are_cut_to_eight_places() {
        assert_eq!(show(&[0.000_123_456_79]), "[0.00012346]");
        assert_eq!(show(&[1.0 / 3.0]), "[0.33333334]");
        assert_eq!(show(&[12345.678]), "[12345.678]");
    }

    #[test]
    fn columns_share_a_width() {
        assert_eq!(show(&[1.0, 2.5]), "[1.  2.5]");
        assert_eq!(show(&[-1.0, 2.0]), "[-1.  2.]");
        assert_eq!(
            show(&[0.001, 0.04, 0.97, 0.999]),
            "[0.001 0.04  0.97  0.999]"
        );
        assert_eq!(show(&[1.0, f32::NAN]), "[ 1. nan]");
        assert_eq!(show(&[0.5, f32::NEG_INFINITY]), "[ 0.5 -inf]");
        assert_eq!(show(&[1e-5, f32::NAN]), "[1.e-05    nan]");
    }

    #[test]
    fn matrices_and_scalars() {
        let m = Array::new(vec![3, 1], vec![1.0, 2.0, 3.0]).unwrap();
        assert_eq!(m.to_string(), "[[1.]\n [2.]\n [3.]]");
        let m = Array::from([[1e-5, 2.0], [3.0, 4.0]]);
        assert_eq!(m.to_string(), "[[1.e-05 2.e+00]\n [3.e+00 4.e+00]]");
        let m = Array::from([[-1e-5, 3.0]]);
        assert_eq!(m.to_string(), "[[-1.e-05  3.e+00]]");
        assert_eq!(Array::scalar(1.0).to_string(), "1.0");
        assert_eq!(
            Array::scalar(std::f32::consts::LN_2).to_string(),
            "0.6931472"
        );
        assert_eq!(Array::scalar(6.435169e-05).to_string(), "6.435169e-05");
        assert_eq!(Array::zeros(&[0]).to_string(), "[]");
    }

    #[test]
    fn long_rows_wrap_at_75_columns() {
        let values: Vec<f32> = (0..30).map(|i| i as f32 * 0.5).collect();
        let expected = "[ 0.   0.5  1.   1.5  2.   2.5  3.   3.5  4.   4.5  5.   5.5  6.   6.5\n  \
                        7.   7.5  8.   8.5  9.   9.5 10.  10.5 11.  11.5 12.  12.5 13.  13.5\n 14.  14.5]";
        assert_eq!(show(&values), expected);
    }

    #[test]
    fn big_arrays_are_summarised() {
        let values: Vec<f32> = (0..2000).map(|i| i as f32).collect();
        assert_eq!(
            show(&values),
            "[0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]"
        );
        let values: Vec<f32> = (0..2000)
            .map(|i| (f64::from(i) * 0.001 + 1.0) as f32)
            .collect();
        assert_eq!(show(&values), "[1.    1.001 1.002 ... 2.997 2.998 2.999]");
        let ones = Array::full(&[40, 40], 1.0);
        let row = "[1. 1. 1. ... 1. 1. 1.]";
        let expected = format!("[{row}\n {row}\n {row}\n ...\n {row}\n {row}\n {row}]");
        assert_eq!(ones.to_string(), expected);
    }
}
