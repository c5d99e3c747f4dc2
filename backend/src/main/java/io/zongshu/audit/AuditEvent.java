package io.zongshu.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One recorded change, read-only here: {@link AuditLog} inserts events and nothing in the application
 * updates or deletes them ({@code @Immutable} makes Hibernate refuse to).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    private Long id;
    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;
    @Column(name = "actor_subject")
    private String actorSubject;
    @Column(name = "actor_username")
    private String actorUsername;
    private AuditAction action;
    @Column(name = "submission_id")
    private Long submission;
    @Column(name = "org_unit_code")
    private String orgUnit;
    @Column(name = "period_code")
    private String period;
    @Column(name = "indicator_code")
    private String indicator;
    @Column(name = "from_value")
    private BigDecimal fromValue;
    @Column(name = "from_qualifier")
    private String fromQualifier;
    @Column(name = "to_value")
    private BigDecimal toValue;
    @Column(name = "to_qualifier")
    private String toQualifier;
    @Column(name = "from_state")
    private String fromState;
    @Column(name = "to_state")
    private String toState;
    private String comment;

    protected AuditEvent() {
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public AuditAction action() {
        return action;
    }

    public Long submission() {
        return submission;
    }

    public String orgUnit() {
        return orgUnit;
    }

    public String period() {
        return period;
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal fromValue() {
        return fromValue;
    }

    public String fromQualifier() {
        return fromQualifier;
    }

    public BigDecimal toValue() {
        return toValue;
    }

    public String toQualifier() {
        return toQualifier;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String comment() {
        return comment;
    }
}
