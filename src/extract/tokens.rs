//! Tokens of one sentence: words (runs of letters and digits) and single
//! punctuation marks, each with its span, folded key, and the key after
//! abbreviation expansion ("TW" -> "trung ương"). Every rule reads these.

use crate::doc::{Doc, Span};
use crate::lexicon::Lexicon;
use crate::text::fold;

/// One token of a sentence.
#[derive(Clone, Debug)]
pub struct Token {
    /// Where it is in the document.
    pub span: Span,
    /// Folded key of the surface form.
    pub key: String,
    /// Folded key after abbreviation expansion (may hold several words).
    pub ekey: String,
    /// Whether the token starts with a capital letter.
    pub cap: bool,
    /// Whether the token is a word (letters or digits), not punctuation.
    pub word: bool,
    /// Whether the word is all digits.
    pub number: bool,
}

impl Token {
    /// The token's punctuation character, if it is punctuation.
    pub fn punct(&self, doc: &Doc) -> Option<char> {
        if self.word {
            None
        } else {
            doc.slice(self.span).chars().next()
        }
    }

    /// Whether the token is the given punctuation mark.
    pub fn is(&self, doc: &Doc, c: char) -> bool {
        !self.word && doc.slice(self.span).starts_with(c)
    }

    /// Whether the token is a word whose initial is capital and whose rest is
    /// lower case, as syllables of a name are ("Tỏ", not "CAND").
    pub fn title_case(&self, doc: &Doc) -> bool {
        let text = doc.slice(self.span);
        // "H'Ngọc": the part after a name's apostrophe is title case too.
        let text = match text.char_indices().nth(1) {
            Some((k, '\'' | '’')) => &text[k + 1..],
            _ => text,
        };
        let mut cs = text.chars();
        self.word
            && !self.number
            && cs.next().is_some_and(|c| c.is_uppercase())
            && cs.all(|c| c.is_lowercase())
    }
}

/// Tokenises a span of the document.
pub fn tokenize(doc: &Doc, span: Span, lexicon: &Lexicon) -> Vec<Token> {
    let text = doc.slice(span);
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut word_start: Option<usize> = None;
    let mut folded = String::new();
    let mut push_word = |out: &mut Vec<Token>, s: usize, e: usize| {
        let surface = &text[s..e];
        // A word holds no white space and no edge punctuation, so its key is
        // `fold::key(surface)`: its word key, trimmed.
        folded.clear();
        fold::push_word_key(surface, &mut folded);
        let key = fold::trim_edge_punct(&folded).to_string();
        let ekey = lexicon
            .abbreviations
            .get(&key)
            .filter(|_| {
                surface.chars().filter(|c| c.is_uppercase()).count() >= 2 || surface == "Tp"
            })
            .map(|x| fold::key(x))
            .unwrap_or_else(|| key.clone());
        let mut chars = surface.chars();
        out.push(Token {
            span: Span::new(span.start + s, span.start + e),
            cap: chars.next().is_some_and(|c| c.is_uppercase()),
            number: surface.bytes().all(|b| b.is_ascii_digit()),
            word: true,
            key,
            ekey,
        });
    };
    for (i, c) in text.char_indices() {
        // "H'Ngọc Niê", "K'Bình": a one-letter prefix and an apostrophe open some
        // ethnic-minority names; the name is one word.
        let name_apostrophe = matches!(c, '\'' | '’')
            && word_start.is_some_and(|s| {
                let mut w = text[s..i].chars();
                w.next().is_some_and(char::is_uppercase) && w.next().is_none()
            })
            && text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        // "GD&ĐT", "NN&MT": an ampersand between capitals joins an abbreviation.
        let abbreviation_amp = c == '&'
            && word_start.is_some()
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_uppercase)
            && text[i + 1..].chars().next().is_some_and(char::is_uppercase);
        // "T.Ư Đoàn": a period between two capital letters standing alone
        // joins an abbreviation ("H.Duy", a byline's initial, stays apart).
        let abbreviation_dot = c == '.'
            && word_start.is_some_and(|s| {
                let mut w = text[s..i].chars();
                w.next().is_some_and(char::is_uppercase) && w.next().is_none()
            })
            && {
                let mut rest = text[i + 1..].chars();
                rest.next().is_some_and(char::is_uppercase)
                    && rest.next().is_none_or(|n| !is_word_char(n))
            };
        if is_word_char(c) || name_apostrophe || abbreviation_amp || abbreviation_dot {
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut out, s, i);
        }
        if !c.is_whitespace() {
            let e = i + c.len_utf8();
            out.push(Token {
                span: Span::new(span.start + i, span.start + e),
                key: c.to_string(),
                ekey: c.to_string(),
                cap: false,
                word: false,
                number: false,
            });
        }
    }
    if let Some(s) = word_start {
        push_word(&mut out, s, text.len());
    }
    out
}

/// Whether a character belongs to a word: alphanumeric or a combining accent.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        fold::is_alphanumeric(c) || is_combining(c)
    }
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Drops photo and source credits from a sentence's tokens: "Ảnh: TTXVN",
/// "(Ảnh: Minh Anh)", "Nguồn: ..." name a photographer or outlet, not an official.
pub fn without_credits(doc: &Doc, mut tokens: Vec<Token>) -> Vec<Token> {
    let is_credit = |i: usize, tokens: &[Token]| {
        matches!(tokens[i].key.as_str(), "ảnh" | "nguồn" | "video" | "clip")
            && tokens[i].cap
            && tokens.get(i + 1).is_some_and(|t| t.is(doc, ':'))
    };
    let mut i = 0;
    while i < tokens.len() {
        if is_credit(i, &tokens) {
            // Inside parentheses the credit ends at ")"; otherwise at the sentence end.
            let open = i > 0 && tokens[i - 1].is(doc, '(');
            let start = if open { i - 1 } else { i };
            let end = if open {
                (i..tokens.len())
                    .find(|&k| tokens[k].is(doc, ')'))
                    .map_or(tokens.len(), |k| k + 1)
            } else {
                tokens.len()
            };
            tokens.drain(start..end);
            i = start;
            continue;
        }
        i += 1;
    }
    tokens
}

/// The expanded keys of a token slice, for phrase lookups.
pub fn ekeys(tokens: &[Token]) -> Vec<&str> {
    tokens.iter().map(|t| t.ekey.as_str()).collect()
}

/// The surface text from token `a` to token `b` inclusive.
pub fn surface<'d>(doc: &'d Doc, tokens: &[Token], a: usize, b: usize) -> &'d str {
    doc.slice(Span::new(tokens[a].span.start, tokens[b].span.end))
}
