-- The review is written in the system. Its draft is a series of versions, one per save, never changed:
-- the source of each block (text with {{figure}} markers) as JSON. An edition freezes one version's
-- rendering (JSON and plain text) together with the period's values.
--
-- Until now the review's text lived in review_section/_block/_run, loaded from the dataset file (there
-- was no way to write it through the API). Those rows are dropped; at start the dataset loader writes
-- the file's text as version 1 of the draft and completes the earlier editions' renderings from it.

DROP TABLE review_run;
DROP TABLE review_block;
DROP TABLE review_section;
DROP SEQUENCE review_run_seq;
DROP SEQUENCE review_block_seq;
DROP SEQUENCE review_section_seq;
ALTER TABLE review DROP COLUMN title;
ALTER TABLE review DROP COLUMN subtitle;

-- The version the draft is at (0: nothing saved yet), and the correction under way, if any.
ALTER TABLE review ADD COLUMN draft_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE review ADD COLUMN correction_reason VARCHAR(2000);
ALTER TABLE review ADD COLUMN correction_by VARCHAR(100);
ALTER TABLE review ADD COLUMN correction_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE review_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE review_version (
    id          BIGINT         PRIMARY KEY,
    review_year INTEGER        NOT NULL REFERENCES review (review_year),
    number      INTEGER        NOT NULL,
    saved_by    VARCHAR(100)   NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    CONSTRAINT review_version_number UNIQUE (review_year, number)
);

-- What an edition froze besides the values: the draft version, its renderings, and for a correction
-- its reason. NULL only in editions made before this migration, until
-- the loader completes them at start.
ALTER TABLE review_edition ADD COLUMN draft_version INTEGER;
ALTER TABLE review_edition ADD COLUMN document VARCHAR(1000000);
ALTER TABLE review_edition ADD COLUMN plain_text VARCHAR(1000000);
ALTER TABLE review_edition ADD COLUMN reason VARCHAR(2000);

-- A closed period reopened for a correction is open to these org units only (comma-separated); NULL: to all.
ALTER TABLE period ADD COLUMN open_for VARCHAR(2000);
