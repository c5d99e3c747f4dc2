-- When the data behind each public read last changed, for Last-Modified and If-Modified-Since. Rows that
-- exist already get the time of this migration: later than their real change, so a cache revalidates
-- once rather than keeping something stale. Nothing in the application deletes these rows.

ALTER TABLE org_unit ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE indicator ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE period ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

-- A review: its newest change (structure or state), and when it was published.
ALTER TABLE review ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE review ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE review SET published_at = (SELECT MIN(e.published_at) FROM review_edition e
                                  WHERE e.review_year = review.review_year)
 WHERE state = 'published';
UPDATE review SET published_at = changed_at WHERE state = 'published' AND published_at IS NULL;
ALTER TABLE review ADD CONSTRAINT review_published_at CHECK ((state = 'published') = (published_at IS NOT NULL));
