package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served review reproduces the published article (the copy in test resources). */
@QuarkusTest
class ReviewTextFidelityTest {

    @Test
    void the_2021_text_equals_the_seed_article_line_for_line() throws IOException {
        String served = api().get("/api/v1/reviews/2021/text").then()
                .statusCode(200).contentType("text/plain").extract().asString();
        List<String> expected = normalise(seed());
        // The served text is compared as it is: exactly one block per line, nothing to trim.
        List<String> actual = List.of(served.split("\n", -1));
        assertEquals("", actual.get(actual.size() - 1), "the text ends with a newline");
        actual = actual.subList(0, actual.size() - 1);
        assertEquals(48, expected.size(), "the seed article has 48 non-empty lines");
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            assertEquals(i < expected.size() ? expected.get(i) : null, i < actual.size() ? actual.get(i) : null,
                    "line " + (i + 1));
        }
    }

    /** The seed as the issue reads it: each line trimmed (U+3000 and U+00A0 too), no empty lines, no bookmark artefact. */
    static List<String> normalise(String text) {
        return Arrays.stream(text.split("\n"))
                .map(line -> line.replace("[bookmark: _GoBack]", "").replaceAll("^[\\s\\u3000\\u00A0]+|[\\s\\u3000\\u00A0]+$", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String seed() throws IOException {
        try (InputStream in = ReviewTextFidelityTest.class.getResourceAsStream(
                "/seed/2021-bazhong-organization-work-review.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
