//! Rust names for registry entries.
//!
//! A variant's default name is its reason phrase in UpperCamelCase, after the vendor's prefix.
//! Apostrophes are dropped first, so "I'm a teapot" gives `ImATeapot` rather than `IMATeapot`.

use heck::ToUpperCamelCase;

/// The name the catch-all variant of `StatusCode` takes; no entry may use it.
pub const UNREGISTERED: &str = "Unregistered";

/// `text` in UpperCamelCase, with apostrophes dropped rather than treated as word breaks.
#[must_use]
pub fn upper_camel(text: &str) -> String {
    let cleaned: String = text.chars().filter(|c| !matches!(c, '\'' | '\u{2019}')).collect();
    cleaned.to_upper_camel_case()
}

/// Why `name` cannot be a variant name, if it cannot.
#[must_use]
pub fn variant_name_problem(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    match chars.next() {
        None => Some("it is empty"),
        Some(first) if !first.is_ascii_uppercase() => Some("it must start with an ASCII capital letter"),
        Some(_) if !chars.all(|c| c.is_ascii_alphanumeric()) => {
            Some("it may hold only ASCII letters and digits (UpperCamelCase)")
        }
        Some(_) if name == "Self" => Some("`Self` is a Rust keyword"),
        Some(_) if name == UNREGISTERED => Some("`Unregistered` is the catch-all variant of `StatusCode`"),
        Some(_) => None,
    }
}

/// The candidate closest to `target` by edit distance (ignoring ASCII case), if one is close enough
/// to be a plausible typo: at most a third of the name's length, and at least one edit.
pub fn nearest<'a>(target: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (target.chars().count() / 3).max(1);
    ranked(target, candidates).into_iter().find(|(d, _)| *d <= limit).map(|(_, c)| c)
}

/// The candidates with their edit distance to `target` (ignoring ASCII case), nearest first (a
/// stable order among equals); where a message offers several names rather than one typo fix.
pub fn ranked<'a>(target: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<(usize, &'a str)> {
    let target = target.to_ascii_lowercase();
    let mut ranked: Vec<(usize, &'a str)> =
        candidates.map(|c| (edit_distance(&target, &c.to_ascii_lowercase()), c)).collect();
    ranked.sort_by_key(|(d, _)| *d);
    ranked
}

/// Levenshtein distance over characters.
#[must_use]
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_become_upper_camel_case() {
        assert_eq!(upper_camel("I'm a teapot"), "ImATeapot");
        assert_eq!(upper_camel("OK"), "Ok");
        assert_eq!(upper_camel("HTTP Version Not Supported"), "HttpVersionNotSupported");
        assert_eq!(upper_camel("Non-Authoritative Information"), "NonAuthoritativeInformation");
        assert_eq!(upper_camel("aws-elb"), "AwsElb");
    }

    #[test]
    fn typos_find_the_nearest_name() {
        let names = ["NotFound", "Found", "Forbidden", "NotModified"];
        assert_eq!(nearest("NotFund", names.into_iter()), Some("NotFound"));
        assert_eq!(nearest("notfound", names.into_iter()), Some("NotFound"));
        assert_eq!(nearest("Teapot", names.into_iter()), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn bad_names_are_explained() {
        assert_eq!(variant_name_problem("NotFound"), None);
        assert!(variant_name_problem("3dSecure").is_some());
        assert!(variant_name_problem("notFound").is_some());
        assert!(variant_name_problem("Not_Found").is_some());
        assert!(variant_name_problem("Self").is_some());
        assert!(variant_name_problem("Unregistered").is_some());
        assert!(variant_name_problem("").is_some());
    }
}
