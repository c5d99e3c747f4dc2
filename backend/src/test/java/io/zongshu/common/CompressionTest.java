package io.zongshu.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text answers are compressed as the client asks (brotli or gzip), streamed exports included, and their
 * ETags stay correct for each encoding: weak when compressed (other bytes), strong when not, and a 304
 * for either. A submission's or catalogue entry's ETag, sent back in If-Match, stays strong: those answers
 * are not compressed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CompressionTest {
    /** An open year of this class's own (generated test data). */
    private static final String PERIOD = "2906";
    @Inject
    TestPeriods periods;

    @BeforeEach
    void openTheYear() {
        periods.open(PERIOD);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource
    URL base;

    @Test
    void the_review_comes_in_brotli_or_gzip_with_the_same_content_and_a_weak_etag() throws Exception {
        HttpResponse<byte[]> plain = get("/api/v1/reviews/2021", null, null);
        HttpResponse<byte[]> br = get("/api/v1/reviews/2021", "br, gzip", null);
        HttpResponse<byte[]> gzip = get("/api/v1/reviews/2021", "gzip", null);

        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(plain.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).isEmpty());
        assertArrayEquals(plain.body(), decode("br", br.body()));
        assertArrayEquals(plain.body(), decode("gzip", gzip.body()));
        assertTrue(br.body().length * 3 < plain.body().length, "compressed to under a third");

        String strong = plain.headers().firstValue("ETag").orElseThrow();
        assertFalse(strong.startsWith("W/"));
        assertEquals("W/" + strong, br.headers().firstValue("ETag").orElseThrow());
        assertEquals("W/" + strong, gzip.headers().firstValue("ETag").orElseThrow());
        // Either tag revalidates either encoding.
        assertEquals(304, get("/api/v1/reviews/2021", "gzip", strong).statusCode());
        assertEquals(304, get("/api/v1/reviews/2021", null, "W/" + strong).statusCode());
    }

    @Test
    void a_streamed_export_is_compressed_and_revalidates() throws Exception {
        String path = "/api/v1/exports?period=2021&format=csv";
        HttpResponse<byte[]> plain = get(path, null, null);
        HttpResponse<byte[]> gzip = get(path, "gzip", null);
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(plain.body(), decode("gzip", gzip.body()));
        String weak = gzip.headers().firstValue("ETag").orElseThrow();
        assertTrue(weak.startsWith("W/\""), weak);
        assertEquals(304, get(path, "gzip", weak).statusCode());
    }

    @Test
    void errors_are_compressed_too_and_a_client_refusing_codings_gets_plain_bytes() throws Exception {
        HttpResponse<byte[]> problem = get("/api/v1/metrics?period=abc%20def", "gzip", null);
        assertEquals(400, problem.statusCode());
        assertEquals("gzip", problem.headers().firstValue("Content-Encoding").orElse(null));
        HttpResponse<byte[]> refused = get("/api/v1/org-units", "gzip;q=0, br;q=0", null);
        assertTrue(refused.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).isEmpty());
    }

    @Test
    void a_submission_keeps_a_strong_etag_for_if_match() throws Exception {
        String clerk = Tokens.clerk("511902");
        Flow.Seen seen = Flow.open(clerk, "511902", PERIOD);
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/submissions/" + seen.id()))
                .header("Accept-Encoding", "br, gzip").header("Authorization", "Bearer " + clerk).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals(seen.etag(), answer.headers().firstValue("ETag").orElseThrow());
        assertNull(answer.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).orElse(null));
    }

    @Test
    void a_catalogue_entry_keeps_a_strong_etag_for_if_match_on_a_304_too() throws Exception {
        String path = "/api/v1/indicators/theory.training_classes";
        HttpResponse<byte[]> answer = get(path, "br, gzip", null);
        String strong = answer.headers().firstValue("ETag").orElseThrow();
        assertFalse(strong.startsWith("W/"), strong);
        assertNull(answer.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).orElse(null));
        HttpResponse<byte[]> notModified = get(path, "br, gzip", strong);
        assertEquals(304, notModified.statusCode());
        assertEquals(strong, notModified.headers().firstValue("ETag").orElseThrow());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] decode(String coding, byte[] body) throws IOException {
        if (coding.equals("br")) {
            Brotli4jLoader.ensureAvailability();
        }
        try (InputStream in = coding.equals("br") ? new BrotliInputStream(new ByteArrayInputStream(body))
                : new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
