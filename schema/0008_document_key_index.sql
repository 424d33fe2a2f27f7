-- Version 8: documents found by a range of keys. (0001 to 0007 are never
-- edited.) A document's key starts with its loose key (type and number):
-- "resolution|nghị quyết|160" is the loose key of "resolution|nghị quyết|160"
-- (uncoded), "...|160|NQTW" and "...|160|NQTW|2017" (src/resolve.rs). A
-- citation without a year looks for the dated versions of its code, the keys
-- starting with "<code key>|"; through the loose key, every node of that
-- loose key was read (a plan of that number in every province and year, about
-- 30 at 100,000 articles). An index of the keys finds them as a range, and
-- serves the loose key's look-up too (its keys are the loose key itself and
-- those starting with "<loose key>|"), so it replaces nodes_by_loose_key.
DROP INDEX nodes_by_loose_key;
CREATE INDEX nodes_by_document_key ON nodes (key) WHERE loose_key IS NOT NULL;
