//! Tokens of one sentence: words (runs of letters and digits) and single
//! punctuation marks, each with its span, folded key, and the key after
//! abbreviation expansion ("TW" -> "trung ương"). Every rule reads these.

use crate::doc::{Doc, Span};

use crate::lexicon::{Lexicon, LexiconMemo, WordId};
use crate::text::fold;

/// One token of a sentence.
#[derive(Clone, Debug)]
pub struct Token {
    /// Where it is in the document.
    pub span: Span,
    /// Folded key of the surface form.
    pub key: Key,
    /// Folded key after abbreviation expansion (may hold several words).
    pub ekey: Key,
    /// Whether the token starts with a capital letter.
    pub cap: bool,
    /// Whether the token is a word (letters or digits), not punctuation.
    pub word: bool,
    /// Whether the word is all digits.
    pub number: bool,
    /// Whether the word is title case (see [`Token::title_case`]).
    title: bool,
    /// The punctuation character; `'\0'` for a word.
    mark: char,
    /// The lexicon word id of `ekey`, for phrase lookups.
    pub eid: WordId,
}

impl Token {
    /// The token's punctuation character, if it is punctuation.
    pub fn punct(&self) -> Option<char> {
        (!self.word).then_some(self.mark)
    }

    /// Whether the token is the given punctuation mark.
    pub fn is(&self, c: char) -> bool {
        !self.word && self.mark == c
    }

    /// Whether the token is a word whose initial is capital and whose rest is
    /// lower case, as syllables of a name are ("Tỏ", not "CAND").
    pub fn title_case(&self) -> bool {
        self.title
    }
}

/// A token's folded key: one shared string for every token of a word, so
/// tokenising copies no text (tokens of a sentence are made and dropped on one
/// thread).
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(std::rc::Rc<str>);

impl Key {
    /// The key as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Key {
    fn from(text: &str) -> Key {
        Key(text.into())
    }
}

impl std::ops::Deref for Key {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Key {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

/// Whether a word is title case: a capital initial, the rest lower case.
fn is_title_case(surface: &str) -> bool {
    // "H'Ngọc": the part after a name's apostrophe is title case too.
    let text = match surface.char_indices().nth(1) {
        Some((k, '\'' | '’')) => &surface[k + 1..],
        _ => surface,
    };
    let mut cs = text.chars();
    cs.next().is_some_and(|c| c.is_uppercase()) && cs.all(|c| c.is_lowercase())
}

/// What a word's surface form alone determines: computed once per distinct
/// word and thread (folding is the costliest step of tokenising).
#[derive(Clone)]
struct WordInfo {
    key: Key,
    ekey: Key,
    eid: WordId,
    cap: bool,
    number: bool,
    title: bool,
}

impl WordInfo {
    fn new(surface: &str, lexicon: &Lexicon) -> WordInfo {
        // A word holds no white space and no edge punctuation, so its key is
        // `fold::key(surface)`: its word key, trimmed.
        let mut folded = String::new();
        fold::push_word_key(surface, &mut folded);
        let key = Key::from(fold::trim_edge_punct(&folded));
        let ekey = lexicon
            .abbreviations
            .get(key.as_str())
            .filter(|_| {
                surface.chars().filter(|c| c.is_uppercase()).count() >= 2 || surface == "Tp"
            })
            .map(|x| Key::from(fold::key(x).as_str()))
            .unwrap_or_else(|| key.clone());
        let number = surface.bytes().all(|b| b.is_ascii_digit());
        WordInfo {
            eid: lexicon.vocab.id(&ekey),
            key,
            ekey,
            cap: surface.chars().next().is_some_and(|c| c.is_uppercase()),
            number,
            title: !number && is_title_case(surface),
        }
    }
}

thread_local! {
    /// The words this thread has tokenised.
    static WORDS: std::cell::RefCell<LexiconMemo<WordInfo>> =
        std::cell::RefCell::new(LexiconMemo::new(100_000));
    /// The punctuation marks this thread has tokenised: key and word id.
    static MARKS: std::cell::RefCell<LexiconMemo<(Key, WordId)>> =
        std::cell::RefCell::new(LexiconMemo::new(10_000));
}

/// Tokenises a span of the document.
#[inline(never)]
pub fn tokenize(doc: &Doc, span: Span, lexicon: &Lexicon) -> Vec<Token> {
    // One borrow of this thread's memos for the whole span, not one a token.
    WORDS.with_borrow_mut(|words| {
        MARKS.with_borrow_mut(|marks| {
            tokenize_with(doc.slice(span), span.start, lexicon, words, marks)
        })
    })
}

/// [`tokenize`] of `text`, which starts at byte `base` of the document.
fn tokenize_with(
    text: &str,
    base: usize,
    lexicon: &Lexicon,
    words: &mut LexiconMemo<WordInfo>,
    marks: &mut LexiconMemo<(Key, WordId)>,
) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut word_start: Option<usize> = None;
    let mut push_word = |out: &mut Vec<Token>, s: usize, e: usize| {
        let surface = &text[s..e];
        let word = words.get(surface, lexicon, || WordInfo::new(surface, lexicon));
        out.push(Token {
            span: Span::new(base + s, base + e),
            cap: word.cap,
            number: word.number,
            word: true,
            title: word.title,
            mark: '\0',
            eid: word.eid,
            key: word.key,
            ekey: word.ekey,
        });
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII letters and digits, and spaces, are most of the text.
        if b.is_ascii_alphanumeric() {
            word_start.get_or_insert(i);
            i += 1;
            continue;
        }
        if b == b' ' {
            if let Some(s) = word_start.take() {
                push_word(&mut out, s, i);
            }
            i += 1;
            continue;
        }
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let e = i + c.len_utf8();
        if is_word_char(c) || joins_word(text, word_start, i, c) {
            word_start.get_or_insert(i);
            i = e;
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut out, s, i);
        }
        if !c.is_whitespace() {
            let surface = &text[i..e];
            let (key, eid) = marks.get(surface, lexicon, || {
                (Key::from(surface), lexicon.vocab.id(surface))
            });
            out.push(Token {
                span: Span::new(base + i, base + e),
                ekey: key.clone(),
                key,
                cap: false,
                word: false,
                number: false,
                title: false,
                mark: c,
                eid,
            });
        }
        i = e;
    }
    if let Some(s) = word_start {
        push_word(&mut out, s, text.len());
    }
    out
}

/// Whether the mark `c` at byte `i` of `text` joins the word begun at
/// `word_start` (or the next one) instead of ending it.
fn joins_word(text: &str, word_start: Option<usize>, i: usize, c: char) -> bool {
    // The word so far is one capital letter.
    let one_capital = || {
        word_start.is_some_and(|s| {
            let mut w = text[s..i].chars();
            w.next().is_some_and(char::is_uppercase) && w.next().is_none()
        })
    };
    let after = &text[i + c.len_utf8()..];
    match c {
        // "H'Ngọc Niê", "K'Bình": a one-letter prefix and an apostrophe open some
        // ethnic-minority names; the name is one word.
        '\'' | '’' => one_capital() && after.chars().next().is_some_and(char::is_uppercase),
        // "GD&ĐT", "NN&MT": an ampersand between capitals joins an abbreviation.
        '&' => {
            word_start.is_some()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_uppercase)
                && after.chars().next().is_some_and(char::is_uppercase)
        }
        // "T.Ư Đoàn": a period between two capital letters standing alone
        // joins an abbreviation ("H.Duy", a byline's initial, stays apart).
        '.' => {
            one_capital() && {
                let mut rest = after.chars();
                rest.next().is_some_and(char::is_uppercase)
                    && rest.next().is_none_or(|n| !is_word_char(n))
            }
        }
        _ => false,
    }
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
#[inline(never)]
/// "(Ảnh: Minh Anh)", "Nguồn: ..." name a photographer or outlet, not an official.
pub fn without_credits(mut tokens: Vec<Token>) -> Vec<Token> {
    let is_credit = |i: usize, tokens: &[Token]| {
        tokens[i].cap
            && tokens.get(i + 1).is_some_and(|t| t.is(':'))
            && matches!(tokens[i].key.as_str(), "ảnh" | "nguồn" | "video" | "clip")
    };
    let mut i = 0;
    while i < tokens.len() {
        if is_credit(i, &tokens) {
            // Inside parentheses the credit ends at ")"; otherwise at the sentence end.
            let open = i > 0 && tokens[i - 1].is('(');
            let start = if open { i - 1 } else { i };
            let end = if open {
                (i..tokens.len())
                    .find(|&k| tokens[k].is(')'))
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

/// The surface text from token `a` to token `b` inclusive.
pub fn surface<'d>(doc: &'d Doc, tokens: &[Token], a: usize, b: usize) -> &'d str {
    doc.slice(Span::new(tokens[a].span.start, tokens[b].span.end))
}
