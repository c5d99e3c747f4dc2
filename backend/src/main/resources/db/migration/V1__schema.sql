-- One migration set for PostgreSQL and H2 (PostgreSQL mode): standard SQL only.

CREATE TABLE org_unit (
    code        VARCHAR(32)  PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('city', 'county')),
    parent_code VARCHAR(32)  REFERENCES org_unit (code)
);

CREATE TABLE period (
    code       VARCHAR(16) PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('year')),
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    state      VARCHAR(16) NOT NULL CHECK (state IN ('open', 'closed')),
    CHECK (start_date <= end_date)
);

CREATE TABLE indicator (
    code        VARCHAR(100)   PRIMARY KEY,
    name_zh     VARCHAR(200)   NOT NULL,
    name_en     VARCHAR(300)   NOT NULL,
    unit        VARCHAR(16)    NOT NULL,
    value_type  VARCHAR(32)    NOT NULL,
    aggregation VARCHAR(16)    NOT NULL CHECK (aggregation IN ('sum', 'none')),
    category    VARCHAR(32)    NOT NULL,
    min_value   NUMERIC(20, 4) NOT NULL,
    max_value   NUMERIC(20, 4) NOT NULL,
    CHECK (min_value <= max_value)
);

CREATE SEQUENCE data_value_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE data_value (
    id             BIGINT         PRIMARY KEY,
    indicator_code VARCHAR(100)   NOT NULL REFERENCES indicator (code),
    org_unit_code  VARCHAR(32)    NOT NULL REFERENCES org_unit (code),
    period_code    VARCHAR(16)    NOT NULL REFERENCES period (code),
    numeric_value  NUMERIC(20, 4) NOT NULL,
    qualifier      VARCHAR(16)    NOT NULL CHECK (qualifier IN ('exact', 'more_than')),
    state          VARCHAR(16)    NOT NULL CHECK (state IN ('approved')),
    source         VARCHAR(300)   NOT NULL,
    recorded_by    VARCHAR(100)   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision       INTEGER        NOT NULL,
    CONSTRAINT data_value_key UNIQUE (indicator_code, org_unit_code, period_code)
);
CREATE INDEX data_value_period ON data_value (period_code, org_unit_code);

CREATE SEQUENCE review_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_section_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_block_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_run_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE review (
    id            BIGINT       PRIMARY KEY,
    review_year   INTEGER      NOT NULL UNIQUE,
    org_unit_code VARCHAR(32)  NOT NULL REFERENCES org_unit (code),
    period_code   VARCHAR(16)  NOT NULL REFERENCES period (code),
    title         VARCHAR(200) NOT NULL,
    subtitle      VARCHAR(200),
    state         VARCHAR(16)  NOT NULL CHECK (state IN ('draft', 'published'))
);

CREATE TABLE review_section (
    id          BIGINT       PRIMARY KEY,
    review_id   BIGINT       NOT NULL REFERENCES review (id),
    position    INTEGER      NOT NULL,
    section_key VARCHAR(32)  NOT NULL,
    heading     VARCHAR(200),
    theme       VARCHAR(200),
    CONSTRAINT review_section_position UNIQUE (review_id, position),
    CONSTRAINT review_section_key UNIQUE (review_id, section_key)
);

CREATE TABLE review_block (
    id         BIGINT      PRIMARY KEY,
    section_id BIGINT      NOT NULL REFERENCES review_section (id),
    position   INTEGER     NOT NULL,
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('lead', 'topic', 'paragraph', 'closing')),
    CONSTRAINT review_block_position UNIQUE (section_id, position)
);

-- A run is plain text or a reference to a data value; the rendered figure is never stored.
CREATE TABLE review_run (
    id             BIGINT        PRIMARY KEY,
    block_id       BIGINT        NOT NULL REFERENCES review_block (id),
    position       INTEGER       NOT NULL,
    kind           VARCHAR(16)   NOT NULL CHECK (kind IN ('text', 'figure')),
    text           VARCHAR(4000),
    indicator_code VARCHAR(100)  REFERENCES indicator (code),
    org_unit_code  VARCHAR(32)   REFERENCES org_unit (code),
    period_code    VARCHAR(16)   REFERENCES period (code),
    display_format VARCHAR(16),
    CONSTRAINT review_run_position UNIQUE (block_id, position),
    CHECK ((kind = 'text' AND text IS NOT NULL AND indicator_code IS NULL)
        OR (kind = 'figure' AND text IS NULL AND indicator_code IS NOT NULL
            AND org_unit_code IS NOT NULL AND period_code IS NOT NULL AND display_format IS NOT NULL))
);
