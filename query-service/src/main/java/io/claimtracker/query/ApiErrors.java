package io.claimtracker.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}: Spring's own (unknown path, wrong method) and ours
 * ({@link BadParameter}, {@link NotFound}) through the base class, and MongoDB being unreachable as a 503 rather
 * than an opaque 500.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail storeUnavailable(DataAccessException e) {
        log.warn("MongoDB request failed: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The claim store (MongoDB) did not answer; try again shortly");
        problem.setTitle("Store unavailable");
        return problem;
    }
}
