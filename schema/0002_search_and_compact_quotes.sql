-- Version 2: compact edge quotes, a trigram name index for lookups, an index
-- on attribute values. (0001 is never edited.)

-- Edge quotes are the article's text between start and end in nearly every
-- case: store NULL then and read the quote back with substr(), which counts
-- characters as the offsets do. A quote that differs is kept as written.
CREATE TABLE edge_sources_v2 (
    edge    INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    -- NULL: substr(articles.text, start + 1, end - start).
    quote   TEXT,
    PRIMARY KEY (edge, article, start, "end")
) STRICT, WITHOUT ROWID;

INSERT INTO edge_sources_v2 (edge, article, start, "end", quote)
SELECT s.edge, s.article, s.start, s."end",
       CASE WHEN s.quote = substr(a.text, s.start + 1, s."end" - s.start) THEN NULL
            ELSE s.quote END
FROM edge_sources s JOIN articles a ON a.id = s.article;

DROP TABLE edge_sources;
ALTER TABLE edge_sources_v2 RENAME TO edge_sources;
CREATE INDEX edge_sources_by_article ON edge_sources (article);

-- Every name and alias of every node, diacritic-free and lowercase (the
-- `ascii` of query lookups), with its word initials ("bca" for "Bộ Công an").
-- Rows go with their node by cascade; the store adds a row whenever a node
-- gains a name or alias, and indexes new rows in search_trigrams once per
-- batch (rows above the highest id indexed), not row by row: FTS5 flushes its
-- pending terms at every statement, and per-row flushes cost more than the
-- rest of the save.
CREATE TABLE search_names (
    id       INTEGER PRIMARY KEY,
    node     INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    ascii    TEXT NOT NULL,
    initials TEXT NOT NULL,
    UNIQUE (node, ascii)
) STRICT;

CREATE INDEX search_names_by_ascii ON search_names (ascii);
CREATE INDEX search_names_by_initials ON search_names (initials);

-- Substring search over search_names.ascii: the trigram tokenizer answers
-- MATCH '"cong an"' with every name containing that text.
CREATE VIRTUAL TABLE search_trigrams USING fts5 (
    ascii, content = 'search_names', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);

-- The highest search_names.id indexed in search_trigrams.
CREATE TABLE search_indexed (id INTEGER NOT NULL) STRICT;
INSERT INTO search_indexed (id) VALUES (0);

CREATE TRIGGER search_names_delete AFTER DELETE ON search_names BEGIN
    INSERT INTO search_trigrams (search_trigrams, rowid, ascii) VALUES ('delete', old.id, old.ascii);
END;

-- Lookups by document number and by type go through attribute values.
CREATE INDEX node_attrs_by_value ON node_attrs (name, value);

-- search_names answers folded-name lookups now; these two indexes of 0001 had
-- no reader.
DROP INDEX nodes_by_name_key;
DROP INDEX aliases_by_key;
