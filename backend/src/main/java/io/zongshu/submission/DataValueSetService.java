package io.zongshu.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.zongshu.access.Caller;
import io.zongshu.common.ApiException;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Timestamps;
import io.zongshu.indicator.Indicator;
import io.zongshu.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Bulk imports for scripts. A set is all or nothing: when any value has a problem, nothing is written
 * and every problem is reported with its index and field (400 for bad values, 409 when a target period
 * is closed or its submission is awaiting review). Otherwise each (org unit, period) group is written
 * into that unit's open submission, opening a draft when there is none, and submitted when asked.
 */
@ApplicationScoped
@Transactional
public class DataValueSetService {
    static final int MAX_VALUES = 200_000;
    static final int MAX_LISTED_PROBLEMS = 1000;

    @Inject
    SubmissionRepository submissions;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    ObjectMapper json;
    @Inject
    Session session;

    /** The answer as JSON, and whether it is the saved answer to an earlier request with the same key. */
    public record Receipt(String body, boolean replayed) {
    }

    private record Group(String orgUnit, String period) {
    }

    /** A checked value and where it came in the set. */
    private record Indexed(int index, StoredValue value) {
    }

    /** Where one group's values go: its period, the unit's open submission (null: a draft is opened), the values. */
    private record Target(Period period, Submission open, Map<String, StoredValue> values) {
    }

    public Receipt importSet(Caller caller, DataValueSet set, boolean dryRun, boolean submit, String idempotencyKey) {
        String requestHash = hash(set, submit);
        if (idempotencyKey != null && !dryRun) {
            Optional<IdempotencyStore.Saved> saved = idempotency.find(caller.subject(), idempotencyKey);
            if (saved.isPresent()) {
                if (!saved.get().requestHash().equals(requestHash)) {
                    throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + idempotencyKey
                            + " was used for a different request; use a new key for new data", List.of());
                }
                return new Receipt(saved.get().body(), true);
            }
        }
        Map<Group, Target> targets = check(caller, set);
        ImportSummary summary = dryRun ? preview(targets) : write(caller, targets, submit);
        String body = toJson(summary);
        if (idempotencyKey != null && !dryRun) {
            idempotency.save(caller.subject(), idempotencyKey, new IdempotencyStore.Saved(requestHash, 200, body),
                    Timestamps.now());
        }
        return new Receipt(body, false);
    }

    /** Every value checked, grouped by target; throws with all problems found. */
    private Map<Group, Target> check(Caller caller, DataValueSet set) {
        if (set == null || set.dataValues() == null || set.dataValues().isEmpty()) {
            throw ApiException.invalidBody(List.of(new Violation("dataValues", "must list at least one value")));
        }
        List<DataValueSet.Entry> entries = set.dataValues();
        if (entries.size() > MAX_VALUES) {
            throw ApiException.invalidBody(List.of(new Violation("dataValues",
                    "holds " + entries.size() + " values; send at most " + MAX_VALUES + " per request")));
        }
        // Authorisation first: a set naming another unit is refused whole, whatever else it holds.
        for (int i = 0; i < entries.size(); i++) {
            DataValueSet.Entry e = entries.get(i);
            if (e != null && e.orgUnit() != null && !caller.isClerkOf(e.orgUnit())) {
                throw new ForbiddenException("dataValues[" + i + "].orgUnit: " + ValueCheck.printable(e.orgUnit())
                        + " is not your unit; you may write only for " + caller.orgUnit());
            }
        }
        Map<String, Indicator> catalogue = SubmissionService.catalogue();
        // Read-only and never changed here: out of the persistence context, so that the flushes of the
        // writes that follow need not walk thousands of catalogue entities each time.
        catalogue.values().forEach(session::detach);
        Map<String, Period> periods = Period.<Period>listAll().stream()
                .collect(Collectors.toMap(Period::code, Function.identity()));
        List<Violation> problems = new ArrayList<>();
        // Per target, the checked values by indicator with the index each came at (for naming a repeat).
        Map<Group, Map<String, Indexed>> groups = new LinkedHashMap<>();
        Map<String, Indexed> current = null; // a set usually lists a group's values together
        Group currentGroup = null;
        for (int i = 0; i < entries.size(); i++) {
            DataValueSet.Entry e = entries.get(i);
            String prefix = "dataValues[" + i + "].";
            if (e == null) {
                problems.add(new Violation("dataValues[" + i + "]", i, "must be an object"));
                continue;
            }
            int before = problems.size();
            if (e.orgUnit() == null) {
                problems.add(new Violation(prefix + "orgUnit", i, "is required"));
            }
            if (e.period() == null) {
                problems.add(new Violation(prefix + "period", i, "is required"));
            } else if (!periods.containsKey(e.period())) {
                problems.add(new Violation(prefix + "period", i, "unknown period " + ValueCheck.printable(e.period())));
            }
            Optional<StoredValue> value = ValueCheck.check(catalogue, prefix, i, e.indicator(), e.value(),
                    e.qualifier(), e.unit(), e.comment(), problems);
            if (value.isEmpty() || problems.size() > before) {
                continue;
            }
            if (currentGroup == null || !currentGroup.orgUnit().equals(e.orgUnit())
                    || !currentGroup.period().equals(e.period())) {
                currentGroup = new Group(e.orgUnit(), e.period());
                current = groups.computeIfAbsent(currentGroup, g -> new LinkedHashMap<>());
            }
            Indexed earlier = current.putIfAbsent(e.indicator(), new Indexed(i, value.get()));
            if (earlier != null) {
                problems.add(new Violation(prefix + "indicator", i, "repeats dataValues[" + earlier.index() + "]"
                        + " (same indicator, org unit and period)"));
            }
        }
        refuseIfAny(problems, ProblemType.INVALID_BODY);
        // Each target must take values now (the submission's own rule), reported for every group at once.
        Map<Group, Target> targets = new LinkedHashMap<>();
        for (var target : groups.entrySet()) {
            Group g = target.getKey();
            int i = target.getValue().values().iterator().next().index();
            Period period = periods.get(g.period());
            Optional<Submission> open = submissions.findOpen(g.orgUnit(), g.period());
            try {
                if (open.isPresent()) {
                    open.get().requireWritable(period);
                } else {
                    period.requireOpenFor(g.orgUnit());
                }
                Map<String, StoredValue> values = new LinkedHashMap<>();
                target.getValue().forEach((indicator, checked) -> values.put(indicator, checked.value()));
                targets.put(g, new Target(period, open.orElse(null), values));
            } catch (ApiException refused) {
                problems.add(new Violation("dataValues[" + i + "].period", i, refused.getMessage()));
            }
        }
        refuseIfAny(problems, ProblemType.CONFLICT);
        return targets;
    }

    private static void refuseIfAny(List<Violation> problems, ProblemType type) {
        if (problems.isEmpty()) {
            return;
        }
        String detail = problems.size() + (problems.size() == 1 ? " value has a problem" : " values have problems")
                + "; nothing was written"
                + (problems.size() > MAX_LISTED_PROBLEMS ? " (the first " + MAX_LISTED_PROBLEMS + " are listed)" : "");
        throw new ApiException(type, detail, problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
    }

    private ImportSummary preview(Map<Group, Target> targets) {
        ImportCounts counts = ImportCounts.NONE;
        List<ImportSummary.Target> summary = new ArrayList<>();
        for (var entry : targets.entrySet()) {
            Target t = entry.getValue();
            ImportCounts group = t.open() == null ? new ImportCounts(t.values().size(), 0, 0)
                    : t.open().countChanges(t.values().values());
            counts = counts.plus(group);
            int held = t.open() == null ? 0 : t.open().values().size();
            summary.add(new ImportSummary.Target(t.open() == null ? null : t.open().id(), entry.getKey().orgUnit(),
                    entry.getKey().period(), t.open() == null ? SubmissionState.DRAFT : t.open().state(),
                    held + group.added()));
        }
        return ImportSummary.of(ImportStatus.DRY_RUN, counts, summary);
    }

    private ImportSummary write(Caller caller, Map<Group, Target> targets, boolean submit) {
        ImportCounts counts = ImportCounts.NONE;
        Map<String, Indicator> catalogue = submit ? SubmissionService.catalogue() : Map.of();
        List<ImportSummary.Target> summary = new ArrayList<>();
        for (var entry : targets.entrySet()) {
            Target t = entry.getValue();
            OffsetDateTime now = Timestamps.now();
            Submission submission = t.open() != null ? t.open()
                    : submissions.open(caller, entry.getKey().orgUnit(), entry.getKey().period(), now);
            counts = counts.plus(submission.put(t.period(), t.values().values(), now));
            if (submit) {
                submission.submit(t.period(), catalogue, caller.username(), now);
            }
            submissions.save(caller, submission);
            summary.add(new ImportSummary.Target(submission.id(), submission.orgUnitCode(), submission.periodCode(),
                    submission.state(), submission.values().size()));
        }
        return ImportSummary.of(ImportStatus.IMPORTED, counts, summary);
    }

    /**
     * Same data and same flags, same hash: what makes a retry recognisable. Each field of each value is
     * fed to the digest as it came (12 and 12.0 differ), nulls apart from empty text, so two requests hash
     * alike exactly when they hold the same values in the same order.
     */
    private static String hash(DataValueSet set, boolean submit) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
        StringBuilder text = new StringBuilder(64 * 1024);
        text.append("data-value-set/2 submit=").append(submit).append('\n');
        if (set != null && set.dataValues() != null) {
            for (DataValueSet.Entry e : set.dataValues()) {
                if (e == null) {
                    text.append("-\n");
                } else {
                    field(text, e.indicator());
                    field(text, e.orgUnit());
                    field(text, e.period());
                    field(text, e.value() == null ? null : e.value().toString());
                    field(text, e.qualifier());
                    field(text, e.unit());
                    field(text, e.comment());
                    text.append('\n');
                }
                if (text.length() > 60 * 1024) {
                    digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                }
            }
        }
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A field as its length and text (so no separator inside a value can make two requests alike); null as -. */
    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-,");
        } else {
            text.append(value.length()).append(':').append(value).append(',');
        }
    }

    private String toJson(ImportSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the import summary", e);
        }
    }
}
