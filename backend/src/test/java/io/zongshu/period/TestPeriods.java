package io.zongshu.period;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zongshu.cache.ReadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Open reporting years made by the tests that need one of their own, so that no test depends on what
 * another left in a shared year. Generated test data: years far ahead of any real review.
 */
@ApplicationScoped
public class TestPeriods {
    @Inject
    ReadCache reads;

    /** The year {@code code} (e.g. "2901"), open for county writes; made when it does not exist yet. */
    public String open(String code) {
        int year = Integer.parseInt(code);
        QuarkusTransaction.requiringNew().run(() -> {
            if (Period.findByCode(code).isEmpty()) {
                new Period(code, PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodState.OPEN)
                        .persist();
            }
        });
        reads.invalidate(); // written around the API, which would have told the read cache itself
        return code;
    }
}
