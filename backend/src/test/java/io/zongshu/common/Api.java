package io.zongshu.common;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/** Requests whose responses are checked against the published contract, ../openapi.yaml. */
public final class Api {
    /** The contract at the top of the repository (tests run in backend/). */
    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            // Bad requests are sent on purpose; undeclared response fields are contract drift.
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build());

    private Api() {
    }

    /** A request whose response must match openapi.yaml (status, headers, body schema). */
    public static RequestSpecification api() {
        return given().filter(CONTRACT_FILTER);
    }
}
