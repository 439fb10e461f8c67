// @generated from runtime/src/tables.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The tables a status type reads, filled at compile time from its meanings in declaration order:
//! code to value, the meanings sorted by code, and a hash table from reason phrases, aliases and
//! names to values.
//!
//! Declaration order is precedence first (IANA, then each vendor as the registry lists them) and
//! code second, so within one code it is precedence order. Every rule that lets the preferred
//! meaning win is here, once: the first meaning of a code fills its slot, and the first text
//! inserted keeps it. Lookups cost one hash of the input and a probe or two, whatever the number of
//! phrases; matching ignores ASCII case and allocates nothing.
//!
//! This file uses nothing but `core`, so that `statusreg generate` can copy it, unchanged, into the
//! self-contained module it writes.

/// FNV-1a over the ASCII-lowercased bytes.
const fn hash(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i].to_ascii_lowercase() as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The number of slots for `phrases` entries: a power of two, more than twice the entries, so that
/// probes stay short and an empty slot always ends one. Codegen sizes the built-in table with the
/// same rule from the registry; there is no fixed capacity.
#[must_use]
pub(crate) const fn slots_for(phrases: usize) -> usize {
    (phrases * 2 + 1).next_power_of_two()
}

/// `a == b` ignoring ASCII case, in `const` (`str::eq_ignore_ascii_case` is `const` only from Rust
/// 1.89, above this crate's MSRV).
const fn same_ignoring_case(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// `table`, holding the caller's value for each code with no meaning (`Unregistered(code)`), with
/// each code of `codes` given the value of its first meaning among `declared`, in declaration
/// order. `codes[i]` is the code of `declared[i]`.
pub(crate) const fn fill_codes<T: Copy, const SLOTS: usize>(
    mut table: [T; SLOTS],
    declared: &[T],
    codes: &[u16],
) -> [T; SLOTS] {
    // Backwards, so that the first meaning of each code is written last.
    let mut i = declared.len();
    while i > 0 {
        i -= 1;
        table[codes[i] as usize] = declared[i];
    }
    table
}

/// `declared` sorted by code, stably: within a code, declaration order, which is precedence.
/// `codes[i]` is the code of `declared[i]`.
pub(crate) const fn sorted_by_code<T: Copy, const N: usize>(mut declared: [T; N], codes: &[u16]) -> [T; N] {
    let mut keys = [0u16; N];
    let mut i = 0;
    while i < N {
        keys[i] = codes[i];
        i += 1;
    }
    // Insertion sort: stable, and the constant evaluator runs it once per build.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let (key, value) = (keys[j - 1], declared[j - 1]);
            keys[j - 1] = keys[j];
            declared[j - 1] = declared[j];
            keys[j] = key;
            declared[j] = value;
            j -= 1;
        }
        i += 1;
    }
    declared
}

/// How many texts [`PhraseTable::filled`] inserts for meanings with these aliases: a reason, the
/// aliases and a name each.
pub(crate) const fn phrase_count(aliases: &[&[&str]]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < aliases.len() {
        count += 2 + aliases[i].len();
        i += 1;
    }
    count
}

/// Open addressing with linear probing. `T` is the value type (`StatusCode`), `SLOTS` the
/// capacity, a power of two from [`slots_for`].
pub(crate) struct PhraseTable<T: Copy + 'static, const SLOTS: usize> {
    slots: [Option<(u32, &'static str, T)>; SLOTS],
    len: usize,
}

impl<T: Copy + 'static, const SLOTS: usize> PhraseTable<T, SLOTS> {
    /// An empty table.
    pub(crate) const fn new() -> Self {
        Self { slots: [None; SLOTS], len: 0 }
    }

    /// Adds `phrase`; a phrase already present keeps its first value, which is how precedence works.
    /// Panics only at compile time, and only if the generator sized the table wrongly. Works in
    /// place, so filling the table costs the constant evaluator one pass, not a copy per phrase.
    pub(crate) const fn insert(&mut self, phrase: &'static str, value: T) {
        assert!(SLOTS.is_power_of_two(), "the phrase table needs a power-of-two size");
        assert!((self.len + 1) * 2 < SLOTS, "the phrase table was sized for fewer phrases");
        let h = hash(phrase);
        let mut i = h as usize % SLOTS;
        loop {
            match self.slots[i] {
                None => {
                    self.slots[i] = Some((h, phrase, value));
                    self.len += 1;
                    return;
                }
                Some((other_hash, other, _)) if other_hash == h && same_ignoring_case(other, phrase) => {
                    return;
                }
                Some(_) => i = (i + 1) % SLOTS,
            }
        }
    }

    /// The table of `declared`'s texts: `reasons[i]`, `aliases[i]` and `names[i]` are those of
    /// `declared[i]`. Every reason and alias first, in declaration order, so IANA's before any
    /// vendor's and one vendor's before the next one's; then every name, so that a phrase never
    /// loses to a name. The first insertion of a text keeps it.
    pub(crate) const fn filled(
        declared: &[T],
        reasons: &[&'static str],
        aliases: &[&'static [&'static str]],
        names: &[&'static str],
    ) -> Self {
        let mut table = Self::new();
        let mut i = 0;
        while i < declared.len() {
            table.insert(reasons[i], declared[i]);
            let mut alias = 0;
            while alias < aliases[i].len() {
                table.insert(aliases[i][alias], declared[i]);
                alias += 1;
            }
            i += 1;
        }
        let mut i = 0;
        while i < declared.len() {
            table.insert(names[i], declared[i]);
            i += 1;
        }
        table
    }

    /// The value of `phrase`, ignoring ASCII case.
    pub(crate) fn get(&self, phrase: &str) -> Option<T> {
        let h = hash(phrase);
        let mut i = h as usize % SLOTS;
        // The table is at most half full, so an empty slot always ends the probe.
        while let Some((slot_hash, slot_phrase, value)) = self.slots[i] {
            if slot_hash == h && slot_phrase.eq_ignore_ascii_case(phrase) {
                return Some(value);
            }
            i = (i + 1) % SLOTS;
        }
        None
    }
}
