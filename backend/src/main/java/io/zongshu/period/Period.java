package io.zongshu.period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.ApiException;
import io.zongshu.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** A reporting period; today only years ("2021"), the kind leaves room for others. */
@Entity
@Table(name = "period")
public class Period extends PanacheEntityBase {
    @Id
    private String code;
    private PeriodKind kind;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    private PeriodState state;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected Period() {
    }

    public Period(String code, PeriodKind kind, LocalDate startDate, LocalDate endDate, PeriodState state) {
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.endDate = Objects.requireNonNull(endDate, "endDate");
        this.state = Objects.requireNonNull(state, "state");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Period " + code + " ends before it starts");
        }
        if (kind == PeriodKind.YEAR && !code.equals(String.valueOf(startDate.getYear()))) {
            throw new IllegalArgumentException("A year period's code is its year: " + code);
        }
        this.changedAt = Timestamps.now();
    }

    public static Optional<Period> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** Opens the period for county submissions at {@code at}; true when its state changed. */
    /** County writes and approvals go only into open periods: a closed year's figures are final. */
    public void requireOpen() {
        if (state != PeriodState.OPEN) {
            throw ApiException.conflict("Period " + code + " is closed; its figures can no longer change");
        }
    }

    public boolean open(OffsetDateTime at) {
        return changeTo(PeriodState.OPEN, at);
    }

    /** Closes the period at {@code at}: its figures are final; true when its state changed. */
    public boolean close(OffsetDateTime at) {
        return changeTo(PeriodState.CLOSED, at);
    }

    private boolean changeTo(PeriodState to, OffsetDateTime at) {
        if (state == to) {
            return false;
        }
        state = to;
        changedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    public String code() {
        return code;
    }

    public PeriodKind kind() {
        return kind;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public PeriodState state() {
        return state;
    }

    /** When the period was added or last opened or closed. */
    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
