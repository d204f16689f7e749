//! The publication protocol of inline caches with data (a seqlock, see
//! `specializer::cache`), over [`crate::sync::Facade`] so that
//! `tests/loom_models.rs` can check it: a reader never acts on data torn
//! between two writers' values, or written for another specialized form.

use crate::sync::{Atomic, Facade, Ordering};
use specializer::cache::{seq_claim, seq_publish, seq_ready_for};

/// Reads `N` data words written for `form`: `None` if the sequence word names
/// another form, a writer is busy, or a writer came and went meanwhile.
#[inline(always)]
pub fn read<F: Facade, const N: usize>(
    seq: &F::U32,
    data: &[F::U32],
    form: u8,
) -> Option<[u32; N]> {
    let s1 = seq.load(Ordering::Acquire);
    if !seq_ready_for(s1, form) {
        return None;
    }
    let mut d = [0u32; N];
    for (k, slot) in d.iter_mut().enumerate() {
        *slot = data[k].load(Ordering::Relaxed);
    }
    // orders the data loads before the second look at the sequence word
    F::fence(Ordering::Acquire);
    if seq.load(Ordering::Relaxed) != s1 {
        return None;
    }
    Some(d)
}

/// Writes `words` for `form`: claims the sequence word (false, writing
/// nothing, if another writer holds it), stores the data, publishes.
#[inline]
pub fn publish<F: Facade>(seq: &F::U32, data: &[F::U32], words: &[u32], form: u8) -> bool {
    let s = seq.load(Ordering::Relaxed);
    let Some(claimed) = seq_claim(s) else {
        return false;
    };
    // Acquire: the previous writer's data stores happen before ours, so
    // they cannot land after ours (loom found this: with a relaxed claim the
    // older publication's data could win over the newer's)
    if seq
        .compare_exchange(s, claimed, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        return false;
    }
    // the data stores must not become visible before the claim
    F::fence(Ordering::Release);
    for (k, w) in words.iter().enumerate() {
        data[k].store(*w, Ordering::Relaxed);
    }
    seq.store(seq_publish(claimed, form), Ordering::Release);
    true
}
