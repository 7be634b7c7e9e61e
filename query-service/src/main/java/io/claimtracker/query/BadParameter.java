package io.claimtracker.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter that cannot be used; rendered as {@code application/problem+json} with the parameter's
 * name in a {@code parameter} property, so clients can point at the field at fault.
 */
class BadParameter extends ErrorResponseException {

    BadParameter(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
