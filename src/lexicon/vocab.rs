//! Word ids shared by every phrase table.
//!
//! Each word of a lexicon phrase gets a small integer id when the lexicon is
//! loaded; a sentence's tokens are mapped to ids once, and every phrase lookup
//! after that walks the tables by integer instead of hashing strings. A word
//! that no phrase holds gets [`UNKNOWN`], which ends any walk at once.

use rustc_hash::FxHashMap;

/// A word's id; [`UNKNOWN`] for words no phrase holds.
pub type WordId = u32;

/// The id of a word that is in no phrase.
pub const UNKNOWN: WordId = 0;

/// The id of ",", interned first: tables that read over commas test for it.
pub(super) const COMMA: WordId = 1;

/// Ids at or above this stand for several words (an expanded abbreviation,
/// "UBND" -> "ủy ban nhân dân"), indexed in a [`Keys`]' `multi` table.
const MULTI: WordId = 1 << 31;

/// The interned words of all phrase tables, and the expansions of
/// abbreviations as word sequences.
#[derive(Debug)]
pub struct Vocab {
    ids: FxHashMap<Box<str>, WordId>,
    multi: Vec<Box<[WordId]>>,
    multi_ids: FxHashMap<Box<str>, WordId>,
}

impl Default for Vocab {
    fn default() -> Self {
        let mut vocab = Vocab {
            ids: FxHashMap::default(),
            multi: Vec::new(),
            multi_ids: FxHashMap::default(),
        };
        let comma = vocab.intern(",");
        debug_assert_eq!(comma, COMMA);
        vocab
    }
}

impl Vocab {
    /// The id of one word (no space), adding it when new.
    pub(super) fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.ids.len() as WordId + 1;
        self.ids.insert(word.into(), id);
        id
    }

    /// Interns a folded phrase of several words as one element, so that a
    /// token whose expanded key it is can be looked up without splitting.
    pub(super) fn intern_phrase(&mut self, key: &str) {
        if !key.contains(' ') || self.multi_ids.contains_key(key) {
            return;
        }
        let words: Box<[WordId]> = key.split(' ').map(|w| self.intern(w)).collect();
        let id = MULTI | self.multi.len() as WordId;
        self.multi.push(words);
        self.multi_ids.insert(key.into(), id);
    }

    /// The id of a folded key: a word, or an interned several-word phrase;
    /// [`UNKNOWN`] otherwise.
    pub fn id(&self, key: &str) -> WordId {
        if let Some(&id) = self.ids.get(key) {
            id
        } else if key.contains(' ') {
            self.multi_ids.get(key).copied().unwrap_or(UNKNOWN)
        } else {
            UNKNOWN
        }
    }

    /// Keys for a phrase lookup from folded elements, each one word or several
    /// (an element of several words counts as one, as an expanded abbreviation does).
    pub fn keys<S: AsRef<str>>(&self, elements: &[S]) -> KeyBuf {
        let mut buf = KeyBuf {
            ids: Vec::with_capacity(elements.len()),
            multi: Vec::new(),
        };
        for element in elements {
            let element = element.as_ref();
            let id = if element.contains(' ') {
                let words: Box<[WordId]> = element.split(' ').map(|w| self.id(w)).collect();
                buf.multi.push(words);
                MULTI | (buf.multi.len() - 1) as WordId
            } else {
                self.id(element)
            };
            buf.ids.push(id);
        }
        buf
    }

    /// The several-word table, for [`Keys::new`] over ids from [`Vocab::id`].
    pub fn multi(&self) -> &[Box<[WordId]>] {
        &self.multi
    }
}

/// A run of elements to look up in a phrase table, borrowed.
#[derive(Clone, Copy, Debug)]
pub struct Keys<'a> {
    ids: &'a [WordId],
    multi: &'a [Box<[WordId]>],
}

impl<'a> Keys<'a> {
    /// Keys over ids from [`Vocab::id`] and that vocabulary's [`Vocab::multi`].
    pub fn new(ids: &'a [WordId], multi: &'a [Box<[WordId]>]) -> Self {
        Keys { ids, multi }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The word id of element `i` when it is a single word (`None` past the
    /// end or for a several-word element).
    #[inline]
    pub(super) fn single(&self, i: usize) -> Option<WordId> {
        self.ids.get(i).copied().filter(|id| id & MULTI == 0)
    }

    /// Element `i`: one word id, or the words of a several-word element.
    pub(super) fn element(&self, i: usize) -> Element<'a> {
        let id = self.ids[i];
        if id & MULTI == 0 {
            Element::Word(id)
        } else {
            let words = self
                .multi
                .get((id & !MULTI) as usize)
                .map_or(&[][..], |w| w);
            Element::Words(words)
        }
    }
}

/// One element of [`Keys`].
pub(super) enum Element<'a> {
    /// A single word.
    Word(WordId),
    /// Several words read as one element.
    Words(&'a [WordId]),
}

/// Owned keys, from [`Vocab::keys`].
#[derive(Debug)]
pub struct KeyBuf {
    ids: Vec<WordId>,
    multi: Vec<Box<[WordId]>>,
}

impl KeyBuf {
    /// The keys, borrowed for a lookup.
    pub fn keys(&self) -> Keys<'_> {
        Keys::new(&self.ids, &self.multi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases_get_ids() {
        let mut vocab = Vocab::default();
        assert_eq!(vocab.id(","), COMMA);
        let a = vocab.intern("ủy");
        assert_eq!(vocab.intern("ủy"), a);
        vocab.intern_phrase("ủy ban nhân dân");
        assert_eq!(vocab.id("ủy"), a);
        assert_eq!(vocab.id("nhân"), vocab.intern("nhân"));
        assert_eq!(vocab.id("không có"), UNKNOWN);
        assert_eq!(vocab.id("lạ"), UNKNOWN);
        let id = vocab.id("ủy ban nhân dân");
        assert_ne!(id, UNKNOWN);
        let ids = [id, a];
        let keys = Keys::new(&ids, vocab.multi());
        assert!(matches!(keys.element(0), Element::Words(w) if w.len() == 4 && w[0] == a));
        assert!(matches!(keys.element(1), Element::Word(w) if w == a));
        // Owned keys split an unknown phrase into their own table.
        let buf = vocab.keys(&["ban nhân", "ủy"]);
        let keys = buf.keys();
        assert_eq!(keys.len(), 2);
        assert!(matches!(keys.element(0), Element::Words(w) if w.len() == 2));
    }
}
