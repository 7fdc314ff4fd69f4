//! Random starting values: the seeded generator every random function takes.

use rand::SeedableRng;

/// The random number generator used throughout: ChaCha with 8 rounds.
///
/// Unlike `rand::rngs::StdRng`, its output is documented never to change between versions or
/// machines, so a seed in a notebook gives the same weights for every student.
pub type Rng = rand_chacha::ChaCha8Rng;

/// A generator seeded with `seed`. Hold it in a variable and pass `&mut` to it to several
/// [`Graph::random_normal_with`](crate::Graph::random_normal_with) calls.
pub fn rng(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}
