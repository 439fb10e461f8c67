//! A hash table from reason phrases (and variant names) to statuses, filled at compile time.
//!
//! The generated code inserts every enabled phrase with [`PhraseTable::insert`] inside a `static`
//! initializer, each insertion under its vendor's `#[cfg]`, in precedence order; so the table holds
//! exactly the phrases of the build and lookups cost one hash of the input and a probe or two,
//! whatever the number of phrases. Matching ignores ASCII case and allocates nothing.

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

    /// How many slots a lookup of `phrase` reads.
    #[cfg(test)]
    fn probes(&self, phrase: &str) -> usize {
        let mut i = hash(phrase) as usize % SLOTS;
        let mut n = 1;
        while let Some((_, slot_phrase, _)) = self.slots[i] {
            if slot_phrase.eq_ignore_ascii_case(phrase) {
                break;
            }
            i = (i + 1) % SLOTS;
            n += 1;
        }
        n
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

#[cfg(test)]
mod tests {
    use super::{PhraseTable, slots_for};

    static TABLE: PhraseTable<u16, { slots_for(4) }> = {
        let mut table = PhraseTable::new();
        table.insert("Not Found", 404);
        table.insert("Gone", 410);
        table.insert("not found", 999);
        table.insert("NotFound", 404);
        table
    };

    #[test]
    fn lookups_ignore_case_and_keep_the_first_insertion() {
        assert_eq!(TABLE.get("NOT FOUND"), Some(404));
        assert_eq!(TABLE.get("gone"), Some(410));
        assert_eq!(TABLE.get("notfound"), Some(404));
        assert_eq!(TABLE.get("Not Foun"), None);
        assert_eq!(TABLE.get(""), None);
        assert_eq!(TABLE.len, 3);
    }

    /// A registry of about 900 statuses, whose phrases differ only in their digits, as synthetic
    /// or numbered phrases do: every lookup still ends within a few probes.
    #[cfg(feature = "std")]
    #[test]
    fn probes_stay_short_when_phrases_differ_only_in_digits() {
        extern crate std;
        use std::boxed::Box;
        use std::format;
        use std::vec::Vec;

        const PHRASES: usize = 2700;
        let mut table: Box<PhraseTable<u16, { slots_for(PHRASES) }>> = Box::new(PhraseTable::new());
        let mut phrases: Vec<&'static str> = Vec::new();
        for code in 100..1000u16 {
            for text in
                [format!("Synthetic Status {code}"), format!("Generated {code}"), format!("SyntheticStatus{code}")]
            {
                let text: &'static str = Box::leak(text.into_boxed_str());
                table.insert(text, code);
                phrases.push(text);
            }
        }
        let probes: Vec<usize> = phrases.iter().map(|p| table.probes(p)).collect();
        let longest = probes.iter().copied().max().unwrap_or(0);
        let total: usize = probes.iter().sum();
        // A mean under 1.6 probes: total * 10 < 16 * count.
        assert!(longest <= 12 && total * 10 < 16 * probes.len(), "longest probe {longest}, {total} probes in all");
        assert_eq!(table.get("generated 404"), Some(404));
    }

    #[test]
    fn sizes_grow_with_the_phrases() {
        assert_eq!(slots_for(0), 1);
        assert_eq!(slots_for(3), 8);
        assert_eq!(slots_for(4), 16);
        assert_eq!(slots_for(400), 1024);
        for n in 0..5000 {
            assert!(slots_for(n) > 2 * n && slots_for(n).is_power_of_two());
        }
    }
}
