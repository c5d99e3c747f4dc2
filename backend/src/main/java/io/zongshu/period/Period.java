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
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;

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
    @Column(name = "open_for")
    private String openFor;
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

    /** The year {@code year} as a period: its code is the year, it runs from 1 January to 31 December, open. */
    public static Period year(int year, OffsetDateTime at) {
        Period period = new Period(String.valueOf(year), PeriodKind.YEAR, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), PeriodState.OPEN);
        period.changedAt = Objects.requireNonNull(at, "at");
        return period;
    }

    public static Optional<Period> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** County writes and approvals go only into open periods: a closed year's figures are final. */
    public void requireOpen() {
        if (state != PeriodState.OPEN) {
            throw ApiException.conflict("Period " + code + " is closed; its figures can no longer change");
        }
    }

    /** The same, for one org unit's figures: a period reopened for a correction is open to its units only. */
    public void requireOpenFor(String orgUnit) {
        requireOpen();
        if (!openFor().isEmpty() && !openFor().contains(orgUnit)) {
            throw ApiException.conflict("Period " + code + " is reopened for a correction of "
                    + String.join(", ", openFor()) + " only; the figures of " + orgUnit + " stay as published");
        }
    }

    /** Opens the period for county submissions at {@code at}; true when its state changed. */
    public boolean open(OffsetDateTime at) {
        openFor = null;
        return changeTo(PeriodState.OPEN, at);
    }

    /** Reopens the closed period for a correction of these org units' figures (all units when empty). */
    public void reopenFor(Set<String> orgUnits, OffsetDateTime at) {
        openFor = orgUnits.isEmpty() ? null : String.join(",", new TreeSet<>(orgUnits));
        state = PeriodState.OPEN;
        changedAt = Objects.requireNonNull(at, "at");
    }

    /** The org units the period is open to while reopened for a correction; empty: open to all. */
    public Set<String> openFor() {
        return openFor == null ? Set.of() : new TreeSet<>(Arrays.asList(openFor.split(",")));
    }

    /** Closes the period at {@code at}: its figures are final; true when its state changed. */
    public boolean close(OffsetDateTime at) {
        openFor = null;
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
