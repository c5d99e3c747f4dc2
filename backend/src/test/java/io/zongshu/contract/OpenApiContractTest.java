package io.zongshu.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.Api;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** openapi.yaml is the one description of the API: /q/openapi serves its content (re-serialised, not its bytes). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void the_service_serves_the_content_of_openapi_yaml() throws IOException {
        var published = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT));
        String served = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(published, new ObjectMapper().readTree(served));
    }
}
