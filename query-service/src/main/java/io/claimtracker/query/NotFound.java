package io.claimtracker.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An id that names nothing stored; a 404 problem that says what kind of thing was looked for. */
class NotFound extends ErrorResponseException {

    NotFound(String resource, String id) {
        super(HttpStatus.NOT_FOUND, problem(resource, id), null);
    }

    private static ProblemDetail problem(String resource, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + resource + " with id '" + id + "'");
        problem.setTitle("Not found");
        problem.setProperty("resource", resource);
        problem.setProperty("id", id);
        return problem;
    }
}
