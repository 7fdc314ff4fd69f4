//! The operations a graph is built from, each with its forward rule (the value) beside its
//! backward rule (the gradient of the cost with respect to each input, given the gradient with
//! respect to the output: the chain rule of lecture 4, one node at a time).

pub(crate) mod activation;
pub(crate) mod arithmetic;
pub(crate) mod compare;
pub(crate) mod cross_entropy;
pub(crate) mod log_exp;
pub(crate) mod matmul;
pub(crate) mod power;
pub(crate) mod reduce;
pub(crate) mod softmax;

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
    Greater(NodeId, NodeId),
    Equal(NodeId, NodeId),
    Neg(NodeId),
    Pow(NodeId, f32),
    Log(NodeId),
    Exp(NodeId),
    Sigmoid(NodeId),
    Tanh(NodeId),
    Relu(NodeId),
    Step(NodeId),
    Sum(NodeId),
    Mean(NodeId),
    MatMul(NodeId, NodeId),
    Softmax(NodeId),
    ArgMax(NodeId),
    SigmoidCrossEntropy {
        logits: NodeId,
        labels: NodeId,
    },
    SoftmaxCrossEntropy {
        logits: NodeId,
        labels: NodeId,
    },
}

impl Op {
    /// The nodes this one reads.
    pub(crate) fn inputs(&self) -> Vec<NodeId> {
        use Op::*;
        match *self {
            Constant(_) | Variable(_) | Placeholder { .. } => Vec::new(),
            Neg(a)
            | Pow(a, _)
            | Log(a)
            | Exp(a)
            | Sigmoid(a)
            | Tanh(a)
            | Relu(a)
            | Step(a)
            | Sum(a)
            | Mean(a)
            | Softmax(a)
            | ArgMax(a) => vec![a],
            Add(a, b)
            | Sub(a, b)
            | Mul(a, b)
            | Div(a, b)
            | Greater(a, b)
            | Equal(a, b)
            | MatMul(a, b) => vec![a, b],
            SigmoidCrossEntropy { logits, labels } | SoftmaxCrossEntropy { logits, labels } => {
                vec![logits, labels]
            }
        }
    }

    /// A short name for printing a tensor (`mul`, `sigmoid`, ...).
    pub(crate) fn name(&self) -> &'static str {
        use Op::*;
        match self {
            Constant(_) => "constant",
            Variable(_) => "variable",
            Placeholder { .. } => "placeholder",
            Add(..) => "add",
            Sub(..) => "sub",
            Mul(..) => "mul",
            Div(..) => "div",
            Greater(..) => "greater",
            Equal(..) => "equal",
            Neg(_) => "neg",
            Pow(..) => "pow",
            Log(_) => "log",
            Exp(_) => "exp",
            Sigmoid(_) => "sigmoid",
            Tanh(_) => "tanh",
            Relu(_) => "relu",
            Step(_) => "step",
            Sum(_) => "sum",
            Mean(_) => "mean",
            MatMul(..) => "matmul",
            Softmax(_) => "softmax",
            ArgMax(_) => "argmax",
            SigmoidCrossEntropy { .. } => "sigmoid_cross_entropy",
            SoftmaxCrossEntropy { .. } => "softmax_cross_entropy",
        }
    }

    /// The shape of the output for inputs of these shapes, or why they do not fit.
    pub(crate) fn infer_shape(&self, shapes: &[&[usize]]) -> Result<Vec<usize>, Error> {
        use Op::*;
        let broadcast = |op: &'static str| {
            broadcast_shape(shapes[0], shapes[1]).ok_or_else(|| Error::ShapeMismatch {
                op,
                left: shapes[0].to_vec(),
                right: shapes[1].to_vec(),
                rule: BROADCAST_RULE,
            })
        };
        match *self {
            Constant(_) | Variable(_) | Placeholder { .. } => {
                unreachable!("leaves have their own shapes")
            }
            Add(..) => broadcast("add"),
            Sub(..) => broadcast("subtract"),
            Mul(..) => broadcast("multiply"),
            Div(..) => broadcast("divide"),
            Greater(..) => broadcast("compare"),
            Equal(..) => broadcast("compare"),
            SigmoidCrossEntropy { .. } => {
                let shape = broadcast("compare logits and labels of")?;
                if shape != shapes[0] {
                    return Err(Error::ShapeMismatch {
                        op: "compare logits and labels of",
                        left: shapes[0].to_vec(),
                        right: shapes[1].to_vec(),
                        rule: "the labels must have the logits' shape, one label per logit",
                    });
                }
                Ok(shape)
            }
            Neg(_) | Pow(..) | Log(_) | Exp(_) | Sigmoid(_) | Tanh(_) | Relu(_) | Step(_) => {
                Ok(shapes[0].to_vec())
            }
            Sum(_) => Ok(Vec::new()),
            Mean(_) => {
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
            MatMul(..) => matmul::infer_shape(shapes[0], shapes[1]),
            Softmax(_) => rows_shape("take the softmax of", shapes[0]).map(|_| shapes[0].to_vec()),
            ArgMax(_) => rows_shape("take the argmax of", shapes[0]).map(|(rows, _)| vec![rows]),
            SoftmaxCrossEntropy { .. } => {
                let (rows, _) = rows_shape("take the softmax cross-entropy of", shapes[0])?;
                if shapes[0] != shapes[1] {
                    return Err(Error::ShapeMismatch {
                        op: "compare logits and labels of",
                        left: shapes[0].to_vec(),
                        right: shapes[1].to_vec(),
                        rule: "one-hot labels must have the logits' shape, [samples, classes]",
                    });
                }
                Ok(vec![rows])
            }
        }
    }

    /// The output value, given the values of the inputs. Leaves are handled by the graph.
    pub(crate) fn forward<'a>(
        &self,
        value: &dyn Fn(NodeId) -> &'a Array,
        out_shape: &[usize],
    ) -> Array {
        use Op::*;
        match *self {
            Constant(_) | Variable(_) | Placeholder { .. } => {
                unreachable!("leaf values are supplied by the graph")
            }
            Add(a, b) => arithmetic::add(value(a), value(b), out_shape),
            Sub(a, b) => arithmetic::sub(value(a), value(b), out_shape),
            Mul(a, b) => arithmetic::mul(value(a), value(b), out_shape),
            Div(a, b) => arithmetic::div(value(a), value(b), out_shape),
            Greater(a, b) => compare::greater(value(a), value(b), out_shape),
            Equal(a, b) => compare::equal(value(a), value(b), out_shape),
            Neg(a) => arithmetic::neg(value(a)),
            Pow(a, p) => power::pow(value(a), p),
            Log(a) => log_exp::log(value(a)),
            Exp(a) => log_exp::exp(value(a)),
            Sigmoid(a) => activation::sigmoid(value(a)),
            Tanh(a) => activation::tanh(value(a)),
            Relu(a) => activation::relu(value(a)),
            Step(a) => activation::step(value(a)),
            Sum(a) => reduce::sum(value(a)),
            Mean(a) => reduce::mean(value(a)),
            MatMul(a, b) => matmul::matmul(value(a), value(b)),
            Softmax(a) => softmax::softmax(value(a)),
            ArgMax(a) => compare::argmax(value(a)),
            SigmoidCrossEntropy { logits, labels } => {
                cross_entropy::sigmoid(value(logits), value(labels))
            }
            SoftmaxCrossEntropy { logits, labels } => {
                cross_entropy::softmax(value(logits), value(labels))
            }
        }
    }

    /// The gradient with respect to each input (in `inputs()` order), given this node's output
    /// `out` and the gradient `grad` of the cost with respect to it.
    pub(crate) fn backward<'a>(
        &self,
        value: &dyn Fn(NodeId) -> &'a Array,
        out: &Array,
        grad: &Array,
    ) -> Vec<Array> {
        use Op::*;
        match *self {
            Constant(_) | Variable(_) | Placeholder { .. } => Vec::new(),
            Add(a, b) => arithmetic::add_backward(value(a), value(b), grad),
            Sub(a, b) => arithmetic::sub_backward(value(a), value(b), grad),
            Mul(a, b) => arithmetic::mul_backward(value(a), value(b), grad),
            Div(a, b) => arithmetic::div_backward(value(a), value(b), grad),
            Greater(a, b) | Equal(a, b) => compare::no_gradient(&[value(a), value(b)]),
            Neg(_) => vec![arithmetic::neg_backward(grad)],
            Pow(a, p) => vec![power::pow_backward(value(a), p, grad)],
            Log(a) => vec![log_exp::log_backward(value(a), grad)],
            Exp(_) => vec![log_exp::exp_backward(out, grad)],
            Sigmoid(_) => vec![activation::sigmoid_backward(out, grad)],
            Tanh(_) => vec![activation::tanh_backward(out, grad)],
            Relu(a) => vec![activation::relu_backward(value(a), grad)],
            Step(a) => vec![activation::step_backward(value(a))],
            Sum(a) => vec![reduce::sum_backward(value(a), grad)],
            Mean(a) => vec![reduce::mean_backward(value(a), grad)],
            MatMul(a, b) => matmul::matmul_backward(value(a), value(b), grad),
            Softmax(_) => vec![softmax::softmax_backward(out, grad)],
            ArgMax(a) => compare::no_gradient(&[value(a)]),
            SigmoidCrossEntropy { logits, labels } => {
                cross_entropy::sigmoid_backward(value(logits), value(labels), grad)
            }
            SoftmaxCrossEntropy { logits, labels } => {
                cross_entropy::softmax_backward(value(logits), value(labels), grad)
            }
        }
    }
}

/// Rows and columns of a matrix that a row-wise operation (softmax, argmax) reads.
fn rows_shape(op: &'static str, shape: &[usize]) -> Result<(usize, usize), Error> {
    match *shape {
        [rows, cols] if cols > 0 => Ok((rows, cols)),
        _ => Err(Error::BadShape {
            op,
            shape: shape.to_vec(),
            needs: "it works row by row on a matrix [samples, classes] with at least one class",
        }),
    }
}
