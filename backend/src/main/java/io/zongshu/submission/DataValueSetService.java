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
import io.zongshu.period.PeriodState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    SubmissionService submissions;
    @Inject
    SubmissionValueStore values;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    ObjectMapper json;

    /** The answer as JSON, and whether it is the saved answer to an earlier request with the same key. */
    public record Receipt(String body, boolean replayed) {
    }

    private record Group(String orgUnit, String period) {
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
        Map<Group, Map<String, StoredValue>> groups = check(caller, set);
        ImportSummary summary = dryRun ? preview(groups) : write(caller, groups, submit);
        String body = toJson(summary);
        if (idempotencyKey != null && !dryRun) {
            idempotency.save(caller.subject(), idempotencyKey, new IdempotencyStore.Saved(requestHash, 200, body),
                    Timestamps.now());
        }
        return new Receipt(body, false);
    }

    /** Every value checked, grouped by target; throws with all problems found. */
    private Map<Group, Map<String, StoredValue>> check(Caller caller, DataValueSet set) {
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
        Map<String, Period> periods = Period.<Period>listAll().stream()
                .collect(Collectors.toMap(Period::code, Function.identity()));
        List<Violation> problems = new ArrayList<>();
        Map<Group, Map<String, StoredValue>> groups = new LinkedHashMap<>();
        Map<Group, Integer> firstIndex = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
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
            Integer earlier = seen.putIfAbsent(e.indicator() + "\u0000" + e.orgUnit() + "\u0000" + e.period(), i);
            if (earlier != null) {
                problems.add(new Violation(prefix + "indicator", i, "repeats dataValues[" + earlier + "]"
                        + " (same indicator, org unit and period)"));
                continue;
            }
            Group group = new Group(e.orgUnit(), e.period());
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(e.indicator(), value.get());
            firstIndex.putIfAbsent(group, i);
        }
        refuseIfAny(problems, ProblemType.INVALID_BODY);
        for (var target : firstIndex.entrySet()) {
            Group g = target.getKey();
            int i = target.getValue();
            if (periods.get(g.period()).state() != PeriodState.OPEN) {
                problems.add(new Violation("dataValues[" + i + "].period", i,
                        "period " + g.period() + " is closed; its figures can no longer change"));
                continue;
            }
            Submission.findOpen(g.orgUnit(), g.period()).filter(s -> !s.state().editable()).ifPresent(s ->
                    problems.add(new Violation("dataValues[" + i + "].period", i, "submission " + s.id() + " of "
                            + g.orgUnit() + " for " + g.period() + " is " + s.state().code()
                            + " and awaiting review; wait for it to be returned or approved")));
        }
        refuseIfAny(problems, ProblemType.CONFLICT);
        return groups;
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

    private ImportSummary preview(Map<Group, Map<String, StoredValue>> groups) {
        int[] counts = new int[3];
        List<ImportSummary.Target> targets = new ArrayList<>();
        for (var group : groups.entrySet()) {
            Optional<Submission> open = Submission.findOpen(group.getKey().orgUnit(), group.getKey().period());
            Map<String, StoredValue> current = open.map(s -> values.load(s.id())).orElse(Map.of());
            int total = current.size();
            for (StoredValue v : group.getValue().values()) {
                StoredValue old = current.get(v.indicator());
                counts[old == null ? 0 : old.sameAs(v) ? 2 : 1]++;
                total += old == null ? 1 : 0;
            }
            targets.add(new ImportSummary.Target(open.map(Submission::id).orElse(null), group.getKey().orgUnit(),
                    group.getKey().period(), open.map(Submission::state).orElse(SubmissionState.DRAFT), total));
        }
        return new ImportSummary(ImportStatus.DRY_RUN, counts[0], counts[1], counts[2], targets);
    }

    private ImportSummary write(Caller caller, Map<Group, Map<String, StoredValue>> groups, boolean submit) {
        int[] counts = new int[3];
        List<ImportSummary.Target> targets = new ArrayList<>();
        for (var group : groups.entrySet()) {
            String orgUnit = group.getKey().orgUnit();
            String period = group.getKey().period();
            Submission submission = Submission.findOpen(orgUnit, period)
                    .orElseGet(() -> submissions.create(caller, orgUnit, period));
            Map<String, StoredValue> current = values.load(submission.id());
            int[] written = submissions.apply(caller, submission, null, group.getValue().values(), current);
            for (int k = 0; k < 3; k++) {
                counts[k] += written[k];
            }
            if (submit) {
                submissions.submitChecked(caller, submission, null, Timestamps.now());
            }
            targets.add(new ImportSummary.Target(submission.id(), orgUnit, period, submission.state(),
                    current.size() + written[0]));
        }
        return new ImportSummary(ImportStatus.IMPORTED, counts[0], counts[1], counts[2], targets);
    }

    /** Same data and same flags, same hash: what makes a retry recognisable. */
    private String hash(DataValueSet set, boolean submit) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(set));
            digest.update(("submit=" + submit).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
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
