//! Normalisation of an article's text: the text every offset indexes.
//!
//! NFC; no-break and other odd spaces become plain spaces; zero-width
//! characters and stray control characters go; CRLF and lone CR become LF.
//! Nothing visible changes: old tone placement ("uỷ") stays as written.

use unicode_normalization::UnicodeNormalization;

use crate::text::fold;

/// Cleans text as described in the module docs. Idempotent.
#[inline(never)]
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Runs of characters kept as they are are copied whole.
    let mut run = 0;
    let mut after_cr = false;
    // Whether every character kept so far is one NFC leaves alone.
    let mut stable = true;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII, most of the text, is kept and NFC leaves it alone.
        let b = bytes[i];
        if (0x20..0x7F).contains(&b) {
            after_cr = false;
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let lf_after_cr = after_cr && c == '\n';
        after_cr = c == '\r';
        let replacement = match c {
            _ if lf_after_cr => "",
            '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
            '\n' => {
                i += len;
                continue;
            }
            '\t' => " ",
            '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => " ",
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
            c if c.is_control() => " ",
            _ => {
                stable = stable && fold::nfc_stable(c);
                i += len;
                continue;
            }
        };
        out.push_str(&text[run..i]);
        out.push_str(replacement);
        i += len;
        run = i;
    }
    out.push_str(&text[run..]);
    if stable || out.is_ascii() {
        return out;
    }
    // Text already in NFC (the usual case) is not rebuilt.
    if unicode_normalization::is_nfc_quick(out.chars()) == unicode_normalization::IsNormalized::Yes
    {
        return out;
    }
    out.nfc().collect()
}

/// `clean` as first written, character by character: the reference.
#[cfg(test)]
fn clean_reference(text: &str) -> String {
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
            '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
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

    #[test]
    fn clean_equals_reference() {
        for text in [
            "a\r\r\nb\r",
            "\r\n\r\n",
            "x\r",
            "Tỉnh ủy\u{0301}\u{00A0}\u{2028}\u{0085}\u{200B}\u{7}",
            "e\u{301}\r\u{323}",
            "",
        ] {
            assert_eq!(clean(text), clean_reference(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn clean_equals_reference_on_any_text(text in "(?s).{0,40}") {
            proptest::prop_assert_eq!(clean(&text), clean_reference(&text));
        }

        #[test]
        fn clean_equals_reference_on_vietnamese(
            text in "[aeoudĐđ\r\n\t \u{A0}\u{85}\u{300}-\u{309}\u{323}\u{31B}ơưăâêôáàảãạếềểễệ\u{200B}\u{0}]{0,30}"
        ) {
            proptest::prop_assert_eq!(clean(&text), clean_reference(&text));
        }
    }
}
