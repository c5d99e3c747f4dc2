package io.zongshu.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.StartupEvent;
import io.zongshu.common.CodedEnum;
import io.zongshu.common.Timestamps;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.edition.EditionService;
import io.zongshu.indicator.Aggregation;
import io.zongshu.indicator.Category;
import io.zongshu.indicator.Indicator;
import io.zongshu.indicator.ValueType;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.orgunit.OrgUnitLevel;
import io.zongshu.period.Period;
import io.zongshu.period.PeriodKind;
import io.zongshu.period.PeriodState;
import io.zongshu.review.BlockKind;
import io.zongshu.review.DisplayFormat;
import io.zongshu.review.Review;
import io.zongshu.review.ReviewBlock;
import io.zongshu.review.ReviewSection;
import io.zongshu.review.ReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the dataset files at start-up. Only what is missing is inserted: existing rows are never changed,
 * so a second start changes nothing and data entered through the API is never overwritten.
 */
@ApplicationScoped
public class DatasetLoader {
    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    /** {{indicator.code}} or {{indicator.code|format}} inside a block's text. */
    static final Pattern FIGURE = Pattern.compile("\\{\\{([a-z0-9_.]+)(?:\\|([a-z]+))?}}");
    static final String LOADER = "dataset-loader";

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule()).build();

    @Inject
    DatasetConfig config;
    @Inject
    DatasetLoader self;
    @Inject
    EditionService editions;

    void onStart(@Observes StartupEvent event) {
        if (config.load()) {
            config.files().forEach(this::loadAtStart);
        }
    }

    /** Replicas starting together may race on the same rows: the loser retries and finds them there. */
    private void loadAtStart(String resource) {
        try {
            self.load(resource);
        } catch (RuntimeException e) {
            LOG.warnf("Dataset %s: loading failed (%s); trying once more, another instance may have been loading it",
                    resource, e.getMessage());
            self.load(resource);
        }
    }

    @Transactional
    public void load(String resource) {
        DatasetFile file = read(resource);
        checkFigures(resource, file);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted = 0;
        for (var u : orEmpty(file.orgUnits())) {
            if (OrgUnit.findByCode(u.code()).isEmpty()) {
                new OrgUnit(u.code(), u.nameZh(), u.nameEn(), code(OrgUnitLevel.class, u.level()), u.parent())
                        .persistAndFlush();
                inserted++;
            }
        }
        for (var p : orEmpty(file.periods())) {
            if (Period.findByCode(p.code()).isEmpty()) {
                new Period(p.code(), code(PeriodKind.class, p.kind()), p.startDate(), p.endDate(),
                        code(PeriodState.class, p.state())).persist();
                inserted++;
            }
        }
        for (var i : orEmpty(file.indicators())) {
            if (Indicator.findByCode(i.code()).isEmpty()) {
                new Indicator(i.code(), i.nameZh(), i.nameEn(), i.unit(), code(ValueType.class, i.valueType()),
                        code(Aggregation.class, i.aggregation()), code(Category.class, i.category()), i.min(), i.max())
                        .persist();
                inserted++;
            }
        }
        var values = file.dataValues();
        for (var v : values == null ? List.<DatasetFile.ValueEntry>of() : values.values()) {
            Optional<DataValue> existing = DataValue.find(v.indicator(), values.orgUnit(), values.period());
            if (existing.isPresent()) {
                warnIfDifferent(resource, v, existing.get());
            } else {
                Indicator indicator = Indicator.findByCode(v.indicator()).orElseThrow(
                        () -> new IllegalArgumentException(resource + ": unknown indicator " + v.indicator()));
                Qualifier qualifier = v.qualifier() == null ? Qualifier.EXACT : code(Qualifier.class, v.qualifier());
                DataValue.approved(indicator, values.orgUnit(), values.period(), v.value(), qualifier,
                        values.source(), LOADER, now).persist();
                inserted++;
            }
        }
        if (file.review() != null && Review.findByYear(file.review().year()).isEmpty()) {
            reviewOf(file.review()).persist();
            inserted++;
        }
        if (file.review() != null) {
            editions.ensureFirstEdition(file.review().year(), LOADER);
        }
        LOG.infof("Dataset %s: %d new rows (existing rows left unchanged)", resource, inserted);
    }

    /** The file is never applied over existing values, which may have been revised since: say so. */
    private static void warnIfDifferent(String resource, DatasetFile.ValueEntry entry, DataValue stored) {
        Qualifier qualifier = entry.qualifier() == null ? Qualifier.EXACT : code(Qualifier.class, entry.qualifier());
        if (!stored.figure().sameAs(new Figure(entry.value(), qualifier))) {
            LOG.warnf("Dataset %s: %s is %s %s in the database but %s %s in the file; the database is kept",
                    resource, entry.indicator(), stored.value().toPlainString(), stored.qualifier().code(),
                    entry.value().toPlainString(), qualifier.code());
        }
    }

    /** Every figure marker names an indicator with a value in the file, and no marker is malformed. */
    private static void checkFigures(String resource, DatasetFile file) {
        if (file.review() == null) {
            return;
        }
        Set<String> valued = file.dataValues() == null ? Set.of()
                : file.dataValues().values().stream().map(DatasetFile.ValueEntry::indicator).collect(Collectors.toSet());
        for (var section : file.review().sections()) {
            for (Map<String, String> block : section.blocks()) {
                for (String text : block.values()) {
                    Matcher m = FIGURE.matcher(text);
                    while (m.find()) {
                        if (!valued.contains(m.group(1))) {
                            throw new IllegalArgumentException(resource + ": figure {{" + m.group(1)
                                    + "}} in section " + section.key() + " has no value in the file");
                        }
                    }
                    if (m.replaceAll("").contains("{{") || m.replaceAll("").contains("}}")) {
                        throw new IllegalArgumentException(resource + ": malformed figure marker in section "
                                + section.key() + ": " + text);
                    }
                }
            }
        }
    }

    private Review reviewOf(DatasetFile.ReviewEntry entry) {
        String period = String.valueOf(entry.year());
        Review review = new Review(entry.year(), entry.orgUnit(), period, entry.title(), entry.subtitle());
        for (var s : entry.sections()) {
            ReviewSection section = review.addSection(s.key(), s.heading(), s.theme());
            for (Map<String, String> b : s.blocks()) {
                if (b.size() != 1) {
                    throw new IllegalArgumentException("A block is one 'kind: text' entry, got " + b.keySet());
                }
                var only = b.entrySet().iterator().next();
                addRuns(section.addBlock(code(BlockKind.class, only.getKey())), only.getValue(), entry.orgUnit(), period);
            }
        }
        if (code(ReviewState.class, entry.state()) == ReviewState.PUBLISHED) {
            review.publish(Timestamps.now());
        }
        return review;
    }

    /** Splits a block's text at its figure markers into text and figure runs. */
    static void addRuns(ReviewBlock block, String text, String orgUnit, String period) {
        Matcher m = FIGURE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                block.addText(text.substring(at, m.start()));
            }
            DisplayFormat format = m.group(2) == null ? DisplayFormat.NUMBER : code(DisplayFormat.class, m.group(2));
            block.addFigure(m.group(1), orgUnit, period, format);
            at = m.end();
        }
        if (at < text.length()) {
            block.addText(text.substring(at));
        }
    }

    private DatasetFile read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Dataset file not found on the class path: " + resource);
            }
            return yaml.readValue(in, DatasetFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dataset " + resource, e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String code) {
        return CodedEnum.fromCode(type, code).orElseThrow(
                () -> new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + code));
    }
}
