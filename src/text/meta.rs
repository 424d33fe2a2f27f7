//! Article metadata read off the text: title, publication date, site furniture
//! (view counters, "Phản hồi", "Các tin khác"...) and the byline or source line.
//! (Placeholder: filled in by the text stage work.)

use crate::date::PartialDate;
use crate::doc::Span;

/// What [`analyse`] finds.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// The headline.
    pub title: Option<Span>,
    /// The publication date.
    pub published: Option<PartialDate>,
    /// Lines that are not article content.
    pub metadata: Vec<Span>,
    /// The byline or source line.
    pub byline: Option<Span>,
}

/// Reads the metadata of a cleaned text.
pub fn analyse(text: &str) -> Meta {
    let _ = text;
    Meta::default()
}
