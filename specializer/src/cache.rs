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

/// `JUMP_BACKWARD`: the counter counts back edges until the loop is
/// compiled; `JUMP_BACKWARD_JIT`'s data is the compiled region's address (2
/// units); one more unit counts the compiles of this loop.
pub const JUMP_BACKWARD: usize = DATA + 3;
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

// Typed views of the families' data: what each form remembers, by name.
// The quickener writes a whole block with `encode`; a reader decodes the
// units it loaded under the sequence word (`UNITS` of them, a prefix of the
// family's data where a form needs fewer). Decoding is only joins and
// copies, inlined: the interpreter pays nothing for the names.

/// `LOAD_GLOBAL_MODULE`'s fast read: the globals, the version they had,
/// the value (0 when it is read through the entry instead).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GlobalHead {
    pub globals: u64,
    pub version: u64,
    pub value: u64,
}

impl GlobalHead {
    pub const UNITS: usize = 6;

    #[inline(always)]
    pub fn decode(d: [u32; 6]) -> Self {
        GlobalHead {
            globals: join(d[0], d[1]),
            version: join(d[2], d[3]),
            value: join(d[4], d[5]),
        }
    }
}

/// All of `LOAD_GLOBAL`'s data (layout in [`LOAD_GLOBAL`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GlobalData {
    pub head: GlobalHead,
    pub builtins: u64,
    pub builtins_version: u64,
    pub keys_version: u64,
    /// The name's entry in the globals (`u32::MAX`: not a global).
    pub index: u32,
}

impl GlobalData {
    pub const UNITS: usize = 13;

    #[inline(always)]
    pub fn decode(d: [u32; 13]) -> Self {
        GlobalData {
            head: GlobalHead::decode([d[0], d[1], d[2], d[3], d[4], d[5]]),
            builtins: join(d[6], d[7]),
            builtins_version: join(d[8], d[9]),
            keys_version: join(d[10], d[11]),
            index: d[12],
        }
    }

    pub fn encode(&self) -> [u32; 13] {
        let mut d = [0u32; 13];
        let words = [
            self.head.globals,
            self.head.version,
            self.head.value,
            self.builtins,
            self.builtins_version,
            self.keys_version,
        ];
        for (k, w) in words.iter().enumerate() {
            [d[2 * k], d[2 * k + 1]] = split(*w);
        }
        d[12] = self.index;
        d
    }
}

/// `LOAD_ATTR`/`STORE_ATTR` data: the type's version tag and three words
/// whose meaning is the form's: `LOAD_ATTR_MODULE` (version 0) the module's
/// dict, its version and the value; `LOAD_ATTR_CLASS` the value;
/// `LOAD_ATTR_PROPERTY` the getter; the slot forms the slot's index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttrData {
    pub version: u32,
    pub a: u64,
    pub b: u64,
    pub c: u64,
}

impl AttrData {
    pub const UNITS: usize = 7;

    #[inline(always)]
    pub fn decode(d: [u32; 7]) -> Self {
        AttrData {
            version: d[0],
            a: join(d[1], d[2]),
            b: join(d[3], d[4]),
            c: join(d[5], d[6]),
        }
    }

    pub fn encode(&self) -> [u32; 7] {
        let (a, b, c) = (split(self.a), split(self.b), split(self.c));
        [self.version, a[0], a[1], b[0], b[1], c[0], c[1]]
    }
}

/// A type (or class) version and a word: the first three units of
/// [`AttrData`] (a class attribute, a property's getter), of a `LOAD_METHOD`
/// entry, and `CALL_ALLOC_AND_ENTER_INIT`'s class and `__init__`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VersionWord {
    pub version: u32,
    pub word: u64,
}

impl VersionWord {
    pub const UNITS: usize = 3;

    #[inline(always)]
    pub fn decode(d: [u32; 3]) -> Self {
        VersionWord {
            version: d[0],
            word: join(d[1], d[2]),
        }
    }

    pub fn encode(&self) -> [u32; 3] {
        let w = split(self.word);
        [self.version, w[0], w[1]]
    }
}

/// A type version and an index: the first two units of [`AttrData`] for the
/// slot forms (the slot) and of [`InstanceData`] (the entry hint).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VersionIndex {
    pub version: u32,
    pub index: u32,
}

impl VersionIndex {
    pub const UNITS: usize = 2;

    #[inline(always)]
    pub fn decode(d: [u32; 2]) -> Self {
        VersionIndex {
            version: d[0],
            index: d[1],
        }
    }
}

/// The instance-value forms: the newest type's version and the entry hint,
/// then the versions of up to five more types seen at the site whose
/// instances share that hint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InstanceData {
    pub version: u32,
    pub hint: u32,
    pub others: [u32; 5],
}

impl InstanceData {
    pub const UNITS: usize = 7;

    #[inline(always)]
    pub fn decode(d: [u32; 7]) -> Self {
        InstanceData {
            version: d[0],
            hint: d[1],
            others: [d[2], d[3], d[4], d[5], d[6]],
        }
    }

    pub fn encode(&self) -> [u32; 7] {
        let o = self.others;
        [self.version, self.hint, o[0], o[1], o[2], o[3], o[4]]
    }

    /// Whether instances of the type with version `v` use the hint.
    #[inline(always)]
    pub fn covers(&self, v: u32) -> bool {
        v == self.version || self.others.contains(&v)
    }
}

/// `LOAD_METHOD`'s polymorphic cache: up to [`METHOD_ENTRIES`] (type
/// version, method) entries, the newest first; version 0 is an empty entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MethodEntries {
    pub entries: [VersionWord; METHOD_ENTRIES],
}

impl MethodEntries {
    pub const UNITS: usize = 3 * METHOD_ENTRIES;

    #[inline(always)]
    pub fn decode(d: [u32; 3 * METHOD_ENTRIES]) -> Self {
        let mut m = MethodEntries::default();
        for (k, e) in m.entries.iter_mut().enumerate() {
            *e = VersionWord::decode([d[3 * k], d[3 * k + 1], d[3 * k + 2]]);
        }
        m
    }

    pub fn encode(&self) -> [u32; 3 * METHOD_ENTRIES] {
        let mut d = [0u32; 3 * METHOD_ENTRIES];
        for (k, e) in self.entries.iter().enumerate() {
            d[3 * k..3 * k + 3].copy_from_slice(&e.encode());
        }
        d
    }

    /// The method for the type with version `v`.
    #[inline(always)]
    pub fn find(&self, v: u32) -> Option<u64> {
        self.entries
            .iter()
            .find(|e| e.version == v && v != 0)
            .map(|e| e.word)
    }
}

/// `JUMP_BACKWARD_JIT`: the compiled region's address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegionData {
    pub region: u64,
}

impl RegionData {
    pub const UNITS: usize = 2;

    #[inline(always)]
    pub fn decode(d: [u32; 2]) -> Self {
        RegionData {
            region: join(d[0], d[1]),
        }
    }

    pub fn encode(&self) -> [u32; 2] {
        split(self.region)
    }
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
        // each family's data holds its views
        assert_eq!(DATA + GlobalData::UNITS, LOAD_GLOBAL);
        assert!(GlobalHead::UNITS <= GlobalData::UNITS);
        assert_eq!(DATA + AttrData::UNITS, ATTR);
        assert_eq!(DATA + InstanceData::UNITS, ATTR);
        assert!(VersionWord::UNITS <= AttrData::UNITS && VersionIndex::UNITS <= AttrData::UNITS);
        assert_eq!(DATA + MethodEntries::UNITS, METHOD);
        assert_eq!(DATA + VersionWord::UNITS, CALL);
        assert!(DATA + RegionData::UNITS <= JIT_COMPILES);
    }

    #[test]
    fn views_round_trip() {
        let g = GlobalData {
            head: GlobalHead {
                globals: 0x1234_5678_9abc,
                version: u64::MAX,
                value: 8,
            },
            builtins: 0xdead_beef_0000,
            builtins_version: 7,
            keys_version: 1 << 40,
            index: 3,
        };
        let d = g.encode();
        assert_eq!(GlobalData::decode(d), g);
        let mut head = [0u32; GlobalHead::UNITS];
        head.copy_from_slice(&d[..GlobalHead::UNITS]);
        assert_eq!(GlobalHead::decode(head), g.head, "the head is a prefix");
        assert_eq!(GlobalData::UNITS, LOAD_GLOBAL - DATA);
        assert_eq!(d[12], 3, "the index last");

        let a = AttrData {
            version: 9,
            a: 0x7f00_0000_1000,
            b: 5,
            c: u64::MAX - 1,
        };
        let d = a.encode();
        assert_eq!(AttrData::decode(d), a);
        assert_eq!(AttrData::UNITS, ATTR - DATA);
        assert_eq!(
            VersionWord::decode([d[0], d[1], d[2]]),
            VersionWord {
                version: 9,
                word: a.a
            }
        );
        assert_eq!(
            VersionIndex::decode([d[0], d[1]]),
            VersionIndex {
                version: 9,
                index: 0x1000
            }
        );

        let i = InstanceData {
            version: 4,
            hint: 2,
            others: [6, 0, 0, 0, 0],
        };
        assert_eq!(InstanceData::decode(i.encode()), i);
        assert!(i.covers(4) && i.covers(6) && !i.covers(5));

        let mut m = MethodEntries::default();
        m.entries[0] = VersionWord {
            version: 3,
            word: 0x10,
        };
        m.entries[1] = VersionWord {
            version: 8,
            word: 0x20,
        };
        let m2 = MethodEntries::decode(m.encode());
        assert_eq!(m2, m);
        assert_eq!(m2.find(8), Some(0x20));
        assert_eq!(m2.find(0), None, "an empty entry matches nothing");
        assert_eq!(MethodEntries::UNITS, METHOD - DATA);

        assert_eq!(VersionWord::UNITS, CALL - DATA);
        assert!(RegionData::UNITS <= JIT_COMPILES - DATA);
        let r = RegionData {
            region: 0x5555_0000_1234,
        };
        assert_eq!(RegionData::decode(r.encode()), r);
    }
}
