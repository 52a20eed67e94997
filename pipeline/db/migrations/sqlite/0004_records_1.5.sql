-- records: 1.5
-- Schema 1.5 adds the document field `anchor_source` (where the date relative expressions were
-- resolved against came from: dateline, input, option; null when the document had none): a
-- column of its own, null for the rows loaded before (their anchor, when they have one, is there).
ALTER TABLE documents ADD COLUMN anchor_source TEXT;
