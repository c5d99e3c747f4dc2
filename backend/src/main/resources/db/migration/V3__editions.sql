-- Published editions of a review: each freezes the approved values of the review's period, so that
-- what an edition said, with which values, can always be shown and exported again, byte for byte.

CREATE SEQUENCE review_edition_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE review_edition (
    id           BIGINT       PRIMARY KEY,
    review_year  INTEGER      NOT NULL REFERENCES review (review_year),
    number       INTEGER      NOT NULL,
    period_code  VARCHAR(16)  NOT NULL REFERENCES period (code),
    published_by VARCHAR(100) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    value_count  INTEGER      NOT NULL,
    -- SHA-256 of the frozen values in canonical form (see EditionService)
    content_hash VARCHAR(64)  NOT NULL,
    CONSTRAINT review_edition_number UNIQUE (review_year, number)
);

-- The same columns as data_value, so that exports read an edition exactly as they read live values.
CREATE TABLE edition_value (
    edition_id     BIGINT         NOT NULL REFERENCES review_edition (id),
    indicator_code VARCHAR(100)   NOT NULL,
    org_unit_code  VARCHAR(32)    NOT NULL,
    period_code    VARCHAR(16)    NOT NULL,
    numeric_value  NUMERIC(20, 4) NOT NULL,
    qualifier      VARCHAR(16)    NOT NULL,
    revision       INTEGER        NOT NULL,
    source         VARCHAR(300)   NOT NULL,
    recorded_by    VARCHAR(100)   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submission_id  BIGINT,
    approved_by    VARCHAR(100),
    PRIMARY KEY (edition_id, indicator_code, org_unit_code, period_code)
);
