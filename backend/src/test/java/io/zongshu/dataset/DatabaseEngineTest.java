package io.zongshu.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The suite runs on the engine it was built for (scripts/test runs it on H2, then on PostgreSQL). */
@QuarkusTest
class DatabaseEngineTest {
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void the_connected_database_is_the_configured_engine() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            System.out.println("Tests run on " + product + " " + c.getMetaData().getDatabaseProductVersion());
            assertEquals(Map.of("h2", "H2", "postgresql", "PostgreSQL").get(dbKind), product);
        }
    }
}
