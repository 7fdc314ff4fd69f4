//! Pictures of learning: [`Plot`] shows itself in a notebook and saves as an `.svg` file.
//!
//! In Jupyter with the evcxr kernel, a cell whose last expression is a `Plot` draws it inline:
//! evcxr calls the inherent `evcxr_display` method, which needs no import.
//!
//! - [`cost_curve`], [`cost_curves`]: the cost as training goes on;
//! - [`error_curve`]: the cost as a function of the weight, E(w), with gradient descent's steps;
//! - [`decision_boundary`]: where a trained model switches from one answer to another.

mod boundary;
mod cost;
mod error_curve;

use std::path::Path;

use plotters::prelude::*;

use crate::error::Error;

pub use boundary::decision_boundary;
pub use cost::{cost_curve, cost_curves};
pub use error_curve::error_curve;

pub(crate) const SIZE: (u32, u32) = (640, 400);

/// The colours of series and classes, in order (blue, orange, green, red, purple, brown).
pub(crate) const PALETTE: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// A finished figure, held as SVG text.
#[derive(Clone, Debug, PartialEq)]
pub struct Plot {
    svg: String,
}

impl Plot {
    /// The SVG document.
    pub fn svg(&self) -> &str {
        &self.svg
    }

    /// Writes the figure to an `.svg` file.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        std::fs::write(path, &self.svg).map_err(|e| Error::Plot {
            reason: format!("cannot write {}: {e}", path.display()),
        })
    }

    /// Shows the figure inline in Jupyter (called by the evcxr kernel).
    pub fn evcxr_display(&self) {
        println!(
            "EVCXR_BEGIN_CONTENT image/svg+xml\n{}\nEVCXR_END_CONTENT",
            self.svg
        );
    }
}

impl Plot {
    pub(crate) fn from_svg(svg: String) -> Plot {
        Plot { svg }
    }
}

/// A plotting back-end error, as our error.
pub(crate) fn failed(error: impl std::fmt::Display) -> Error {
    Error::Plot {
        reason: error.to_string(),
    }
}

/// The smallest and largest of some numbers, widened when they are equal and padded by 5 %.
pub(crate) fn padded_range(values: impl Iterator<Item = f64>) -> std::ops::Range<f64> {
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = if hi > lo {
        (hi - lo) * 0.05
    } else {
        lo.abs().max(1.0) * 0.5
    };
    (lo - pad)..(hi + pad)
}
