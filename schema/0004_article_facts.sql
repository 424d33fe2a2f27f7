-- Version 4: each article's facts listed in one row, instead of two indexes
-- by article. (0001 to 0003 are never edited.)
--
-- Replacing a changed article deletes its sources, and finding them took an
-- index of node_sources and one of edge_sources by article: about 1.1 KB an
-- article at 100,000 articles, written at every save for the rare change. The
-- ids of the nodes and edges an article supports now sit in one row here
-- (about 100 bytes), and its sources are found through the primary keys,
-- (node, article, ...) and (edge, article, ...). Articles are never deleted,
-- so no foreign key needs those indexes either.
CREATE TABLE article_facts (
    article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    -- The node ids, ascending, as differences from the previous one, each an
    -- unsigned LEB128 varint (see src/store/facts.rs).
    nodes   BLOB NOT NULL,
    -- The edge ids, likewise.
    edges   BLOB NOT NULL
) STRICT;

-- Filled from the sources by the migration's code (SQL cannot pack varints),
-- before these indexes go.
