package io.zongshu.common;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Inserts many rows in the caller's transaction: with PostgreSQL's COPY on a PostgreSQL connection (the
 * driver's CopyManager), with JDBC batches elsewhere (H2). A bulk import writes two rows per value.
 */
public final class BulkInsert {
    private static final int CHUNK = 10_000;

    private BulkInsert() {
    }

    /** Each row holds one value per column: String, Number, OffsetDateTime or null. */
    public static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), table, columns, rows);
        } else {
            batch(connection, table, columns, rows);
        }
    }

    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            StringBuilder csv = new StringBuilder();
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    appendCsv(csv, row[i]);
                }
                csv.append('\n');
            }
            try {
                connection.getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
        }
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, text is always quoted. */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            csv.append(d.toPlainString());
        } else if (value instanceof Number n) {
            csv.append(n);
        } else {
            csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
    }

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
