package io.zongshu.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * How every replica learns that data changed. On PostgreSQL a trigger on every table notifies the channel
 * {@value #CHANNEL} in the writing transaction (see db/vendor/postgresql), so the notification is sent
 * when, and only if, the change commits; each process listens on a connection of its own and drops its
 * kept reads on every notification of a table a public read shows. Whenever that connection is not known
 * to be listening (before it is, after an error, while reconnecting) the cache is off, so a missed
 * notification cannot leave a stale read behind; it is dropped again once listening resumes. On H2 the
 * database is this process's alone: its own writes invalidate (see {@link ReadCacheRoute}).
 */
@ApplicationScoped
public class DataChangeListener {
    static final String CHANNEL = "zongshu_data_changed";
    private static final Logger LOG = Logger.getLogger(DataChangeListener.class);
    /**
     * Tables no public read shows: submissions (drafts and those awaiting review; an approval writes the
     * approved values to data_value), their history, the stored answers of imports and the review's draft
     * versions. Changes to them alone leave the kept reads (see {@link io.zongshu.common.PublicReadsUnchanged}).
     */
    static final Set<String> PRIVATE_TABLES = Set.of("submission", "submission_value", "audit_event",
            "idempotent_request", "review_version");
    /** How long to wait for a notification before checking that the connection is still alive. */
    private static final int POLL_MILLIS = 2000;

    @Inject
    ReadCache cache;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!dbKind.equals("postgresql")) {
            cache.enable();
            return;
        }
        thread = new Thread(this::listen, "zongshu-data-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            props.setProperty("ApplicationName", "zongshu change listener");
            props.setProperty("tcpKeepAlive", "true");
            try (Connection c = DriverManager.getConnection(url, props)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                cache.enable(); // drops whatever changed while nobody listened
                LOG.infof("Listening for data changes on %s: public reads are kept in memory", CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && Arrays.stream(notifications)
                            .anyMatch(n -> !PRIVATE_TABLES.contains(n.getParameter()))) {
                        cache.invalidate();
                    } else if (!c.isValid(POLL_MILLIS / 1000)) {
                        throw new SQLException("the listening connection is no longer valid");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.disable();
                if (running) {
                    LOG.warnf("Not listening for data changes (%s): reads are not kept until it listens again", e.getMessage());
                    pause();
                }
            } finally {
                connection = null;
            }
        }
        cache.disable();
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
