//! The operations a graph is built from, each with its forward rule (the value) beside its
//! backward rule (the gradient of the cost with respect to each input, given the gradient with
//! respect to the output: the chain rule of lecture 4, one node at a time).

pub(crate) mod arithmetic;
pub(crate) mod matmul;
pub(crate) mod power;
pub(crate) mod reduce;

use crate::array::Array;
use crate::broadcast::broadcast_shape;
use crate::error::Error;
use crate::graph::NodeId;

const BROADCAST_RULE: &str =
    "lined up from the last axis, each pair of lengths must be equal or one of them 1";

/// What a node of the graph computes.
#[derive(Clone, Debug)]
pub(crate) enum Op {
    /// A fixed value, such as the lecture's `x_data`.
    Constant(Array),
    /// A value training changes (a synapse's strength): the current value lives here.
    Variable(Array),
    /// A value fed in at run time.
    Placeholder {
        name: String,
        shape: Vec<Option<usize>>,
    },
    Add(NodeId, NodeId),
    Sub(NodeId, NodeId),
    Mul(NodeId, NodeId),
    Div(NodeId, NodeId),
    Neg(NodeId),
    Pow(NodeId, f32),
    Sum(NodeId),
    Mean(NodeId),
    MatMul(NodeId, NodeId),
}

impl Op {
    /// The nodes this one reads.
    pub(crate) fn inputs(&self) -> Vec<NodeId> {
        match *self {
            Op::Constant(_) | Op::Variable(_) | Op::Placeholder { .. } => Vec::new(),
            Op::Neg(a) | Op::Pow(a, _) | Op::Sum(a) | Op::Mean(a) => vec![a],
            Op::Add(a, b) | Op::Sub(a, b) | Op::Mul(a, b) | Op::Div(a, b) | Op::MatMul(a, b) => {
                vec![a, b]
            }
        }
    }

    /// A short name for printing a tensor (`mul`, `pow`, ...).
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Op::Constant(_) => "constant",
            Op::Variable(_) => "variable",
            Op::Placeholder { .. } => "placeholder",
            Op::Add(..) => "add",
            Op::Sub(..) => "sub",
            Op::Mul(..) => "mul",
            Op::Div(..) => "div",
            Op::Neg(_) => "neg",
            Op::Pow(..) => "pow",
            Op::Sum(_) => "sum",
            Op::Mean(_) => "mean",
            Op::MatMul(..) => "matmul",
        }
    }

    /// The shape of the output for inputs of these shapes, or why they do not fit.
    pub(crate) fn infer_shape(&self, shapes: &[&[usize]]) -> Result<Vec<usize>, Error> {
        let words = match self {
            Op::Add(..) => "add",
            Op::Sub(..) => "subtract",
            Op::Mul(..) => "multiply",
            Op::Div(..) => "divide",
            _ => "",
        };
        match *self {
            Op::Constant(_) | Op::Variable(_) | Op::Placeholder { .. } => {
                unreachable!("leaves have their own shapes")
            }
            Op::Add(..) | Op::Sub(..) | Op::Mul(..) | Op::Div(..) => {
                broadcast_shape(shapes[0], shapes[1]).ok_or_else(|| Error::ShapeMismatch {
                    op: words,
                    left: shapes[0].to_vec(),
                    right: shapes[1].to_vec(),
                    rule: BROADCAST_RULE,
                })
            }
            Op::Neg(_) | Op::Pow(..) => Ok(shapes[0].to_vec()),
            Op::Sum(_) => Ok(Vec::new()),
            Op::Mean(_) => {
                if shapes[0].iter().product::<usize>() == 0 {
                    Err(Error::BadShape {
                        op: "take the mean of",
                        shape: shapes[0].to_vec(),
                        needs: "the mean of no numbers is undefined; give it at least one",
                    })
                } else {
                    Ok(Vec::new())
                }
            }
            Op::MatMul(..) => {
                let (a, b) = (shapes[0], shapes[1]);
                for shape in [a, b] {
                    if shape.len() != 2 {
                        return Err(Error::BadShape {
                            op: "matrix-multiply",
                            shape: shape.to_vec(),
                            needs:
                                "both sides must be matrices (2 axes), such as [3, 2] and [2, 1]",
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
        }
    }

    /// The output value, given the values of the inputs. Leaves are handled by the graph.
    pub(crate) fn forward<'a>(
        &self,
        value: &dyn Fn(NodeId) -> &'a Array,
        out_shape: &[usize],
    ) -> Array {
        match *self {
            Op::Constant(_) | Op::Variable(_) | Op::Placeholder { .. } => {
                unreachable!("leaf values are supplied by the graph")
            }
            Op::Add(a, b) => arithmetic::add(value(a), value(b), out_shape),
            Op::Sub(a, b) => arithmetic::sub(value(a), value(b), out_shape),
            Op::Mul(a, b) => arithmetic::mul(value(a), value(b), out_shape),
            Op::Div(a, b) => arithmetic::div(value(a), value(b), out_shape),
            Op::Neg(a) => arithmetic::neg(value(a)),
            Op::Pow(a, p) => power::pow(value(a), p),
            Op::Sum(a) => reduce::sum(value(a)),
            Op::Mean(a) => reduce::mean(value(a)),
            Op::MatMul(a, b) => matmul::matmul(value(a), value(b)),
        }
    }

    /// The gradient with respect to each input (in `inputs()` order), given the gradient `grad`
    /// with respect to this node's output.
    pub(crate) fn backward<'a>(
        &self,
        value: &dyn Fn(NodeId) -> &'a Array,
        grad: &Array,
    ) -> Vec<Array> {
        match *self {
            Op::Constant(_) | Op::Variable(_) | Op::Placeholder { .. } => Vec::new(),
            Op::Add(a, b) => arithmetic::add_backward(value(a), value(b), grad),
            Op::Sub(a, b) => arithmetic::sub_backward(value(a), value(b), grad),
            Op::Mul(a, b) => arithmetic::mul_backward(value(a), value(b), grad),
            Op::Div(a, b) => arithmetic::div_backward(value(a), value(b), grad),
            Op::Neg(_) => vec![arithmetic::neg_backward(grad)],
            Op::Pow(a, p) => vec![power::pow_backward(value(a), p, grad)],
            Op::Sum(a) => vec![reduce::sum_backward(value(a), grad)],
            Op::Mean(a) => vec![reduce::mean_backward(value(a), grad)],
            Op::MatMul(a, b) => matmul::matmul_backward(value(a), value(b), grad),
        }
    }
}
