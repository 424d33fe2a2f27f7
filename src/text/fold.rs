//! Matching keys: fold case, spacing, punctuation at word edges and old/new tone
//! placement ("uỷ" = "ủy", "hoà" = "hòa") so that surface variants meet. Keys are
//! for lookup and merging, never printed.

use unicode_normalization::UnicodeNormalization;

const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];
const EDGE_PUNCT: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}', '.', ',', ':', ';', '!',
    '?', '…',
];

/// The matching key of a text: per word, NFD with the tone mark moved to the end
/// of the syllable, lowercase; punctuation at word edges dropped; single spaces.
///
/// Tones are kept ("Tỏ" and "Tô" differ); only their placement is folded.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for word in text.split_whitespace() {
        let word = word.trim_matches(EDGE_PUNCT);
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        push_word_key(word, &mut out);
    }
    out
}

/// The key of one word (no white space inside), appended to `out`.
pub fn push_word_key(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    let mut tone = None;
    let mut base = String::with_capacity(word.len());
    for c in word.nfd() {
        if TONES.contains(&c) {
            tone = Some(c);
        } else {
            base.push(c);
        }
    }
    for c in base.nfc() {
        out.extend(c.to_lowercase());
    }
    if let Some(t) = tone {
        out.push(t);
    }
}

/// A looser key for search: every diacritic dropped, "đ" read as "d", lowercase,
/// words kept in order ("Trần Quốc Tỏ" -> "tran quoc to").
pub fn ascii_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let word = word.trim_matches(EDGE_PUNCT);
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.nfd() {
            match c {
                'đ' | 'Đ' => out.push('d'),
                c if unicode_normalization::char::is_combining_mark(c) => {}
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_tone_placement_and_case() {
        assert_eq!(key("Đảng uỷ"), key("đảng ủy"));
        assert_eq!(key("hoà"), key("hòa"));
        assert_eq!(key("  TP.  Hà   Nội "), key("tp hà nội"));
        assert_ne!(key("Tỏ"), key("Tô"));
        assert_eq!(key(&key("Thuỷ Hoà")), key("Thuỷ Hoà"));
    }

    #[test]
    fn fold_ascii_key_drops_diacritics() {
        assert_eq!(ascii_key("Trần Quốc Tỏ"), "tran quoc to");
        assert_eq!(ascii_key("Đảng ủy"), "dang uy");
    }
}
