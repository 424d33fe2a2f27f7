-- Version 3: the edge indexes cover the columns a graph walk reads. (0001 and
-- 0002 are never edited.)
--
-- Walks (`SELECT target, kind FROM edges WHERE source = ?`) and subgraph loads
-- (the edges whose both ends are in a set) read the other end and the kind of
-- every edge of a node: with them in the index, a hub's thousands of edges are
-- one index range instead of one table lookup each.
DROP INDEX edges_by_source;
DROP INDEX edges_by_target;
CREATE INDEX edges_by_source ON edges (source, kind, target);
CREATE INDEX edges_by_target ON edges (target, kind, source);
