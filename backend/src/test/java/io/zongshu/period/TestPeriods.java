package io.zongshu.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Open reporting years made by the tests that need one of their own, so that no test depends on what
 * another left in a shared year. Generated test data: years far ahead of any real review.
 */
@ApplicationScoped
public class TestPeriods {

    /** The year {@code code} (e.g. "2901"), open for county writes; made when it does not exist yet. */
    @Transactional
    public String open(String code) {
        int year = Integer.parseInt(code);
        if (Period.findByCode(code).isEmpty()) {
            new Period(code, PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodState.OPEN)
                    .persist();
        }
        return code;
    }
}
