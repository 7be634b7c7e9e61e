package io.claimtracker.query;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorsTest {

    @Test
    void anUnreachableStoreIsAServiceUnavailableProblem() {
        ProblemDetail problem = new ApiErrors()
                .storeUnavailable(new DataAccessResourceFailureException("Timed out after 30000 ms"));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).contains("MongoDB");
    }
}
