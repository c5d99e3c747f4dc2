package io.zongshu.review;

import io.zongshu.common.Problem.Place;
import io.zongshu.common.Problem.Violation;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.Aggregation;
import io.zongshu.indicator.Indicator;
import io.zongshu.review.FigureValues.Known;
import io.zongshu.review.ReviewViews.BlockView;
import io.zongshu.review.ReviewViews.FigureCounts;
import io.zongshu.review.ReviewViews.FigureRun;
import io.zongshu.review.ReviewViews.Reconciliation;
import io.zongshu.review.ReviewViews.RunView;
import io.zongshu.review.ReviewViews.SectionView;
import io.zongshu.review.ReviewViews.TextRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a draft's content from values: each block's markup read, each figure checked against the
 * catalogue, org units and periods, computed and written. What is wrong with the markup, and which
 * figures are not approved yet, is reported with the place it is at.
 */
final class DraftRendering {
    /** Shown in place of a figure whose value is missing. */
    static final String MISSING_FIGURE = "—";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rendering, the markup problems (which make a save 422), and the figures not approved yet. */
    record Result(List<SectionView> sections, List<Violation> markupProblems, List<Violation> unapproved,
                  FigureCounts counts) {
        /** Everything that blocks publishing: markup problems first, then figures without an approved value. */
        List<Violation> blocking() {
            List<Violation> all = new ArrayList<>(markupProblems);
            all.addAll(unapproved);
            return all;
        }
    }

    private final String orgUnit;
    private final String period;
    private final FigureValues values;
    private final List<Violation> markupProblems = new ArrayList<>();
    private final List<Violation> unapproved = new ArrayList<>();
    private int approved;
    private int submitted;
    private int missing;

    private DraftRendering(String orgUnit, String period, FigureValues values) {
        this.orgUnit = orgUnit;
        this.period = period;
        this.values = values;
    }

    static Result render(DraftContent content, String orgUnit, String period, FigureValues values) {
        DraftRendering r = new DraftRendering(orgUnit, period, values);
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < content.sections().size(); i++) {
            sections.add(r.section(i, content.sections().get(i)));
        }
        return new Result(sections, List.copyOf(r.markupProblems), List.copyOf(r.unapproved),
                new FigureCounts(r.approved + r.submitted + r.missing, r.approved, r.submitted, r.missing));
    }

    /**
     * One figure rendered as a draft would show it: the run, and what is wrong with it when it names
     * something that cannot have values or cannot be computed (a markup problem in a draft).
     */
    record Single(FigureRun run, Optional<String> problem) {
    }

    static Single figure(FigureRef figure, String orgUnit, String period, FigureValues values) {
        DraftRendering r = new DraftRendering(orgUnit, period, values);
        FigureRun run = r.figure(figure, "markup", null);
        return new Single(run, r.markupProblems.stream().findFirst().map(Violation::message));
    }

    /** The figures of the content's markers, in order. */
    static List<FigureRef> figures(DraftContent content) {
        return content.sections().stream().flatMap(s -> s.blocks().stream())
                .flatMap(b -> b.markup().markers().stream()).map(Markup.Marker::figure).toList();
    }

    /** The org units and periods whose values these figures need (children of summed units too). */
    static Needs needs(List<FigureRef> figures, String orgUnit, String period, FigureValues catalogue) {
        Set<String> units = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        figures.forEach(f -> {
            String unit = f.orgUnitIn(orgUnit);
            units.add(unit);
            if (f.computation() == Computation.SUM) {
                units.addAll(catalogue.children(unit));
            }
            periods.add(f.periodIn(period));
            Optional.ofNullable(f.basePeriod()).ifPresent(periods::add);
        });
        return new Needs(units, periods);
    }

    record Needs(Set<String> orgUnits, Set<String> periods) {
    }

    private SectionView section(int at, DraftContent.Section s) {
        List<BlockView> blocks = new ArrayList<>();
        for (int j = 0; j < s.blocks().size(); j++) {
            blocks.add(block("sections[" + at + "].blocks[" + j + "].source", s.key(), j, s.blocks().get(j)));
        }
        return new SectionView(s.key(), s.heading(), s.theme(), blocks);
    }

    private BlockView block(String field, String section, int index, DraftContent.Block block) {
        Markup markup = block.markup();
        markup.problems().forEach(p -> markupProblems.add(new Violation(field, null, p.message(),
                new Place(section, index, p.offset(), p.token()))));
        List<RunView> runs = new ArrayList<>();
        for (Markup.Part part : markup.parts()) {
            if (part instanceof Markup.Text t) {
                runs.add(new TextRun(t.text()));
            } else {
                Markup.Marker m = (Markup.Marker) part;
                Place place = new Place(section, index, m.offset(), m.token());
                runs.add(figure(m.figure(), field, place));
            }
        }
        String text = runs.stream().map(RunView::text).collect(Collectors.joining());
        return new BlockView(block.kind(), block.source(), text, runs);
    }

    private FigureRun figure(FigureRef f, String field, Place place) {
        String unit = f.orgUnitIn(orgUnit);
        String at = f.periodIn(period);
        Optional<String> problem = referenceProblem(f, unit, at);
        Evaluated e = problem.isPresent() ? Evaluated.missing(null) : evaluate(f, unit, at);
        problem = problem.or(() -> Optional.ofNullable(e.problem()));
        problem.ifPresent(p -> markupProblems.add(new Violation(field, null, p, place)));
        switch (e.status()) {
            case APPROVED -> approved++;
            case SUBMITTED -> submitted++;
            case MISSING -> missing++;
        }
        if (problem.isEmpty() && e.status() != FigureStatus.APPROVED) {
            unapproved.add(new Violation(field, null, e.status() == FigureStatus.SUBMITTED
                    ? "submitted and awaiting review: approve the submission first"
                    : "has no value yet: " + describe(f, unit, at), place));
        }
        Indicator indicator = values.indicators().get(f.indicator());
        String shownUnit = indicator == null ? null : unitOf(f, indicator);
        String text = e.value() == null ? MISSING_FIGURE : write(f, e, shownUnit);
        return new FigureRun("figure", text, f.markup(), f.computation(), f.indicator(), unit, at, f.basePeriod(),
                e.value(), shownUnit, e.value() == null ? null : e.qualifier(), f.format(), e.status(),
                e.reconciliation());
    }

    /** Why the figure names something that cannot have values, or empty when it can. */
    private Optional<String> referenceProblem(FigureRef f, String unit, String at) {
        Indicator indicator = values.indicators().get(f.indicator());
        if (indicator == null) {
            return Optional.of("unknown indicator " + f.indicator() + " (see GET /api/v1/indicators)");
        }
        if (!values.unitExists(unit)) {
            return Optional.of("unknown org unit " + unit);
        }
        LocalDate start = values.periodStarts().get(at);
        if (start == null) {
            return Optional.of("unknown period " + at);
        }
        if (f.basePeriod() != null) {
            LocalDate base = values.periodStarts().get(f.basePeriod());
            if (base == null) {
                return Optional.of("unknown period " + f.basePeriod());
            }
            if (!base.isBefore(start)) {
                return Optional.of(f.computation().code() + " compares with an earlier period: " + f.basePeriod()
                        + " is not before " + at);
            }
        }
        if (f.computation() == Computation.SUM) {
            if (values.children(unit).isEmpty()) {
                return Optional.of("sum adds up the units below " + unit + ", and it has none");
            }
            if (indicator.aggregation() != Aggregation.SUM) {
                return Optional.of(f.indicator() + " does not add up across units (its aggregation is "
                        + indicator.aggregation().code() + ")");
            }
        }
        return Optional.empty();
    }

    /** A figure's value, or why it cannot be computed; {@code problem} is about the values, not the markup. */
    private record Evaluated(BigDecimal value, Qualifier qualifier, FigureStatus status, Reconciliation reconciliation,
                             String problem) {
        static Evaluated missing(Reconciliation reconciliation) {
            return new Evaluated(null, null, FigureStatus.MISSING, reconciliation, null);
        }
    }

    private Evaluated evaluate(FigureRef f, String unit, String at) {
        return switch (f.computation()) {
            case VALUE -> values.value(f.indicator(), unit, at)
                    .map(k -> new Evaluated(k.figure().value(), k.figure().qualifier(), k.status(), null, null))
                    .orElseGet(() -> Evaluated.missing(null));
            case GROWTH, CHANGE -> compared(f, unit, at);
            case SUM -> sum(f, unit, at);
        };
    }

    private Evaluated compared(FigureRef f, String unit, String at) {
        Optional<Known> now = values.value(f.indicator(), unit, at);
        Optional<Known> then = values.value(f.indicator(), unit, f.basePeriod());
        if (now.isEmpty() || then.isEmpty()) {
            return Evaluated.missing(null);
        }
        FigureStatus status = now.get().status().worse(then.get().status());
        if (now.get().figure().qualifier() != Qualifier.EXACT || then.get().figure().qualifier() != Qualifier.EXACT) {
            return new Evaluated(null, null, status, null, f.computation().code()
                    + " needs exact values; one of them is a 余 (more than) figure");
        }
        BigDecimal difference = now.get().figure().value().subtract(then.get().figure().value());
        if (f.computation() == Computation.CHANGE) {
            return new Evaluated(difference.stripTrailingZeros(), Qualifier.EXACT, status, null, null);
        }
        BigDecimal base = then.get().figure().value();
        if (base.signum() == 0) {
            return new Evaluated(null, null, status, null, "growth from " + f.basePeriod() + " cannot be computed: its value is 0");
        }
        BigDecimal percent = difference.multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
        return new Evaluated(percent.stripTrailingZeros(), Qualifier.EXACT, status, null, null);
    }

    private Evaluated sum(FigureRef f, String unit, String at) {
        List<String> children = values.children(unit);
        BigDecimal total = BigDecimal.ZERO;
        Qualifier qualifier = Qualifier.EXACT;
        FigureStatus status = FigureStatus.APPROVED;
        int counted = 0;
        for (String child : children) {
            Optional<Known> k = values.value(f.indicator(), child, at);
            if (k.isEmpty()) {
                status = FigureStatus.MISSING;
                continue;
            }
            counted++;
            total = total.add(k.get().figure().value());
            status = status.worse(k.get().status());
            if (k.get().figure().qualifier() == Qualifier.MORE_THAN) {
                qualifier = Qualifier.MORE_THAN;
            }
        }
        Optional<Known> own = values.value(f.indicator(), unit, at);
        BigDecimal reported = own.map(k -> k.figure().value()).orElse(null);
        Boolean matches = reported == null || counted < children.size() ? null : reported.compareTo(total) == 0;
        Reconciliation reconciliation = new Reconciliation(children.size(), counted, reported, matches);
        if (status == FigureStatus.MISSING) {
            return Evaluated.missing(reconciliation);
        }
        return new Evaluated(total.stripTrailingZeros(), qualifier, status, reconciliation, null);
    }

    private static String unitOf(FigureRef f, Indicator indicator) {
        return switch (f.computation()) {
            case GROWTH -> "%";
            case CHANGE -> indicator.unit().equals("%") ? "个百分点" : indicator.unit();
            case VALUE, SUM -> indicator.unit();
        };
    }

    private static String write(FigureRef f, Evaluated e, String unit) {
        return f.format().render(e.value(), e.qualifier(), unit);
    }

    private static String describe(FigureRef f, String unit, String at) {
        return switch (f.computation()) {
            case VALUE -> f.indicator() + " of " + unit + " for " + at;
            case GROWTH, CHANGE -> f.indicator() + " of " + unit + " for " + at + " and " + f.basePeriod();
            case SUM -> f.indicator() + " of every unit below " + unit + " for " + at;
        };
    }
}
