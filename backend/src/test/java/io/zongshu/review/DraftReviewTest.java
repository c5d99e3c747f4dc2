package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.HttpDates;
import io.zongshu.period.Period;
import io.zongshu.period.PeriodKind;
import io.zongshu.period.PeriodState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A draft whose figure has no value yet: rendered honestly, never kept, revalidated every time. */
@QuarkusTest
class DraftReviewTest {
    /** Test data, clearly not a real review. */
    private static final int YEAR = 1999;

    @BeforeEach
    void draft() {
        QuarkusTransaction.requiringNew().run(() -> {
            new Period("1999", PeriodKind.YEAR, LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31),
                    PeriodState.OPEN).persist();
            Review review = new Review(YEAR, "511900", "1999", "测试草稿（生成的测试数据）", null);
            ReviewBlock block = review.addSection("theory", null, null).addBlock(BlockKind.PARAGRAPH);
            block.addText("举办");
            block.addFigure("theory.training_classes", "511900", "1999", DisplayFormat.NUMBER);
            review.persist();
        });
    }

    @AfterEach
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> {
            Review.findByYear(YEAR).ifPresent(Review::delete);
            Period.deleteById("1999");
        });
    }

    @Test
    void a_missing_value_shows_a_dash_and_null_value_and_the_draft_is_not_cached() {
        api().get("/api/v1/reviews/1999").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body("state", equalTo("draft"))
                .body("sections[0].blocks[0].text", equalTo("举办—"))
                .body("sections[0].blocks[0].runs[1].value", nullValue())
                .body("sections[0].blocks[0].runs[1].qualifier", nullValue())
                .body("sections[0].blocks[0].runs[1].unit", equalTo("期"));
        api().get("/api/v1/reviews/1999/text").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void a_drafts_sections_are_revalidated_every_time_and_last_modified_at_the_drafts_last_change() {
        String changed = HttpDates.format(QuarkusTransaction.requiringNew()
                .call(() -> Review.findByYear(YEAR).orElseThrow().changedAt()).toInstant());
        for (String path : List.of("/api/v1/reviews/1999", "/api/v1/reviews/1999/sections/theory",
                "/api/v1/reviews/1999/sections/theory/text")) {
            var answer = api().get(path).then().statusCode(200).header("Cache-Control", equalTo("no-cache"))
                    .header("Last-Modified", equalTo(changed)).extract();
            api().header("If-None-Match", answer.header("ETag")).get(path).then().statusCode(304)
                    .header("Cache-Control", equalTo("no-cache"));
            api().header("If-Modified-Since", changed).get(path).then().statusCode(304);
        }
        api().get("/api/v1/reviews/1999/sections/theory").then().body("blocks[0].text", equalTo("举办—"));
        api().get("/api/v1/reviews/1999/sections/theory/text").then().body(equalTo("举办—\n"));
        api().get("/api/v1/reviews/1999/sections/talent").then().statusCode(404);
    }
}
