package io.zongshu.review;

import io.zongshu.common.Dated;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.DataValueService;
import io.zongshu.indicator.Indicator;
import io.zongshu.review.ReviewViews.BlockView;
import io.zongshu.review.ReviewViews.FigureRun;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewViews.ReviewSummary;
import io.zongshu.review.ReviewViews.RunView;
import io.zongshu.review.ReviewViews.SectionView;
import io.zongshu.review.ReviewViews.TextRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
@Transactional
public class ReviewService {
    /** Shown in place of a figure whose data value is missing. */
    static final String MISSING_FIGURE = "—";

    @Inject
    DataValueService values;

    /** The reviews, newest year first, as of the newest change among them. */
    public Dated<List<ReviewSummary>> list() {
        List<Review> all = Review.listByYear();
        return Dated.of(all.stream().map(ReviewSummary::of).toList(), all.stream().map(Review::changedAt));
    }

    /** The review with every figure rendered from its current data value. */
    public Optional<ReviewDocument> document(int year) {
        return rendered(year).map(Dated::value);
    }

    /**
     * The same, with when the data behind it last changed: the review itself or a value it shows; for a
     * published review that is its publication (its values were final by then).
     */
    public Optional<Dated<ReviewDocument>> rendered(int year) {
        return Review.findByYear(year).map(this::render);
    }

    private Dated<ReviewDocument> render(Review review) {
        List<ReviewRun> figures = review.sections().stream()
                .flatMap(s -> s.blocks().stream()).flatMap(b -> b.runs().stream())
                .filter(r -> r.kind() == RunKind.FIGURE).toList();
        Set<String> units = figures.stream().map(ReviewRun::orgUnitCode).collect(Collectors.toSet());
        Set<String> periods = figures.stream().map(ReviewRun::periodCode).collect(Collectors.toSet());
        Map<String, DataValue> byKey = units.isEmpty() ? Map.of()
                : values.forUnitsAndPeriods(units, periods).stream().collect(Collectors.toMap(
                        v -> key(v.indicator().code(), v.orgUnitCode(), v.periodCode()), Function.identity()));
        List<SectionView> sections = review.sections().stream().map(section -> new SectionView(section.key(),
                section.heading(), section.theme(), section.blocks().stream().map(block -> {
                    List<RunView> runs = block.runs().stream().map(run -> run(run, byKey)).toList();
                    String text = runs.stream().map(RunView::text).collect(Collectors.joining());
                    return new BlockView(block.kind(), text, runs);
                }).toList())).toList();
        return Dated.of(new ReviewDocument(review.year(), review.title(), review.subtitle(), review.state(),
                review.orgUnitCode(), review.periodCode(), sections), Stream.concat(
                Stream.of(review.publishedAt().orElse(review.changedAt())),
                byKey.values().stream().map(DataValue::recordedAt)));
    }

    private static RunView run(ReviewRun run, Map<String, DataValue> values) {
        if (run.kind() == RunKind.TEXT) {
            return new TextRun(run.text());
        }
        DataValue value = values.get(key(run.indicatorCode(), run.orgUnitCode(), run.periodCode()));
        if (value == null) {
            String unit = Indicator.findByCode(run.indicatorCode()).map(Indicator::unit).orElse(null);
            return new FigureRun(MISSING_FIGURE, run.indicatorCode(), run.orgUnitCode(), run.periodCode(), null,
                    unit, null, run.format());
        }
        String unit = value.indicator().unit();
        return new FigureRun(run.format().render(value.value(), value.qualifier(), unit), run.indicatorCode(),
                run.orgUnitCode(), run.periodCode(), value.value().stripTrailingZeros(), unit, value.qualifier(),
                run.format());
    }

    private static String key(String indicator, String orgUnit, String period) {
        return indicator + '|' + orgUnit + '|' + period;
    }
}
