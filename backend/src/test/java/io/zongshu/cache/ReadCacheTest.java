package io.zongshu.cache;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zongshu.access.Caller;
import io.zongshu.access.Roles;
import io.zongshu.access.Tokens;
import io.zongshu.indicator.TestIndicators;
import io.zongshu.period.TestPeriods;
import io.zongshu.review.EditionService;
import io.zongshu.submission.Flow;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Public reads are kept in memory, and a read after any change through the API shows the change: an
 * approval, a catalogue change, a period closed. Kept answers carry the resource's validators (ETag,
 * 304), Vary: Accept-Encoding, and the same bytes whether sent plain, gzipped or brotli-compressed.
 * Generated test data: a reporting year of its own and generated catalogue codes, removed afterwards.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReadCacheTest {
    /** Generated test data: a year far from any real review. */
    private static final String PERIOD = "2931";
    private static final String UNIT = "511902";
    private static final String INDICATOR = "theory.training_classes";
    /** Generated test data: a review of a year of its own, published and corrected here. */
    private static final String REVIEW_YEAR = "2932";

    @Inject
    ReadCache cache;
    @Inject
    TestPeriods periods;
    @Inject
    TestIndicators indicators;
    @Inject
    EditionService editions;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void listening() throws InterruptedException {
        periods.open(PERIOD);
        // On PostgreSQL reads are kept once the change listener is connected (a moment after start).
        for (int i = 0; i < 200 && !cache.enabled(); i++) {
            Thread.sleep(50);
        }
        assertTrue(cache.enabled(), "the read cache is on");
    }

    @AfterEach
    void removeWhatWasMade() {
        made.forEach(indicators::forget);
    }

    /** Waits a moment for the cache to hold {@code n} answers, then checks that it does. */
    private void awaitKept(int n) throws InterruptedException {
        for (int i = 0; i < 250 && cache.size() != n; i++) {
            Thread.sleep(20);
        }
        assertEquals(n, cache.size());
    }

    /** Reads {@code path} twice and checks that its answer was kept by the first read. */
    private void kept(String path) throws InterruptedException {
        cache.clear();
        String etag = api().get(path).then().statusCode(200).extract().header("ETag");
        // A streamed answer (an export) is kept once its last byte is written, which may be just after it was sent.
        for (int i = 0; i < 100 && cache.size() == 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(1, cache.size(), path + " is kept");
        api().get(path).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void an_approval_is_read_at_once_in_values_and_exports() throws InterruptedException {
        String metrics = "/api/v1/metrics?period=" + PERIOD + "&orgUnit=" + UNIT;
        String export = "/api/v1/exports?format=csv&period=" + PERIOD + "&orgUnit=" + UNIT;
        kept(metrics);
        api().get(metrics).then().body("items.indicator", not(hasItem(INDICATOR)));
        kept(export);
        api().get(metrics); // kept again, with the export

        Flow.approveInto(UNIT, PERIOD, List.of(Flow.value(INDICATOR, 7)));

        api().get(metrics).then().statusCode(200).body("items.findAll { it.indicator == '" + INDICATOR + "' }.value",
                contains(7));
        String csv = api().get(export).then().statusCode(200).extract().asString();
        assertTrue(csv.lines().anyMatch(l -> l.contains(INDICATOR) && l.contains(PERIOD)), csv);
    }

    /** A county's draft and its submission change nothing public: the kept reads stay; an edition outlasts the approval. */
    @Test
    void a_draft_keeps_the_kept_reads_and_an_edition_outlasts_the_approval() throws InterruptedException {
        String unit = "511903";
        String metrics = "/api/v1/metrics?period=" + PERIOD + "&orgUnit=" + unit;
        kept(metrics);
        api().get("/api/v1/reviews/2021/editions/1").then().statusCode(200);
        awaitKept(2);
        String clerk = Tokens.clerk(unit);
        Flow.Seen seen = Flow.open(clerk, unit, PERIOD);
        seen = Flow.Seen.of(Flow.put(clerk, seen, List.of(Flow.value(INDICATOR, 11))).statusCode(200));
        seen = Flow.Seen.of(Flow.action(clerk, seen, "submit", null).statusCode(200));
        assertEquals(2, cache.size(), "a draft and its submission leave what is kept");
        api().get(metrics).then().body("items.indicator", not(hasItem(INDICATOR)));

        Flow.action(Tokens.reviewer(), seen, "approve", Map.of()).statusCode(200);
        assertEquals(1, cache.size(), "the approval drops the values, not the edition");
        api().get(metrics).then().statusCode(200).body("items.findAll { it.indicator == '" + INDICATOR + "' }.value",
                contains(11));
    }

    @Test
    void a_catalogue_change_is_read_at_once() throws InterruptedException {
        kept("/api/v1/indicators?category=talent");
        String code = TestIndicators.newCode(io.zongshu.indicator.Category.TALENT);
        Map<String, Object> entry = new HashMap<>(Map.of("code", code, "nameZh", "生成的测试指标",
                "nameEn", "A generated test indicator", "unit", "名", "valueType", "count",
                "aggregation", "sum", "category", "talent"));
        api().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/indicators").then().statusCode(201);
        made.add(code);
        api().get("/api/v1/indicators?category=talent").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void a_period_closed_and_opened_again_is_read_at_once() throws InterruptedException {
        kept("/api/v1/periods");
        api().auth().oauth2(Tokens.reviewer()).post("/api/v1/periods/" + PERIOD + "/close").then().statusCode(200);
        api().get("/api/v1/periods").then().body("find { it.code == '" + PERIOD + "' }.state", equalTo("closed"));
        api().auth().oauth2(Tokens.reviewer()).post("/api/v1/periods/" + PERIOD + "/open").then().statusCode(200);
        api().get("/api/v1/periods").then().body("find { it.code == '" + PERIOD + "' }.state", equalTo("open"));
    }

    @Test
    void a_kept_answer_is_the_same_bytes_in_every_coding_with_its_validators_and_vary() throws Exception {
        String path = "/api/v1/org-units";
        kept(path);
        HttpResponse<byte[]> plain = get(path, null, null);
        assertEquals(200, plain.statusCode());
        String strong = plain.headers().firstValue("ETag").orElseThrow();
        assertFalse(strong.startsWith("W/"), strong);
        assertTrue(plain.headers().allValues("Vary").stream().anyMatch(v -> v.equalsIgnoreCase("Accept-Encoding")));

        // The compressed copies are made just after the answer is kept; until then the resource answers.
        for (String coding : List.of("gzip", "br")) {
            HttpResponse<byte[]> compressed = get(path, coding, null);
            assertEquals(200, compressed.statusCode());
            assertEquals(coding, compressed.headers().firstValue("Content-Encoding").orElseThrow());
            assertEquals("W/" + strong, compressed.headers().firstValue("ETag").orElseThrow());
            assertTrue(compressed.headers().allValues("Vary").stream().anyMatch(v -> v.equalsIgnoreCase("Accept-Encoding")));
            if (coding.equals("gzip")) {
                assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes());
            } else if (Brotli4jLoader.isAvailable()) {
                assertArrayEquals(plain.body(), Decoder.decompress(compressed.body()).getDecompressedData());
            }
            HttpResponse<byte[]> notModified = get(path, coding, strong);
            assertEquals(304, notModified.statusCode());
            assertEquals("W/" + strong, notModified.headers().firstValue("ETag").orElseThrow());
            assertEquals(0, notModified.body().length);
        }
        assertEquals(304, get(path, null, "W/" + strong).statusCode());
        assertEquals(200, get(path, "gzip", "\"other\"").statusCode());
    }

    /** As another replica would change the data: through a connection of its own, not this process's API. */
    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
    void a_change_committed_elsewhere_is_read_once_postgresql_notifies_it() throws Exception {
        String path = "/api/v1/periods";
        for (String state : List.of("closed", "open")) {
            kept(path);
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE period SET state = '" + state + "' WHERE code = '" + PERIOD + "'");
            }
            String seen = null;
            for (int i = 0; i < 500 && !state.equals(seen); i++) {
                seen = api().get(path).then().statusCode(200).extract().path("find { it.code == '" + PERIOD + "' }.state");
                Thread.sleep(10);
            }
            assertEquals(state, seen, "the change committed by another connection is read");
        }
    }

    /** As another replica saving a county's draft: PostgreSQL notifies it, and what is kept stays. */
    @Test
    @EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
    void a_change_of_submissions_alone_committed_elsewhere_leaves_the_kept_reads() throws Exception {
        kept("/api/v1/periods");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE submission SET org_unit_code = org_unit_code WHERE 1 = 0"); // notifies all the same
            Thread.sleep(500);
            assertEquals(1, cache.size(), "a change of submissions alone leaves what is kept");
            s.executeUpdate("UPDATE period SET code = code WHERE 1 = 0");
        }
        awaitKept(0); // while a change of a table public reads show drops it: the listener was listening
    }

    /** The requests the metrics count for this method, status and route (or path). */
    private double counted(String uri) {
        String series = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\""
                + uri + "\"} ";
        return io.restassured.RestAssured.given().get(metrics).then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).mapToDouble(line -> Double.parseDouble(line.substring(series.length())))
                .sum();
    }

    @Test
    void reads_served_from_memory_are_counted_under_their_route_in_the_metrics() throws InterruptedException {
        String path = "/api/v1/cadre-statistics/2021";
        String route = "/api/v1/cadre-statistics/{year}";
        double before = counted(route);
        kept(path);
        // Served from memory once its compressed copies are made (a moment after it was kept).
        for (int i = 0; i < 30; i++) {
            Thread.sleep(20);
            api().get(path).then().statusCode(200);
        }
        assertEquals(before + 32, counted(route), "every read counted under its route");
        assertEquals(0, counted(path), "no read counted under its path");
    }

    @Test
    void reads_with_credentials_are_not_kept() {
        cache.clear();
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/periods").then().statusCode(200);
        assertEquals(0, cache.size());
    }

    /**
     * The latest review is kept, yet a publication committed elsewhere (as through another replica: not
     * through this process's API, and on H2 with no notification at all) is served by the very next read.
     */
    @Test
    void the_latest_review_is_kept_and_a_publication_committed_elsewhere_is_read_at_once() throws InterruptedException {
        String review = "/api/v1/reviews/" + REVIEW_YEAR;
        periods.open(REVIEW_YEAR);
        String reviewer = Tokens.reviewer();
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("year", Integer.parseInt(REVIEW_YEAR)))
                .post("/api/v1/reviews").then().statusCode(201);
        api().auth().oauth2(reviewer).post(review + "/editions").then().statusCode(201);
        kept(review);
        kept(review + "/text");
        api().get(review).then().header("Content-Location", review + "/editions/1");

        api().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body(Map.of("reason", "A generated test correction (ReadCacheTest)")).post(review + "/corrections")
                .then().statusCode(200);
        kept(review);
        QuarkusTransaction.requiringNew().run(() -> editions.publish(
                new Caller("read-cache-test", "reviewer", Set.of(Roles.CITY_REVIEWER), "511900"),
                Integer.parseInt(REVIEW_YEAR), null));

        api().get(review).then().statusCode(200).header("Content-Location", review + "/editions/2")
                .body("edition", equalTo(REVIEW_YEAR + "-2"));
        api().get(review + "/text").then().statusCode(200).header("Content-Location", review + "/editions/2");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        // HTTP/1.1, as a proxy or CDN speaks to the backend (the JDK client would otherwise upgrade to HTTP/2).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (acceptEncoding != null) {
                request.header("Accept-Encoding", acceptEncoding);
            }
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            // While the compressed copies are made, the resource answers, compressed by the HTTP layer: ask again.
            boolean copyPending = acceptEncoding != null && answer.statusCode() == 200
                    && !answer.headers().firstValue("Content-Encoding").orElse("").equals(acceptEncoding);
            if (!copyPending || attempt > 100 || acceptEncoding.equals("br") && !Brotli4jLoader.isAvailable()) {
                return answer;
            }
            Thread.sleep(20);
        }
    }
}
