//! Normalisation of an article's text: the text every offset indexes.
//!
//! NFC; no-break and other odd spaces become plain spaces; zero-width
//! characters and stray control characters go; CRLF and lone CR become LF.
//! Nothing visible changes: old tone placement ("uỷ") stays as written.

use unicode_normalization::UnicodeNormalization;

/// Cleans text as described in the module docs. Idempotent.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}'
            | '\u{3000}' => out.push(' '),
            '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    if out.is_ascii() {
        return out;
    }
    out.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_normalises_spaces_lines_and_composition() {
        let nfd: String = "Tỉnh ủy".nfd().collect();
        assert_eq!(clean(&nfd), "Tỉnh ủy");
        assert_eq!(clean("a\u{00A0}b\r\nc\rd\u{200B}e"), "a b\nc\nde");
        assert_eq!(clean("Đảng uỷ"), "Đảng uỷ");
    }
}
