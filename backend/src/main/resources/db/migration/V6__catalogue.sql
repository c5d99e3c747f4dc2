-- The catalogue changes through the API: admins add, change and remove indicators.

-- Each change gives an entry a new version, so that a change based on an older read is refused.
ALTER TABLE indicator ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;

-- When an indicator was last removed. A removed entry takes its changed_at with it, yet the catalogue
-- changed: its Last-Modified must move forward all the same. One row, NULL until the first removal.
CREATE TABLE indicator_removal (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    removed_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO indicator_removal (id, removed_at) VALUES (1, NULL);
