-- records: 1.4
-- Schema 1.4 adds the event types meeting and visit; event types are stored as text, so no column
-- changes: this step records that the database holds records of schema 1.4.
SELECT 1;
