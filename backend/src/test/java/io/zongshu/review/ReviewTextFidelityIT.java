package io.zongshu.review;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The fidelity check against the packaged jar, as it is deployed. */
@QuarkusIntegrationTest
class ReviewTextFidelityIT extends ReviewTextFidelityTest {
}
