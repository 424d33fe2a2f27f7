//! Matching keys: fold case, spacing, punctuation at word edges and old/new tone
//! placement ("uỷ" = "ủy", "hoà" = "hòa") so that surface variants meet. Keys are
//! for lookup and merging, never printed.

use unicode_normalization::UnicodeNormalization;

const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];
const EDGE_PUNCT: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}', '.', ',', ':', ';', '!',
    '?', '…',
];

/// The matching key of a text: per word, lowercase NFC with the tone mark on
/// the vowel where the traditional rules put it ("uỷ" -> "ủy", "hoà" -> "hòa",
/// "tỉnh" stays); punctuation at word edges dropped; single spaces.
///
/// Tones are kept ("Tỏ" and "Tô" differ); only their placement is folded. Keys
/// of words spelled the usual way equal their lowercase form, so code may
/// compare a key with a literal ("của", "đã").
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut word_key = String::new();
    for word in text.split_whitespace() {
        let word = word.trim_matches(EDGE_PUNCT);
        if word.is_empty() {
            continue;
        }
        word_key.clear();
        push_word_key(word, &mut word_key);
        // Composition can make punctuation of a raw character (U+037E into ";").
        let folded = word_key.trim_matches(EDGE_PUNCT);
        if folded.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(folded);
    }
    out
}

/// The key of one word (no white space inside), appended to `out`.
///
/// Syllables repeat endlessly in a corpus, so the keys of non-ASCII words are
/// cached per thread (bounded; the cache only saves work, never changes a key).
pub fn push_word_key(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    thread_local! {
        static CACHE: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<str>>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    const MAX_CACHED: usize = 200_000;
    let cached = CACHE.with(|c| c.borrow().get(word).map(|k| out.push_str(k)).is_some());
    if cached {
        return;
    }
    let start = out.len();
    fold_word(word, out);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() < MAX_CACHED {
            c.insert(word.into(), out[start..].into());
        }
    });
}

/// The uncached key of one non-ASCII word, appended to `out`.
fn fold_word(word: &str, out: &mut String) {
    let mut tone = None;
    let mut base: Vec<char> = Vec::with_capacity(word.len());
    // A combining mark that follows no letter (after a space, punctuation or a
    // symbol such as U+1FBF) attaches to nothing: it is dropped.
    let mut after_letter = false;
    for c in word.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            if !after_letter {
                continue;
            }
            if TONES.contains(&c) {
                tone = Some(c);
                continue;
            }
        } else {
            after_letter = c.is_alphanumeric();
        }
        base.extend(c.to_lowercase());
    }
    let base: Vec<char> = base.into_iter().nfc().collect();
    let Some(tone) = tone else {
        out.extend(base);
        return;
    };
    let Some(at) = tone_vowel(&base) else {
        // No Vietnamese vowel carries the mark (a foreign word): it stays on the
        // letter it followed, so the key is the composed, lowercase word.
        let kept: String = word
            .nfd()
            .scan(false, |after_letter, c| {
                let mark = unicode_normalization::char::is_combining_mark(c);
                let keep = !mark || *after_letter;
                if !mark {
                    *after_letter = c.is_alphanumeric();
                }
                Some(keep.then_some(c))
            })
            .flatten()
            .flat_map(char::to_lowercase)
            .collect();
        out.extend(kept.nfc());
        return;
    };
    let at = Some(at);
    let mut word = String::with_capacity(base.len() * 2 + 2);
    for (i, c) in base.iter().enumerate() {
        word.push(*c);
        if Some(i) == at {
            word.push(tone);
        }
    }
    out.extend(word.nfc());
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Index of the vowel that carries the tone in a lowercase, toneless syllable.
fn tone_vowel(s: &[char]) -> Option<usize> {
    let mut vowels: Vec<usize> = (0..s.len()).filter(|&i| is_vowel(s[i])).collect();
    // "qu" and "gi" (before another vowel) are consonants.
    if vowels.len() > 1 {
        let f = vowels[0];
        if (s[f] == 'u' && f > 0 && s[f - 1] == 'q') || (s[f] == 'i' && f > 0 && s[f - 1] == 'g') {
            vowels.remove(0);
        }
    }
    let (&first, &last) = (vowels.first()?, vowels.last()?);
    if let Some(&d) = vowels
        .iter()
        .rev()
        .find(|&&i| matches!(s[i], 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư'))
    {
        return Some(d);
    }
    // Only letters close a syllable (not a comma left on the word).
    let closed = s[last + 1..].iter().any(|c| c.is_alphabetic());
    Some(match vowels.len() {
        1 => first,
        _ if closed => last,
        2 => first,
        _ => vowels[1],
    })
}

/// A looser key for search: every diacritic dropped, "đ" read as "d", lowercase,
/// words kept in order ("Trần Quốc Tỏ" -> "tran quoc to").
pub fn ascii_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut folded = String::new();
    for word in text.split_whitespace() {
        folded.clear();
        for c in word.nfd() {
            match c {
                'đ' | 'Đ' => folded.push('d'),
                c if unicode_normalization::char::is_combining_mark(c) => {}
                c => folded.extend(c.to_lowercase()),
            }
        }
        let word = folded.trim_matches(EDGE_PUNCT);
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
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
        for w in [
            "của", "đã", "tỉnh", "người", "quốc", "giữa", "hoài", "toàn", "thuế", "ủy", "hòa",
            "quý", "gì",
        ] {
            assert_eq!(key(w), w, "{w}");
        }
        assert_eq!(key("Uỷ ban Hoà Bình khoẻ"), "ủy ban hòa bình khỏe");
    }

    #[test]
    fn fold_ascii_key_drops_diacritics() {
        assert_eq!(ascii_key("Trần Quốc Tỏ"), "tran quoc to");
        assert_eq!(ascii_key("Đảng ủy"), "dang uy");
    }
}
