package io.claimtracker.query;

import org.junit.jupiter.api.Test;

class HealthTest extends ApiTest {

    /** Boot's own MongoDB indicator sends {@code hello}, which the embedded stand-in answers with an error. */
    @Test
    void healthIsUpWithMongoDbReachable() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void theDashboardIsServedAtTheRoot() {
        web.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> org.assertj.core.api.Assertions.assertThat(page)
                        .contains("/api/v1/stream/claims").contains("/api/v1/claims"));
    }
}
