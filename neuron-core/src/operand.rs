//! [`Operand`]s and the operators `+ - * /` and unary `-` on tensors.

use std::ops::{Add, Div, Mul, Neg, Sub};

use crate::array::Array;
use crate::graph::NodeId;
use crate::ops::Op;
use crate::tensor::Tensor;

/// Something that can stand on either side of an operator with a tensor: another tensor, or
/// plain numbers that become a constant in the tensor's graph.
#[derive(Clone, Debug)]
pub enum Operand {
    /// A tensor.
    Tensor(Tensor),
    /// Numbers, turned into a constant.
    Value(Array),
}

/// Turns a value into an [`Operand`]: implemented for tensors, arrays and float32 numbers.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be combined with a tensor: tensors hold float32, so write `[1.0f32]` \
               or give the data a type, `let x_data: [f32; 1] = [1.0];`",
    label = "not a tensor or float32 numbers (a cell fixes an untyped `1.0` to f64)"
)]
pub trait IntoOperand {
    /// The operand.
    fn into_operand(self) -> Operand;
}

impl IntoOperand for Operand {
    fn into_operand(self) -> Operand {
        self
    }
}

impl IntoOperand for Tensor {
    fn into_operand(self) -> Operand {
        Operand::Tensor(self)
    }
}

impl IntoOperand for &Tensor {
    fn into_operand(self) -> Operand {
        Operand::Tensor(self.clone())
    }
}

impl IntoOperand for Array {
    fn into_operand(self) -> Operand {
        Operand::Value(self)
    }
}

impl IntoOperand for &Array {
    fn into_operand(self) -> Operand {
        Operand::Value(self.clone())
    }
}

impl IntoOperand for f32 {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::scalar(self))
    }
}

impl<const N: usize> IntoOperand for [f32; N] {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self))
    }
}

impl<const N: usize> IntoOperand for &[f32; N] {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(*self))
    }
}

impl<const R: usize, const C: usize> IntoOperand for [[f32; C]; R] {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self))
    }
}

impl IntoOperand for Vec<f32> {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self))
    }
}

impl IntoOperand for &Vec<f32> {
    fn into_operand(self) -> Operand {
        Operand::Value(Array::from(self.as_slice()))
    }
}

/// Builds `left op right` where at least one side is a tensor.
pub(crate) fn binary(left: Operand, right: Operand, op: fn(NodeId, NodeId) -> Op) -> Tensor {
    let anchor = match (&left, &right) {
        (Operand::Tensor(t), _) | (_, Operand::Tensor(t)) => t.clone(),
        _ => unreachable!("operators are only defined with a tensor on one side"),
    };
    let a = anchor.operand(left);
    let b = anchor.operand(right);
    anchor.build(op(a.id(), b.id()))
}

/// `tensor op anything` and `&tensor op anything`, plus numbers on the left of a tensor.
macro_rules! operator {
    ($trait:ident, $method:ident, $op:ident) => {
        impl<R: IntoOperand> $trait<R> for Tensor {
            type Output = Tensor;
            fn $method(self, right: R) -> Tensor {
                binary(Operand::Tensor(self), right.into_operand(), Op::$op)
            }
        }
        impl<R: IntoOperand> $trait<R> for &Tensor {
            type Output = Tensor;
            fn $method(self, right: R) -> Tensor {
                binary(Operand::Tensor(self.clone()), right.into_operand(), Op::$op)
            }
        }
        impl $trait<&Tensor> for f32 {
            type Output = Tensor;
            fn $method(self, right: &Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
        impl $trait<Tensor> for f32 {
            type Output = Tensor;
            fn $method(self, right: Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
        impl<const N: usize> $trait<&Tensor> for [f32; N] {
            type Output = Tensor;
            fn $method(self, right: &Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
        impl<const N: usize> $trait<Tensor> for [f32; N] {
            type Output = Tensor;
            fn $method(self, right: Tensor) -> Tensor {
                binary(self.into_operand(), right.into_operand(), Op::$op)
            }
        }
    };
}

operator!(Add, add, Add);
operator!(Sub, sub, Sub);
operator!(Mul, mul, Mul);
operator!(Div, div, Div);

impl Neg for &Tensor {
    type Output = Tensor;
    fn neg(self) -> Tensor {
        self.build(Op::Neg(self.id()))
    }
}

impl Neg for Tensor {
    type Output = Tensor;
    fn neg(self) -> Tensor {
        -&self
    }
}
