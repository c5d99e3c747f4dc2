package io.zongshu.review;

import io.zongshu.access.Caller;
import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.CodedEnum;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Timestamps;
import io.zongshu.datavalue.DataValueService;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.Indicator;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.period.Period;
import io.zongshu.review.FigureValues.Key;
import io.zongshu.review.FigureValues.Known;
import io.zongshu.review.ReviewViews.DraftView;
import io.zongshu.review.ReviewViews.FigureRun;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewViews.ReviewSummary;
import io.zongshu.review.ReviewViews.ValueChange;
import io.zongshu.review.ReviewViews.VersionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Writing a review: starting a year's draft (from an earlier review, or from nothing), saving versions,
 * rendering the draft with each figure's status. Publishing is {@link EditionService}'s.
 */
@ApplicationScoped
@Transactional
public class ReviewService {
    @Inject
    DataValueService values;
    @Inject
    ValueTables tables;
    @Inject
    ReviewRepresentations representations;
    @Inject
    AuditLog audit;
    @Inject
    Session session;

    /** A draft as its authors see it, and the version it is at (its ETag). */
    public record Draft(DraftView view, int version, OffsetDateTime savedAt) {
    }

    /** The published reviews, newest year first, each as its latest edition shows it. */
    public List<ReviewSummary> list() {
        List<ReviewSummary> list = new ArrayList<>();
        for (Review review : Review.listByYear()) {
            Edition.latest(review.year()).ifPresent(edition -> {
                ReviewDocument d = representations.forEdition(edition).document();
                list.add(new ReviewSummary(review.year(), d.title(), d.subtitle(), review.state(), review.orgUnitCode(),
                        review.periodCode(), edition.code(), edition.publishedAt()));
            });
        }
        return list;
    }

    /** The text of edition {@code code} ("2021-1"), or (null) of the year's latest; empty before the first. */
    public Optional<ReviewDocument> publishedDocument(int year, String code) {
        return (code == null ? Edition.latest(year) : Edition.findByCode(code))
                .map(e -> representations.forEdition(e).document());
    }

    public Optional<String> latestEditionCode(int year) {
        return Edition.latest(year).map(Edition::code);
    }

    /**
     * Starts the review of {@code year}: from the review of {@code from} (its latest edition's text, or its
     * draft when it has none) with every figure re-pointed, or from nothing when {@code from} is null.
     */
    public Draft start(Caller caller, int year, Integer from) {
        Period period = Period.findByCode(String.valueOf(year)).orElseThrow(() -> new ApiException(
                ProblemType.UNPROCESSABLE, "There is no period " + year + " to write a review of; add the period first",
                List.of(new Violation("year", "no period " + year))));
        if (Review.findByYear(year).isPresent()) {
            throw ApiException.conflict("The review of " + year + " exists already: edit its draft");
        }
        DraftContent content;
        String orgUnit;
        if (from == null) {
            content = DraftContent.empty(year);
            orgUnit = OrgUnit.<OrgUnit>list("parentCode is null order by code").stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No top org unit")).code();
        } else {
            Review earlier = Review.findByYear(from).orElseThrow(() -> new ApiException(ProblemType.UNPROCESSABLE,
                    "There is no review of " + from + " to start from", List.of(
                            new Violation("from", "no review of " + from))));
            content = publishedOrDraft(earlier).template(from, year - from);
            orgUnit = earlier.orgUnitCode();
        }
        OffsetDateTime now = Timestamps.now();
        Review review = new Review(year, orgUnit, period.code(), now);
        review.persist();
        DraftVersion first = review.save(content, 0, caller.username(), now);
        first.persist();
        audit.record(caller, now, Entry.stateChange(AuditAction.REVIEW_STARTED, null, orgUnit, period.code(), null,
                ReviewState.DRAFT.code(), from == null ? "from nothing" : "from the review of " + from));
        return draft(review);
    }

    /** The text the earlier review's readers have, or its draft when it is not published. */
    private static DraftContent publishedOrDraft(Review review) {
        int version = Edition.latest(review.year()).flatMap(Edition::draftVersion).orElse(review.draftVersion());
        return DraftVersion.find(review.year(), version).orElseThrow(() -> new ApiException(ProblemType.UNPROCESSABLE,
                "The review of " + review.year() + " has no text to start from", List.of())).content();
    }

    public Draft draft(int year) {
        return draft(find(year));
    }

    /** Saves the next version of the draft; the author must have edited the version the draft is at. */
    public Draft save(Caller caller, int year, int expectedVersion, DraftContent content) {
        Review review = Review.lockByYear(year).orElseThrow(() -> noReview(year));
        OffsetDateTime now = Timestamps.now();
        DraftVersion version = review.save(content, expectedVersion, caller.username(), now);
        List<Violation> problems = render(review, content).markupProblems();
        if (!problems.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_MARKUP, problems.size() == 1
                    ? problems.get(0).field() + ": " + problems.get(0).message()
                    : problems.size() + " problems in the markup; nothing was saved", problems);
        }
        version.persist();
        audit.record(caller, now, Entry.stateChange(AuditAction.DRAFT_SAVED, null, review.orgUnitCode(),
                review.periodCode(), null, null, "version " + version.number()));
        return draft(review);
    }

    public List<VersionSummary> versions(int year) {
        find(year);
        return session.createQuery("select new io.zongshu.review.ReviewViews$VersionSummary(v.number, v.savedBy, v.savedAt)"
                + " from DraftVersion v where v.year = :year order by v.number", VersionSummary.class)
                .setParameter("year", year).getResultList();
    }

    public DraftVersion version(int year, int number) {
        find(year);
        return DraftVersion.find(year, number).orElseThrow(() -> ApiException.notFound(
                "The draft of " + year + " has no version " + number));
    }

    private Draft draft(Review review) {
        DraftVersion head = DraftVersion.find(review.year(), review.draftVersion())
                .orElseThrow(() -> noReview(review.year()));
        DraftContent content = head.content();
        DraftRendering.Result rendered = render(review, content);
        Optional<Edition> latest = Edition.latest(review.year());
        List<ValueChange> drift = latest.map(e -> ValueTables.changes(tables.ofEdition(e.id()),
                tables.ofPeriod(review.periodCode()))).orElse(List.of());
        DraftView view = new DraftView(review.year(), head.number(), head.savedBy(), head.savedAt(),
                review.orgUnitCode(), review.periodCode(), latest.map(Edition::code).orElse(null),
                review.correction().orElse(null), content.title(), content.subtitle(), rendered.sections(),
                rendered.counts(), rendered.blocking(), drift);
        return new Draft(view, head.number(), head.savedAt());
    }

    /**
     * One figure marker ({{talent.recruited|wan}}) rendered as the year's draft would show it now, for the
     * editor to show before the marker is inserted; 422 when it is not exactly one marker, or names what
     * cannot have values.
     */
    public FigureRun figure(int year, String markup) {
        Review review = find(year);
        FigureRef figure = onlyMarker(markup);
        DraftRendering.Single rendered = DraftRendering.figure(figure, review.orgUnitCode(), review.periodCode(),
                figureValues(List.of(figure), review.orgUnitCode(), review.periodCode()));
        rendered.problem().ifPresent(p -> {
            throw invalidMarker(List.of(new Violation("markup", p)));
        });
        return rendered.run();
    }

    /** The figure of a markup that is one marker and nothing else, or a 422 saying what it is instead. */
    private static FigureRef onlyMarker(String markup) {
        Markup parsed = Markup.parse(markup);
        // No place: a place is in a draft's text (section, block), and this markup is in none.
        if (!parsed.problems().isEmpty()) {
            throw invalidMarker(parsed.problems().stream().map(p -> new Violation("markup", p.token() + ": "
                    + p.message())).toList());
        }
        if (parsed.parts().size() != 1 || !(parsed.parts().get(0) instanceof Markup.Marker marker)) {
            throw invalidMarker(List.of(new Violation("markup",
                    "must be one figure marker and nothing else, e.g. {{talent.recruited|wan}}")));
        }
        return marker.figure();
    }

    private static ApiException invalidMarker(List<Violation> problems) {
        return new ApiException(ProblemType.INVALID_MARKUP, problems.size() == 1
                ? "markup: " + problems.get(0).message() : problems.size() + " problems in the markup", problems);
    }

    /** The content rendered for the review's unit and period from the values there are now. */
    DraftRendering.Result render(Review review, DraftContent content) {
        return DraftRendering.render(content, review.orgUnitCode(), review.periodCode(),
                figureValues(DraftRendering.figures(content), review.orgUnitCode(), review.periodCode()));
    }

    /** The catalogue, units and periods, and the approved or submitted values these figures need. */
    private FigureValues figureValues(List<FigureRef> figures, String orgUnit, String period) {
        Map<String, Indicator> indicators = Indicator.<Indicator>listAll().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<String, List<String>> children = new HashMap<>();
        List<OrgUnit> units = OrgUnit.listOrdered();
        units.forEach(u -> children.put(u.code(), new ArrayList<>()));
        units.stream().filter(u -> u.parentCode() != null && children.containsKey(u.parentCode()))
                .forEach(u -> children.get(u.parentCode()).add(u.code()));
        Map<String, LocalDate> starts = Period.<Period>listAll().stream()
                .collect(Collectors.toMap(Period::code, Period::startDate));
        FigureValues catalogue = new FigureValues(indicators, children, starts, Map.of());
        DraftRendering.Needs needs = DraftRendering.needs(figures, orgUnit, period, catalogue);
        Map<Key, Known> known = new HashMap<>();
        if (!needs.orgUnits().isEmpty()) {
            values.forUnitsAndPeriods(needs.orgUnits(), needs.periods()).forEach(v -> known.put(
                    new Key(v.indicator().code(), v.orgUnitCode(), v.periodCode()),
                    new Known(v.figure(), FigureStatus.APPROVED)));
            List<Object[]> submitted = session.createNativeQuery("SELECT v.indicator_code, s.org_unit_code,"
                            + " s.period_code, v.numeric_value, v.qualifier FROM submission s"
                            + " JOIN submission_value v ON v.submission_id = s.id WHERE s.state = 'submitted'"
                            + " AND s.org_unit_code IN (:units) AND s.period_code IN (:periods)", Object[].class)
                    .setParameter("units", needs.orgUnits()).setParameter("periods", needs.periods()).getResultList();
            // A submitted value that would change an approved one (a correction) is what the figure is about to
            // become: shown as awaiting review, so that publishing waits for the decision.
            for (Object[] r : submitted) {
                Key key = new Key((String) r[0], (String) r[1], (String) r[2]);
                Figure figure = new Figure((BigDecimal) r[3], CodedEnum.fromCode(Qualifier.class, (String) r[4]).orElseThrow());
                Known approved = known.get(key);
                if (approved == null || !approved.figure().sameAs(figure)) {
                    known.put(key, new Known(figure, FigureStatus.SUBMITTED));
                }
            }
        }
        return new FigureValues(indicators, children, starts, known);
    }

    private static Review find(int year) {
        return Review.findByYear(year).orElseThrow(() -> noReview(year));
    }

    static ApiException noReview(int year) {
        return ApiException.notFound("No review of " + year + "; start one with POST /api/v1/reviews");
    }
}
