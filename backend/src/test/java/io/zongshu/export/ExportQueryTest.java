package io.zongshu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of an export, read on a thread of their own while the writer writes the ones before. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExportQueryTest {
    private static final ExportFilter YEAR_2021 = new ExportFilter(List.of("2021"), List.of(), List.of(), List.of(), null);

    @Inject
    ExportQuery query;

    @Test
    void every_row_comes_once_in_export_order() {
        List<List<String>> cells = query.read(c -> {
            List<List<String>> seen = new ArrayList<>();
            query.stream(c, YEAR_2021, r -> seen.add(List.of(r.indicator(), r.orgUnit(), r.period())));
            return seen;
        });
        assertEquals(56, cells.size()); // the seed's 2021 values
        Comparator<List<String>> exportOrder = Comparator.<List<String>, String>comparing(cell -> cell.get(0))
                .thenComparing(cell -> cell.get(1)).thenComparing(cell -> cell.get(2));
        assertEquals(cells.stream().sorted(exportOrder).distinct().toList(), cells);
    }

    @Test
    void a_writer_that_fails_stops_the_reader_and_the_connection_serves_the_next_query() {
        // A client that hangs up: the writer's IOException comes out, and the same transaction reads on.
        List<Integer> afterwards = query.read(c -> {
            IOException hungUp = assertThrows(IOException.class, () -> query.stream(c, YEAR_2021, r -> {
                throw new IOException("the client hung up");
            }));
            assertEquals("the client hung up", hungUp.getMessage());
            List<Integer> rows = new ArrayList<>();
            query.stream(c, YEAR_2021, r -> rows.add(1));
            return List.of(rows.size());
        });
        assertEquals(List.of(56), afterwards);
    }
}
