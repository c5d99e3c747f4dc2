package io.zongshu.orgunit;

import io.zongshu.common.CodedEnum;

/** Levels from the top down; the order is the order of listing. */
public enum OrgUnitLevel implements CodedEnum {
    CITY("city"), COUNTY("county");

    private final String code;

    OrgUnitLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<OrgUnitLevel> {
        public Converter() {
            super(OrgUnitLevel.class);
        }
    }
}
