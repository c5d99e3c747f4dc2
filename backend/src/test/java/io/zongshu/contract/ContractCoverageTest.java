package io.zongshu.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.zongshu.common.AllowedMethods;
import io.zongshu.common.Api;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The code serves exactly the operations of openapi.yaml with exactly their query parameters, and every
 * operation declares the errors it can answer. (That the answers match its schemas is checked by every
 * test that sends its requests through {@link Api#api()}; that /q/openapi is this file, by
 * {@link OpenApiContractTest}.)
 */
class ContractCoverageTest {
    @Test
    void the_contract_is_valid_openapi_with_every_reference_defined() {
        var result = new OpenAPIV3Parser().readLocation(Api.CONTRACT.toUri().toString(), null, resolving());
        assertEquals(List.of(), result.getMessages(), "openapi.yaml parses without messages");
        assertNotNull(result.getOpenAPI().getComponents().getSecuritySchemes().get("bearer"));
    }

    @Test
    void the_code_serves_exactly_the_contracts_operations_and_query_parameters() {
        assertEquals(contractOperations(), codeOperations());
    }

    @Test
    void every_operation_is_versioned_and_declares_the_errors_any_request_may_get() {
        OpenAPI contract = contract();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String key = method + " " + path;
            assertTrue(path.startsWith("/api/v1/"), key + " is versioned under /api/v1");
            Set<String> statuses = op.getResponses().keySet();
            for (String status : List.of("400", "405", "406", "500", "503")) {
                assertTrue(statuses.contains(status), key + " declares " + status);
            }
            if (op.getRequestBody() != null) {
                assertTrue(statuses.containsAll(List.of("413", "415")), key + " takes a body: declares 413 and 415");
            }
            if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                assertTrue(statuses.contains("401"), key + " needs a token: declares 401");
            }
        }));
    }

    /** "GET /api/v1/metrics [category, indicator, …]" for each operation of openapi.yaml. */
    private static Map<String, Set<String>> contractOperations() {
        OpenAPI contract = contract();
        Map<String, Set<String>> all = new TreeMap<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
            all.put(method + " " + path, parameters.stream()
                    .map(p -> p.get$ref() == null ? p : contract.getComponents().getParameters()
                            .get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                    .filter(p -> p.getIn().equals("query"))
                    .map(Parameter::getName)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }));
        return all;
    }

    /** The same, read from the JAX-RS resources' annotations. */
    private static Map<String, Set<String>> codeOperations() {
        Map<String, Set<String>> all = new TreeMap<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.zongshu").stream().filter(c -> c.isAnnotatedWith(Path.class)).toList()) {
            Class<?> type = resource.reflect();
            String root = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = AllowedMethods.httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (root + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                        .replaceAll("/$", "").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                Set<String> query = new TreeSet<>();
                for (java.lang.reflect.Parameter p : method.getParameters()) {
                    QueryParam q = p.getAnnotation(QueryParam.class);
                    if (q != null) {
                        query.add(q.value());
                    }
                }
                all.put(verb + " " + path, query);
            }
        }
        return all;
    }

    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().read(Api.CONTRACT.toString(), null, options);
    }

    private static ParseOptions resolving() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }
}
