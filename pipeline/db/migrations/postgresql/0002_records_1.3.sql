-- records: 1.3
-- Schema 1.3 adds the timex field `in_name` (the year belongs to the name of an edition, event
-- or notice, `Gastech 2025`): a column of its own, false for the rows loaded before.
ALTER TABLE timexes ADD COLUMN in_name BOOLEAN NOT NULL DEFAULT FALSE;
