package io.claimtracker.ingest;

import io.claimtracker.contracts.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An answer other than 2xx, as {@code application/problem+json}. Validation problems carry {@code errors}: a list
 * of {@code {field, message}}; batch problems (413, 503 in the middle of an NDJSON request) carry the per-line
 * {@code results} of the lines handled before it and a {@code summary}.
 */
final class IngestProblem extends ErrorResponseException {

    private IngestProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static IngestProblem invalid(List<FieldError> errors) {
        IngestProblem problem = new IngestProblem(HttpStatus.BAD_REQUEST, "Invalid article", "The article was not "
                + "accepted: " + errors.stream().map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; ")));
        return problem.with("errors", errors);
    }

    static IngestProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    static IngestProblem tooLarge(String detail) {
        return new IngestProblem(HttpStatus.CONTENT_TOO_LARGE, "Body too large", detail)
                .with("errors", List.of(new FieldError("body", detail)));
    }

    static IngestProblem unsupportedCharset(String charset) {
        String detail = "charset=" + charset + " is not accepted: send the body as UTF-8 (JSON's only encoding)";
        return new IngestProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported charset", detail)
                .with("errors", List.of(new FieldError("Content-Type", detail)));
    }

    static IngestProblem unavailable(String reason) {
        IngestProblem problem = new IngestProblem(HttpStatus.SERVICE_UNAVAILABLE, "Article not written", reason);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problem;
    }

    IngestProblem with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }
}
