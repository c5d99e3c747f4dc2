package io.zongshu.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.zongshu.common.Api;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own description (/q/openapi, scanned from the code) and the published contract
 * (../openapi.yaml) must agree: same operations, parameters, responses and schema fields.
 */
@QuarkusTest
class OpenApiContractTest {
    private OpenAPI contract;
    private OpenAPI served;

    @BeforeEach
    void read() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString(), null, options);
        assertNotNull(contract, "openapi.yaml must parse");
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        served = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
    }

    @Test
    void the_same_operations_exist() {
        assertEquals(operations(served).keySet(), operations(contract).keySet());
        assertTrue(operations(contract).keySet().stream().allMatch(k -> k.contains(" /api/v1/")),
                "every operation is versioned under /api/v1");
    }

    @Test
    void each_operation_has_the_same_id_parameters_and_responses() {
        Map<String, Operation> mine = operations(contract);
        operations(served).forEach((key, op) -> {
            Operation published = mine.get(key);
            assertEquals(op.getOperationId(), published.getOperationId(), key + " operationId");
            assertEquals(parameters(served, op), parameters(contract, published), key + " parameters");
            assertEquals(op.getResponses().keySet(), published.getResponses().keySet(), key + " status codes");
            op.getResponses().forEach((status, response) -> assertEquals(
                    response.getContent() == null ? Set.of() : response.getContent().keySet(),
                    mediaTypes(contract, published.getResponses().get(status)), key + " " + status + " media types"));
        });
    }

    @Test
    void object_schemas_have_the_same_fields() {
        Map<String, Schema> mine = contract.getComponents().getSchemas();
        Map<String, Schema> theirs = served.getComponents().getSchemas();
        theirs.forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                assertTrue(mine.containsKey(name), "openapi.yaml lacks the schema " + name);
                assertEquals(schema.getProperties().keySet(), mine.get(name).getProperties().keySet(), name + " fields");
            }
        });
        mine.forEach((name, schema) -> {
            assertTrue(theirs.containsKey(name), "the service has no schema " + name);
            if (schema.getEnum() != null) {
                assertEquals(Set.copyOf(schema.getEnum()), Set.copyOf(theirs.get(name).getEnum()), name + " values");
            }
        });
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> all = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> all.put(method + " " + path, op)));
        return all;
    }

    /** "in name required" for each parameter, following $refs to components. */
    private static Set<String> parameters(OpenAPI api, Operation op) {
        List<Parameter> list = op.getParameters() == null ? List.of() : op.getParameters();
        return list.stream().map(p -> p.get$ref() == null ? p
                        : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .map(p -> p.getIn() + " " + p.getName() + " " + Boolean.TRUE.equals(p.getRequired()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> mediaTypes(OpenAPI api, io.swagger.v3.oas.models.responses.ApiResponse response) {
        if (response.get$ref() != null) {
            response = api.getComponents().getResponses().get(
                    response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
        }
        return response.getContent() == null ? Set.of() : response.getContent().keySet();
    }
}
