package io.zongshu.review;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The review API against the packaged jar, as it is deployed. */
@QuarkusIntegrationTest
class ReviewResourceIT extends ReviewResourceTest {
}
