package io.zongshu.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatasetLoaderTest {
    private static final List<String> TABLES = List.of("org_unit", "period", "indicator", "data_value", "review",
            "review_version", "review_edition", "edition_value");

    @Inject
    DatasetLoader loader;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void loading_again_changes_nothing() throws SQLException {
        String before = contents();
        loader.load("dataset/2021-bazhong.yaml");
        assertEquals(before, contents());
    }

    @Test
    void a_missing_row_is_put_back_as_it_was() throws SQLException {
        String before = contents();
        String growth = "select org_unit_code, period_code, numeric_value, qualifier, revision from data_value"
                + " where indicator_code = 'talent.intent_agreements_growth'";
        String valueBefore = rows(growth);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from data_value where indicator_code = 'talent.intent_agreements_growth'");
        }
        assertEquals("", rows(growth));
        loader.load("dataset/2021-bazhong.yaml");
        assertEquals(valueBefore, rows(growth));
        assertEquals(count(before), count(contents()));
    }

    @Test
    void the_dataset_holds_the_whole_article_and_opens_2022() throws SQLException {
        // Counted by origin: other tests approve county values for 2022.
        // The 2021 review: the file's text as the draft's first version, published as edition 2021-1.
        assertEquals("8|\n56|\n56|\n1|\n1|dataset-loader|\n1|1|56|\n2021 closed|\n2022 open|\n",
                rows("select count(*) from org_unit")
                + rows("select count(*) from indicator")
                + rows("select count(*) from data_value where period_code = '2021' and recorded_by = 'dataset-loader'")
                + rows("select count(*) from review where review_year = 2021")
                + rows("select number, saved_by from review_version where review_year = 2021")
                + rows("select number, draft_version, value_count from review_edition where review_year = 2021"
                        + " and published_by = 'dataset-loader'")
                // The dataset's years; tests add open years of their own far ahead (period/TestPeriods).
                + rows("select code || ' ' || state from period where code <= '2022' order by code"));
    }

    private String rows(String query) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            dump(s, out, query);
        }
        return out.toString();
    }

    private static String count(String contents) {
        return String.join(" ", List.of(contents.split("\n")).subList(0, TABLES.size()));
    }

    /** Row counts per table, then every data value, draft version and edition as text: a checksum that reads well in a diff. */
    private String contents() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    out.append(table).append('=').append(rs.getLong(1)).append('\n');
                }
            }
            dump(s, out, "select indicator_code, org_unit_code, period_code, numeric_value, qualifier, recorded_at,"
                    + " revision from data_value order by id");
            dump(s, out, "select review_year, number, saved_by, saved_at, content from review_version order by id");
            dump(s, out, "select review_year, number, content_hash, document from review_edition order by id");
        }
        return out.toString();
    }

    private static void dump(Statement s, StringBuilder out, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(rs.getString(i)).append('|');
                }
                out.append('\n');
            }
        }
    }
}
