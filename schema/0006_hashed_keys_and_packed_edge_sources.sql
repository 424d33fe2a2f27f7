-- Version 6: the fact tables a third smaller where they were largest for what
-- they hold, and fewer B-tree pages for the writer to keep warm. (0001 to 0005
-- are never edited.) Three changes:
--   1. nodes: the unique index on the entity key, a copy of keys 50 bytes
--      long on average, becomes an index of a 64-bit hash of the key;
--   2. search_names: the unique index on (ascii, node) likewise becomes one
--      on (hash of ascii, node);
--   3. edge_sources: one row per (edge, article) with the spans packed, as
--      node_sources since version 5.
-- The hashes are xxh3-64 of the UTF-8 text as a signed integer
-- (src/store/rows.rs, `text_hash`). A hash only finds candidates: every lookup
-- compares the text too, so two texts with one hash can never be taken for
-- each other, and the writer, which looks a key up before inserting it, keeps
-- keys unique. The migration's code computes the hashes of the rows already
-- stored into temp.key_hashes and temp.ascii_hashes before this file runs,
-- and packs edge_sources_v6 after it (src/store/migrate.rs).

-- 1. Nodes.
CREATE TABLE nodes_v6 (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL
              CHECK (kind IN ('person', 'organization', 'resolution', 'meeting')),
    -- EntityKey.primary: folded, kind-prefixed identity ("person|tran quoc to").
    key       TEXT NOT NULL,
    -- text_hash(key): what the key is looked up by.
    key_hash  INTEGER NOT NULL,
    -- EntityKey.loose: the key shared with less precise citations of the same
    -- thing; an uncoded node has key = loose_key.
    loose_key TEXT,
    -- The canonical name: the first one stored.
    name      TEXT NOT NULL
) STRICT;

INSERT INTO nodes_v6 (id, kind, key, key_hash, loose_key, name)
SELECT n.id, n.kind, n.key, h.hash, n.loose_key, n.name
FROM nodes n JOIN temp.key_hashes h ON h.id = n.id;

DROP TABLE nodes;
ALTER TABLE nodes_v6 RENAME TO nodes;
CREATE INDEX nodes_by_key_hash ON nodes (key_hash);
CREATE INDEX nodes_by_loose_key ON nodes (loose_key) WHERE loose_key IS NOT NULL;

-- 2. Search names. The ids stay: the trigram index refers to them.
CREATE TABLE search_names_v6 (
    id         INTEGER PRIMARY KEY,
    node       INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    ascii      TEXT NOT NULL,
    -- text_hash(ascii): what a name is looked up by.
    ascii_hash INTEGER NOT NULL,
    initials   TEXT NOT NULL
) STRICT;

INSERT INTO search_names_v6 (id, node, ascii, ascii_hash, initials)
SELECT s.id, s.node, s.ascii, h.hash, s.initials
FROM search_names s JOIN temp.ascii_hashes h ON h.id = s.id;

-- Dropping the table drops its trigger; nothing is deleted from the trigram
-- index, whose rows keep their ids.
DROP TABLE search_names;
ALTER TABLE search_names_v6 RENAME TO search_names;
-- Lookups by folded name, and the writer's check that a node has a name.
CREATE INDEX search_names_by_ascii ON search_names (ascii_hash, node);
CREATE INDEX search_names_by_node ON search_names (node);
CREATE INDEX search_names_by_initials ON search_names (initials);

CREATE TRIGGER search_names_delete AFTER DELETE ON search_names BEGIN
    INSERT INTO search_trigrams (search_trigrams, rowid, ascii) VALUES ('delete', old.id, old.ascii);
END;

DROP TABLE temp.key_hashes;
DROP TABLE temp.ascii_hashes;

-- 3. Edge sources: filled from edge_sources by the migration's code, which
-- then drops that and gives this table its name.
CREATE TABLE edge_sources_v6 (
    edge    INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- The char spans into articles.text, packed as node_sources.spans.
    spans   BLOB NOT NULL,
    -- NULL when each span's quote is the article's text between its offsets
    -- (nearly always); else a JSON array, one entry per span in spans'
    -- order: the quote, or null for the text between the offsets.
    quotes  TEXT,
    PRIMARY KEY (edge, article)
) STRICT, WITHOUT ROWID;
