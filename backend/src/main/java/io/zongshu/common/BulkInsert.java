package io.zongshu.common;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts many rows in the caller's transaction: with PostgreSQL's COPY on a PostgreSQL connection (the
 * driver's CopyManager), with JDBC batches elsewhere (H2). A bulk import writes two rows per value.
 */
public final class BulkInsert {
    /** COPY data is sent in pieces of about this size, so the server works while the rest is formatted. */
    private static final int CHUNK_BYTES = 256 * 1024;

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
        CopyIn copy = connection.getCopyAPI().copyIn(sql);
        try {
            // Rows of one insert share most of their values (the same time, actor, submission): each
            // column's last value is remembered with its CSV text, so a repeated one is not formatted again.
            Object[] last = new Object[columns.size()];
            byte[][] lastCsv = new byte[columns.size()][];
            ByteArrayOutputStream csv = new ByteArrayOutputStream(CHUNK_BYTES + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.write(',');
                    }
                    Object value = row[i];
                    if (value == null) {
                        continue;
                    }
                    if (value != last[i]) {
                        last[i] = value;
                        lastCsv[i] = csvField(value);
                    }
                    csv.writeBytes(lastCsv[i]);
                }
                csv.write('\n');
                if (csv.size() >= CHUNK_BYTES) {
                    copy.writeToCopy(csv.toByteArray(), 0, csv.size());
                    csv.reset();
                }
            }
            copy.writeToCopy(csv.toByteArray(), 0, csv.size());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A value as COPY's CSV reads it, in UTF-8: text is always quoted (an unquoted empty field is NULL). */
    private static byte[] csvField(Object value) {
        String text;
        if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else if (value instanceof Number n) {
            text = n.toString();
        } else {
            text = '"' + value.toString().replace("\"", "\"\"") + '"';
        }
        return text.getBytes(StandardCharsets.UTF_8);
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
