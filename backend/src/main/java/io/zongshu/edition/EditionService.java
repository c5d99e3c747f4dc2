package io.zongshu.edition;

import io.zongshu.access.Caller;
import io.zongshu.common.ApiException;
import io.zongshu.common.Timestamps;
import io.zongshu.period.PeriodService;
import io.zongshu.review.Review;
import io.zongshu.review.ReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.hibernate.Session;

/**
 * Publishing: a reviewer publishes an edition of a year's review. The review becomes published, its
 * period is closed, and the period's approved values are copied into the edition, where nothing changes
 * them again.
 */
@ApplicationScoped
@Transactional
public class EditionService {
    private static final String COLUMNS = "indicator_code, org_unit_code, period_code, numeric_value, qualifier,"
            + " revision, source, recorded_by, recorded_at, submission_id, approved_by";

    @Inject
    Session session;
    @Inject
    PeriodService periods;

    /** The editions of a year's review, oldest first. */
    public List<Edition> ofYear(int year) {
        return Edition.ofYear(year);
    }

    public Edition publish(Caller caller, int year) {
        Review review = Review.findByYear(year).orElseThrow(() -> ApiException.notFound("No review of " + year));
        OffsetDateTime now = Timestamps.now();
        if (review.state() == ReviewState.DRAFT) {
            review.publish(now);
        }
        periods.close(caller, review.periodCode());
        return freeze(year, review.periodCode(), caller.username(), now);
    }

    /** A review published by the dataset loader gets its first edition there and then. */
    public void ensureFirstEdition(int year, String by) {
        Review review = Review.findByYear(year).orElseThrow();
        if (review.state() == ReviewState.PUBLISHED && Edition.ofYear(year).isEmpty()) {
            freeze(year, review.periodCode(), by, review.publishedAt().orElseGet(Timestamps::now));
        }
    }

    private Edition freeze(int year, String period, String by, OffsetDateTime at) {
        session.flush(); // the values to freeze may have been written in this transaction (the loader)
        int number = Edition.ofYear(year).size() + 1;
        ContentHash hash = hashValues(period);
        Edition edition = new Edition(year, number, period, by, at, hash.values(), hash.hex());
        edition.persistAndFlush();
        session.createNativeMutationQuery("INSERT INTO edition_value (edition_id, " + COLUMNS + ") SELECT :edition, "
                        + COLUMNS + " FROM data_value WHERE period_code = :period")
                .setParameter("edition", edition.id()).setParameter("period", period).executeUpdate();
        return edition;
    }

    /**
     * The content hash: SHA-256 over the period's values, one line each in code order
     * ("indicator|orgUnit|period|value|qualifier|revision"), and how many there are.
     */
    private ContentHash hashValues(String period) {
        return session.doReturningWork(connection -> {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
            int count = 0;
            try (PreparedStatement s = connection.prepareStatement("SELECT indicator_code, org_unit_code, period_code,"
                    + " numeric_value, qualifier, revision FROM data_value WHERE period_code = ?"
                    + " ORDER BY indicator_code, org_unit_code, period_code")) {
                s.setString(1, period);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String line = r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
                                + r.getBigDecimal(4).stripTrailingZeros().toPlainString() + "|" + r.getString(5) + "|"
                                + r.getInt(6) + "\n";
                        digest.update(line.getBytes(StandardCharsets.UTF_8));
                        count++;
                    }
                }
            }
            return new ContentHash(count, HexFormat.of().formatHex(digest.digest()));
        });
    }
}
