package io.zongshu.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a JPQL query built from optional filters: each is added only when its value is given
 * (not null, not an empty list), with its named parameter, so that no caller writes the "where … and …"
 * joining by hand.
 */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private Where() {
    }

    public static Where of() {
        return new Where();
    }

    /** Adds {@code clause}, which uses {@code :name}, when {@code value} is given. */
    public Where and(String clause, String name, Object value) {
        if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code clause} with the parameters it uses, when {@code when} holds. */
    public Where and(boolean when, String clause, Map<String, Object> clauseParameters) {
        if (when) {
            clauses.add(clause);
            parameters.putAll(clauseParameters);
        }
        return this;
    }

    /** The conditions joined by "and", for Panache's find; empty when there are none. */
    public String jpql() {
        return String.join(" and ", clauses);
    }

    /** " where …" to append to a whole query; empty when there are no conditions. */
    public String clause() {
        return clauses.isEmpty() ? "" : " where " + jpql();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
