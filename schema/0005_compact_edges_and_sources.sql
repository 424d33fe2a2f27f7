-- Version 5: a smaller database, written faster. (0001 to 0004 are never
-- edited.) Three changes, measured at 20,000 generated articles:
--   1. edge kinds stored as small integers, and the edge's uniqueness carried
--      by the walk index by source (edges: 1,950 -> 1,040 bytes an article);
--   2. a node's mentions in an article in one row of node_sources, the spans
--      packed (31 -> 18 rows an article, 550 -> about 300 bytes);
--   3. the folded copies nodes.name_key and aliases.alias_key, which nothing
--      read since schema 2, dropped, and the index of nodes by kind, which
--      only `stats` read;
--   4. the search names' uniqueness and their lookup by folded name one index,
--      (ascii, node), where there were two;
--   5. attribute values indexed only for the two attributes looked up by value.
-- Tables whose columns change are rebuilt as SQLite documents it: create the
-- new table, copy, drop the old one, rename. The migration runs with foreign
-- keys off, so that dropping a table does not cascade to the rows referencing
-- it, and checks them before it commits (src/store/migrate.rs).

-- 1. Edges.
-- An edge was stored four times (the table, its UNIQUE (kind, source, target,
-- role) index and the two walk indexes), each copy with its kind spelled out:
-- "holds_position" is 14 bytes where 1 does. The kind is now the position of
-- the kind in EdgeKind::ALL (src/model.rs):
--   0 chaired, 1 organized, 2 attended, 3 spoke_at, 4 issued,
--   5 implements, 6 supersedes, 7 discussed, 8 holds_position, 9 part_of
-- and (source, kind, target, role), the walk index by source extended by the
-- role, is the unique key: two index writes fewer per edge.
CREATE TABLE edges_v5 (
    id     INTEGER PRIMARY KEY,
    kind   INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 9),
    source INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    -- attrs.role of holds_position; '' when the edge has none (not NULL:
    -- NULLs never collide in a unique index).
    role   TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO edges_v5 (id, kind, source, target, role)
SELECT id,
       CASE kind WHEN 'chaired' THEN 0 WHEN 'organized' THEN 1 WHEN 'attended' THEN 2
                 WHEN 'spoke_at' THEN 3 WHEN 'issued' THEN 4 WHEN 'implements' THEN 5
                 WHEN 'supersedes' THEN 6 WHEN 'discussed' THEN 7
                 WHEN 'holds_position' THEN 8 WHEN 'part_of' THEN 9 END,
       source, target, role
FROM edges;

DROP TABLE edges;
ALTER TABLE edges_v5 RENAME TO edges;

-- Walks by either end read the other end and the kind from the index; the
-- index by source is also the edge's identity.
CREATE UNIQUE INDEX edges_by_source ON edges (source, kind, target, role);
CREATE INDEX edges_by_target ON edges (target, kind, source);

-- 2. Node sources.
-- node_sources held one row per mention: about 31 rows an article, 550 bytes
-- at 20,000 articles, each row a B-tree insert at save. One row per (node,
-- article) with the spans packed holds the same offsets in about half the
-- bytes and rows. The migration's code fills this table from node_sources,
-- then drops that and gives this one its name (src/store/packed.rs).
CREATE TABLE node_sources_v5 (
    node    INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- The char spans into articles.text, ascending by (start, end): for each,
    -- its start minus the previous span's start, then its length, as unsigned
    -- LEB128 varints.
    spans   BLOB NOT NULL,
    PRIMARY KEY (node, article)
) STRICT, WITHOUT ROWID;

-- 3. Folded names are in search_names since schema 2; the copies in nodes.name_key
-- and aliases.alias_key had no reader. ALTER TABLE DROP COLUMN cannot drop
-- nodes.name_key (SQLite cuts the column out of the table's SQL text and leaves
-- the comment before it open over the closing parenthesis), so nodes is rebuilt
-- like edges above, and aliases with it.
CREATE TABLE nodes_v5 (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL
              CHECK (kind IN ('person', 'organization', 'resolution', 'meeting')),
    -- EntityKey.primary: folded, kind-prefixed identity ("person|tran quoc to").
    key       TEXT NOT NULL UNIQUE,
    -- EntityKey.loose: the key shared with less precise citations of the same
    -- thing; an uncoded node has key = loose_key.
    loose_key TEXT,
    -- The canonical name: the first one stored.
    name      TEXT NOT NULL
) STRICT;

INSERT INTO nodes_v5 (id, kind, key, loose_key, name)
SELECT id, kind, key, loose_key, name FROM nodes;

DROP TABLE nodes;
ALTER TABLE nodes_v5 RENAME TO nodes;
CREATE INDEX nodes_by_loose_key ON nodes (loose_key) WHERE loose_key IS NOT NULL;

CREATE TABLE aliases_v5 (
    node  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (node, alias)
) STRICT, WITHOUT ROWID;

INSERT INTO aliases_v5 (node, alias) SELECT node, alias FROM aliases;

DROP TABLE aliases;
ALTER TABLE aliases_v5 RENAME TO aliases;

-- 4. Search names: UNIQUE (node, ascii) and the index by ascii become UNIQUE
-- (ascii, node), which answers lookups by folded name, and an index by node
-- alone, which deleting a node's rows needs. The ids stay: the trigram index
-- refers to them.
CREATE TABLE search_names_v5 (
    id       INTEGER PRIMARY KEY,
    node     INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    ascii    TEXT NOT NULL,
    initials TEXT NOT NULL,
    UNIQUE (ascii, node)
) STRICT;

INSERT INTO search_names_v5 (id, node, ascii, initials)
SELECT id, node, ascii, initials FROM search_names;

-- Dropping the table drops its trigger; nothing is deleted from the trigram
-- index, whose rows keep their ids.
DROP TABLE search_names;
ALTER TABLE search_names_v5 RENAME TO search_names;
CREATE INDEX search_names_by_node ON search_names (node);
CREATE INDEX search_names_by_initials ON search_names (initials);

CREATE TRIGGER search_names_delete AFTER DELETE ON search_names BEGIN
    INSERT INTO search_trigrams (search_trigrams, rowid, ascii) VALUES ('delete', old.id, old.ascii);
END;

-- 5. Attribute values are looked up for two attributes only: a document's
-- number ("Nghị quyết 12") and its type (one node per type). Two partial
-- indexes hold those rows alone, where one index held every attribute row
-- (dates, ranks, codes, meeting types too), the name repeated in each.
DROP INDEX node_attrs_by_value;
CREATE INDEX node_attrs_by_number ON node_attrs (value) WHERE name = 'number';
CREATE INDEX node_attrs_by_doc_type ON node_attrs (value) WHERE name = 'doc_type';
