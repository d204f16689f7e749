//! Inline-cache layouts: the code units that follow an instruction.
//!
//! Every family's first unit is its adaptive [`counter`](crate::counter).
//! Families whose specialized forms remember data (a type version, a cached
//! object) follow it with a *sequence word* and the data units. Another thread
//! may execute the instruction while one re-specializes it, so the data is
//! published like a seqlock:
//!
//! * the sequence word is `(n << 8) | form`, `form` being the opcode byte the
//!   data was written for; `n` is odd while a writer is filling the data;
//! * a writer claims the word with an acquire compare-and-swap (from an even
//!   `n` to `n + 1`; a writer that loses the race simply does not specialize;
//!   acquire orders the previous writer's data before its own), writes the
//!   data, then stores `n + 2` with release ordering, and only then the new
//!   instruction word;
//! * a reader loads the word (acquire), checks it is even and names its own
//!   form, reads the data, and re-reads the word after an acquire fence: any
//!   change means the data may be torn, and the reader takes the generic path.
//!
//! So a specialized form only ever acts on data written whole for that very
//! form, whatever order it sees the instruction word and the cache in; the
//! guards then check the data still describes the operands.

/// The adaptive counter (every family).
pub const COUNTER: usize = 0;
/// The sequence word (families with data).
pub const SEQ: usize = 1;
/// First data unit.
pub const DATA: usize = 2;

/// Families whose forms need no data: the counter alone.
pub const COUNTER_ONLY: usize = 1;

/// `LOAD_GLOBAL`: globals dict (2 units), its version (2; `u64::MAX`, which
/// no dict reaches, when the value is read through the entry instead), the
/// value (2), builtins dict (2),
/// its version (2), the globals' keys version (2), the name's entry index
/// in the globals (1).
///
/// `LOAD_GLOBAL_MODULE` reads the first six units: while the globals'
/// version is the one recorded nothing in them changed and the cached value
/// is current. When another global was rebound (a counter, a flag: the
/// version moves, the key set does not), it reads all thirteen and takes the
/// value from the recorded entry while the keys version is unchanged (as
/// CPython 3.11's keys-version guard), so one hot rebinding does not make
/// every global load of its module miss. `LOAD_GLOBAL_BUILTIN` guards the
/// globals' keys version (the name is still not a global) and the builtins'
/// version.
pub const LOAD_GLOBAL: usize = DATA + 13;
pub const GLOBALS: usize = DATA;
pub const GLOBALS_VERSION: usize = DATA + 2;
pub const GLOBAL_VALUE: usize = DATA + 4;
pub const BUILTINS: usize = DATA + 6;
pub const BUILTINS_VERSION: usize = DATA + 8;
pub const GLOBALS_KEYS_VERSION: usize = DATA + 10;
pub const GLOBAL_INDEX: usize = DATA + 12;
/// Data units `LOAD_GLOBAL_MODULE` reads first (globals, version, value).
pub const GLOBAL_MODULE_UNITS: usize = 6;

/// `CALL`: the class's version tag (1 unit) and its `__init__` (2), for
/// `CALL_ALLOC_AND_ENTER_INIT`; the other forms use the counter only.
pub const CALL: usize = DATA + 3;

/// `LOAD_METHOD`: up to [`METHOD_ENTRIES`] (type version, method) pairs of 3
/// units each: a polymorphic cache (the classes of a hierarchy that meet at
/// one call site each find their method).
pub const METHOD_ENTRIES: usize = 4;
pub const METHOD: usize = DATA + 3 * METHOD_ENTRIES;

/// `LOAD_ATTR`, `STORE_ATTR`: the type's version tag (1 unit),
/// then three 2-unit words whose meaning depends on the form (a slot index, a
/// cached object; for a module: its dict, the dict's version, the value).
pub const ATTR: usize = DATA + 7;
pub const TYPE_VERSION: usize = DATA;
pub const ATTR_A: usize = DATA + 1;
pub const ATTR_B: usize = DATA + 3;
pub const ATTR_C: usize = DATA + 5;

/// `JUMP_BACKWARD`: the counter counts back edges until the loop is
/// compiled; `JUMP_BACKWARD_JIT`'s data is the compiled region's address (2
/// units); one more unit counts the compiles of this loop.
pub const JUMP_BACKWARD: usize = DATA + 3;
pub const JIT_REGION: usize = DATA;
pub const JIT_COMPILES: usize = DATA + 2;

/// Sequence word written for `form` with sequence number `n`.
#[inline]
pub const fn seq_word(n: u32, form: u8) -> u32 {
    (n << 8) | form as u32
}

/// Whether a sequence word read by a reader is stable (no writer busy) and
/// was written for `form`.
#[inline]
pub const fn seq_ready_for(word: u32, form: u8) -> bool {
    word & 0x1ff == form as u32
}

/// The word a writer stores to claim the cache, given the word it read
/// (`None` if another writer holds it).
#[inline]
pub const fn seq_claim(word: u32) -> Option<u32> {
    if word & 0x100 != 0 {
        None
    } else {
        Some(word.wrapping_add(0x100))
    }
}

/// The word a writer stores when done: the next even sequence number, tagged
/// with the form the data is for.
#[inline]
pub const fn seq_publish(claimed: u32, form: u8) -> u32 {
    seq_word((claimed >> 8).wrapping_add(1), form)
}

/// Splits a 64-bit cache word into two code units (low first).
#[inline]
pub const fn split(w: u64) -> [u32; 2] {
    [w as u32, (w >> 32) as u32]
}

/// Joins two code units into a 64-bit cache word.
#[inline]
pub const fn join(lo: u32, hi: u32) -> u64 {
    lo as u64 | ((hi as u64) << 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_words() {
        let w = seq_word(0, 140);
        assert!(seq_ready_for(w, 140));
        assert!(!seq_ready_for(w, 141));
        let c = seq_claim(w).unwrap();
        assert!(!seq_ready_for(c, 140), "a claimed word is not ready");
        assert!(seq_claim(c).is_none(), "one writer at a time");
        let p = seq_publish(c, 141);
        assert!(seq_ready_for(p, 141));
        assert_ne!(p >> 8, w >> 8);
        // wraps without ever looking ready mid-write
        let top = seq_word(u32::MAX >> 8, 7);
        let c = seq_claim(top & !0x100).unwrap();
        assert!(seq_ready_for(seq_publish(c, 7), 7));
    }

    #[test]
    fn words_round_trip() {
        let w = 0xdead_beef_1234_5678u64;
        let [lo, hi] = split(w);
        assert_eq!(join(lo, hi), w);
    }

    #[test]
    fn layouts_fit() {
        assert!(BUILTINS_VERSION + 2 <= LOAD_GLOBAL);
        assert_eq!(GLOBAL_INDEX + 1, LOAD_GLOBAL);
        assert_eq!(GLOBAL_VALUE + 2, DATA + GLOBAL_MODULE_UNITS);
        assert!(ATTR_C + 2 <= ATTR);
        assert_eq!(METHOD - DATA, 3 * METHOD_ENTRIES);
    }
}
