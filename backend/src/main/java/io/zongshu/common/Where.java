package io.zongshu.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions of a query built from optional filters: each is added only when its value is given (not
 * null, not an empty list), with its named parameter, so that no caller writes the "where … and …" joining
 * by hand. Rendered as JPQL with named parameters, or as JDBC SQL with positional ones.
 */
public final class Where {
    private static final Pattern NAME = Pattern.compile(":(\\w+)");

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

    /**
     * " WHERE …" for JDBC, each {@code :name} turned into {@code ?} (a list into {@code ?, ?, …}), its values
     * appended to {@code positional} in order; empty when there are no conditions.
     */
    public String sql(List<Object> positional) {
        if (clauses.isEmpty()) {
            return "";
        }
        List<String> rendered = new ArrayList<>();
        for (String clause : clauses) {
            Matcher m = NAME.matcher(clause);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                Object value = parameters.get(m.group(1));
                List<?> values = value instanceof Collection<?> c ? List.copyOf(c) : List.of(value);
                positional.addAll(values);
                m.appendReplacement(sql, String.join(", ", Collections.nCopies(values.size(), "?")));
            }
            m.appendTail(sql);
            rendered.add(sql.toString());
        }
        return " WHERE " + String.join(" AND ", rendered);
    }
}
