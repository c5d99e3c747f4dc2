package io.zongshu.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.access.Caller;
import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Timestamps;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.period.PeriodService;
import io.zongshu.review.ReviewViews.CorrectionNote;
import io.zongshu.review.ReviewViews.ReviewDocument;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Publishing: a reviewer publishes the draft as an edition, which freezes its text and the period's
 * approved values together and closes the period. After that, another edition is a correction: it is
 * started with a reason, reopens the period for the units concerned, and its edition carries the
 * reason and every value it changed.
 */
@ApplicationScoped
@Transactional
public class EditionService {
    static final int MAX_REASON = 2000;
    private static final String COLUMNS = "indicator_code, org_unit_code, period_code, numeric_value, qualifier,"
            + " revision, source, recorded_by, recorded_at, submission_id, approved_by";

    @Inject
    Session session;
    @Inject
    PeriodService periods;
    @Inject
    ReviewService reviews;
    @Inject
    ValueTables tables;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper mapper;
    @Inject
    ReviewRepresentations representations;

    /** The editions of a year's review, oldest first. */
    public List<Edition> ofYear(int year) {
        return Edition.ofYear(year);
    }

    public Optional<Edition> find(int year, int number) {
        return Edition.find(year, number);
    }

    public Optional<Edition> latest(int year) {
        return Edition.latest(year);
    }

    /** The number of the year's latest edition: only the number is read, not the edition's documents. */
    public Optional<Integer> latestNumber(int year) {
        return session.createSelectionQuery("select e.number from Edition e where e.year = :year order by e.number desc",
                Integer.class).setParameter("year", year).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Publishes the draft (the version {@code expectedVersion} names, when given) as the next edition.
     * Refused, changing nothing, while a figure has no approved value or the markup has a problem.
     */
    public Edition publish(Caller caller, int year, Integer expectedVersion) {
        Review review = Review.lockByYear(year).orElseThrow(() -> ReviewService.noReview(year));
        if (expectedVersion != null && expectedVersion != review.draftVersion()) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The draft of " + year + " is at version "
                    + review.draftVersion() + ", not " + expectedVersion + ": check the new version, then publish it",
                    List.of());
        }
        Optional<Edition> latest = Edition.latest(year);
        if (latest.isPresent() && review.correction().isEmpty()) {
            throw ApiException.conflict("Edition " + latest.get().code() + " is published. To publish another, start a"
                    + " correction saying why: POST /api/v1/reviews/" + year + "/corrections");
        }
        // Closed first: approvals into the period wait for this publication, or were committed before it.
        periods.close(caller, review.periodCode());
        Edition edition = freeze(review, latest, caller.username(), Timestamps.now());
        audit.record(caller, edition.publishedAt(), Entry.stateChange(AuditAction.EDITION_PUBLISHED, null,
                review.orgUnitCode(), review.periodCode(), null, null, "edition " + edition.code()
                        + edition.reason().map(r -> ": " + r).orElse("")));
        return edition;
    }

    /**
     * A review from a dataset file: written as the draft's first version when the review has none (a
     * review with versions keeps them: the file never overwrites what was written in the system) and,
     * when the file says it is published, given its first edition there and then.
     */
    public void load(int year, String orgUnit, DraftContent content, boolean published, String by) {
        OffsetDateTime now = Timestamps.now();
        Review review = Review.lockByYear(year).orElseGet(() -> {
            Review created = new Review(year, orgUnit, String.valueOf(year), now);
            created.persist();
            return created;
        });
        if (review.draftVersion() == 0) {
            review.save(content, 0, by, now).persist();
        }
        if (published) {
            completeEarlierEditions(year);
            if (Edition.latest(year).isEmpty()) {
                freeze(review, Optional.empty(), by, now);
            }
        }
    }

    /**
     * Starts a correction of the published review: the period reopens for {@code orgUnits} (all units
     * when empty) while readers keep the current edition; the next edition carries {@code reason}.
     */
    public Review startCorrection(Caller caller, int year, String reason, List<String> orgUnits) {
        List<Violation> violations = new java.util.ArrayList<>();
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "is required: say what the correction corrects and why"));
        } else if (reason.length() > MAX_REASON) {
            violations.add(new Violation("reason", "is longer than " + MAX_REASON + " characters"));
        }
        Set<String> units = new LinkedHashSet<>(orgUnits == null ? List.of() : orgUnits);
        int i = 0;
        for (String unit : orgUnits == null ? List.<String>of() : orgUnits) {
            if (unit == null || OrgUnit.findByCode(unit).isEmpty()) {
                violations.add(new Violation("orgUnits[" + i + "]", i, "unknown org unit " + unit));
            }
            i++;
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        Review review = Review.lockByYear(year).orElseThrow(() -> ReviewService.noReview(year));
        OffsetDateTime now = Timestamps.now();
        review.startCorrection(reason.strip(), caller.username(), now);
        periods.reopenForCorrection(caller, review.periodCode(), units);
        audit.record(caller, now, Entry.stateChange(AuditAction.CORRECTION_STARTED, null, review.orgUnitCode(),
                review.periodCode(), null, null, reason.strip()));
        return review;
    }

    /**
     * Editions made before the review's text was kept in versions get their renderings now, from the
     * draft's first version (the dataset file's text) and the values approved now, which are those they
     * froze: their period stayed closed. Their content hash then covers the text too.
     */
    private void completeEarlierEditions(int year) {
        for (Edition e : Edition.withoutDocument()) {
            if (e.year() != year) {
                continue;
            }
            Review review = Review.findByYear(year).orElseThrow();
            DraftVersion first = DraftVersion.find(year, 1).orElseThrow();
            DraftRendering.Result rendered = reviews.render(review, first.content());
            ReviewDocument document = new ReviewDocument(year, e.code(), first.content().title(),
                    first.content().subtitle(), ReviewState.PUBLISHED, review.orgUnitCode(), e.periodCode(),
                    e.publishedAt(), null, rendered.sections());
            String json = json(document);
            ContentHash hash = hash(e.periodCode(), json);
            session.createNativeMutationQuery("UPDATE review_edition SET draft_version = 1, document = :document,"
                            + " plain_text = :text, content_hash = :hash WHERE id = :id AND document IS NULL")
                    .setParameter("document", json).setParameter("text", document.plainText())
                    .setParameter("hash", hash.hex()).setParameter("id", e.id()).executeUpdate();
        }
    }

    /** When a value of the edition's period was last approved (after its publication: a correction may follow). */
    public Optional<OffsetDateTime> valuesChangedAt(Edition edition) {
        return tables.newestChange(edition.periodCode());
    }

    /** The approved values now that differ from what {@code edition} froze. */
    public List<ReviewViews.ValueChange> changedSince(Edition edition) {
        return ValueTables.changes(tables.ofEdition(edition.id()), tables.ofPeriod(edition.periodCode()));
    }

    /** What changed from edition {@code from} to edition {@code to} of a year's review. */
    public EditionComparison compare(int year, int from, int to) {
        Edition a = Edition.find(year, from).orElseThrow(() -> ApiException.notFound("No edition " + year + "-" + from));
        Edition b = Edition.find(year, to).orElseThrow(() -> ApiException.notFound("No edition " + year + "-" + to));
        return EditionComparison.of(a.code(), representations.forEdition(a).document(), b.code(),
                representations.forEdition(b).document(), ValueTables.changes(tables.ofEdition(a.id()),
                        tables.ofEdition(b.id())));
    }

    private Edition freeze(Review review, Optional<Edition> previous, String by, OffsetDateTime at) {
        session.flush(); // the values to freeze may have been written in this transaction (the loader)
        DraftVersion head = DraftVersion.find(review.year(), review.draftVersion()).orElseThrow(() -> new ApiException(
                ProblemType.NOT_PUBLISHABLE, "The review of " + review.year() + " has no text yet", List.of()));
        DraftRendering.Result rendered = reviews.render(review, head.content());
        List<Violation> blocking = rendered.blocking();
        if (!blocking.isEmpty()) {
            throw new ApiException(ProblemType.NOT_PUBLISHABLE, blocking.size() + (blocking.size() == 1 ? " problem keeps"
                    : " problems keep") + " the draft of " + review.year() + " from being published: "
                    + blocking.get(0).field() + ": " + blocking.get(0).message()
                    + (blocking.size() > 1 ? " (and more, listed in errors)" : ""), blocking);
        }
        int number = Edition.ofYear(review.year()).size() + 1;
        CorrectionNote correction = review.correction().map(c -> new CorrectionNote(c.reason(), ValueTables.changes(
                tables.ofEdition(previous.orElseThrow().id()), tables.ofPeriod(review.periodCode())))).orElse(null);
        ReviewDocument document = new ReviewDocument(review.year(), review.year() + "-" + number,
                head.content().title(), head.content().subtitle(), ReviewState.PUBLISHED, review.orgUnitCode(),
                review.periodCode(), at, correction, rendered.sections());
        String json = json(document);
        ContentHash hash = hash(review.periodCode(), json);
        Edition edition = new Edition(review.year(), number, review.periodCode(), by, at, hash, head.number(), json,
                document.plainText(), correction == null ? null : correction.reason());
        edition.persistAndFlush();
        session.createNativeMutationQuery("INSERT INTO edition_value (edition_id, " + COLUMNS + ") SELECT :edition, "
                        + COLUMNS + " FROM data_value WHERE period_code = :period")
                .setParameter("edition", edition.id()).setParameter("period", review.periodCode()).executeUpdate();
        review.published(at);
        return edition;
    }

    private String json(ReviewDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A review document is always writable as JSON", e);
        }
    }

    /**
     * The content hash: SHA-256 over the period's values, one line each in code order
     * ("indicator|orgUnit|period|value|qualifier|revision"), then the edition's JSON document; and how
     * many values there are.
     */
    private ContentHash hash(String period, String document) {
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
            digest.update(document.getBytes(StandardCharsets.UTF_8));
            return new ContentHash(count, HexFormat.of().formatHex(digest.digest()));
        });
    }
}
