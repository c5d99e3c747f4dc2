package io.zongshu.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A unit of government that owns figures: the city or one of its county-level units. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {
    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private OrgUnitLevel level;
    @Column(name = "parent_code")
    private String parentCode;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String nameZh, String nameEn, OrgUnitLevel level, String parentCode) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.level = Objects.requireNonNull(level, "level");
        if (level == OrgUnitLevel.COUNTY && parentCode == null) {
            throw new IllegalArgumentException("County-level unit " + code + " needs a parent");
        }
        this.parentCode = parentCode;
        this.changedAt = Timestamps.now();
    }

    public static Optional<OrgUnit> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** The city first, then the county-level units, each by code. */
    public static List<OrgUnit> listOrdered() {
        return OrgUnit.<OrgUnit>listAll().stream()
                .sorted(Comparator.comparing(OrgUnit::level).thenComparing(OrgUnit::code)).toList();
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrgUnitLevel level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    /** When the unit was last changed (added, so far: units are not edited or removed). */
    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
