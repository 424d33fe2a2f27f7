//! Domain knowledge as data: ranks, roles, organisations, provinces, document and
//! meeting types, cue words. Loaded from the `*.tsv` files beside this module.
//! (Placeholder: filled in by the extraction work.)

use std::sync::OnceLock;

/// All lexicons, loaded once.
#[derive(Debug, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicon bundled with the binary.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::default)
    }
}
