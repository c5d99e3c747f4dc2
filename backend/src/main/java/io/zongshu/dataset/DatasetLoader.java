package io.zongshu.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.StartupEvent;
import io.zongshu.common.CodedEnum;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
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
import io.zongshu.review.Computation;
import io.zongshu.review.DraftContent;
import io.zongshu.review.EditionService;
import io.zongshu.review.Markup;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the dataset files at start-up. Only what is missing is inserted: existing rows are never changed,
 * so a second start changes nothing and data entered through the API is never overwritten.
 */
@ApplicationScoped
public class DatasetLoader {
    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
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
        if (file.review() != null) {
            var r = file.review();
            editions.load(r.year(), r.orgUnit(), contentOf(r), "published".equals(r.state()), LOADER);
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

    /** Every figure marker is well formed, and each plain one names an indicator with a value in the file. */
    private static void checkFigures(String resource, DatasetFile file) {
        if (file.review() == null) {
            return;
        }
        Set<String> valued = file.dataValues() == null ? Set.of()
                : file.dataValues().values().stream().map(DatasetFile.ValueEntry::indicator).collect(Collectors.toSet());
        for (var section : contentOf(file.review()).sections()) {
            for (var block : section.blocks()) {
                Markup markup = Markup.parse(block.source());
                markup.problems().forEach(p -> {
                    throw new IllegalArgumentException(resource + ": section " + section.key() + ", at character "
                            + p.offset() + " (" + p.token() + "): " + p.message());
                });
                markup.markers().stream().map(Markup.Marker::figure)
                        .filter(f -> f.computation() == Computation.VALUE && f.orgUnit() == null && f.period() == null)
                        .filter(f -> !valued.contains(f.indicator())).findFirst().ifPresent(f -> {
                            throw new IllegalArgumentException(resource + ": figure " + f.markup() + " in section "
                                    + section.key() + " has no value in the file");
                        });
            }
        }
    }

    /** The file's review as a draft's content: each block is one "kind: source" entry. */
    private static DraftContent contentOf(DatasetFile.ReviewEntry entry) {
        return new DraftContent(entry.title(), entry.subtitle(), entry.sections().stream()
                .map(s -> new DraftContent.Section(s.key(), s.heading(), s.theme(), s.blocks().stream().map(b -> {
                    if (b.size() != 1) {
                        throw new IllegalArgumentException("A block is one 'kind: text' entry, got " + b.keySet());
                    }
                    var only = b.entrySet().iterator().next();
                    return new DraftContent.Block(code(BlockKind.class, only.getKey()), only.getValue());
                }).toList())).toList());
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
