package io.zongshu.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Answers to requests sent with an Idempotency-Key, per caller. Saved in the transaction that did the
 * work, so the answer exists exactly when the work was committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyStore {

    public record Saved(String requestHash, int status, String body) {
    }

    @Inject
    Session session;

    public Optional<Saved> find(String callerSubject, String key) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, response_status,"
                    + " response_body FROM idempotent_request WHERE caller_subject = ? AND idempotency_key = ?")) {
                select.setString(1, callerSubject);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Saved(row.getString(1), row.getInt(2), row.getString(3)))
                            : Optional.<Saved>empty();
                }
            }
        });
    }

    /** A concurrent request with the same key fails here on the primary key, and its work is rolled back. */
    public void save(String callerSubject, String key, Saved answer, OffsetDateTime at) {
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_request"
                    + " (caller_subject, idempotency_key, request_hash, response_status, response_body, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, callerSubject);
                insert.setString(2, key);
                insert.setString(3, answer.requestHash());
                insert.setInt(4, answer.status());
                insert.setString(5, answer.body());
                insert.setObject(6, at);
                insert.executeUpdate();
            }
        });
    }
}
