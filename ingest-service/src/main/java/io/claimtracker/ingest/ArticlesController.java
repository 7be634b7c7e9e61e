package io.claimtracker.ingest;

import io.claimtracker.contracts.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/v1/articles}: one article as {@code application/json}, or many as {@code application/x-ndjson}.
 * The body is read as bytes, not through a message converter, so that size limits, strict UTF-8 and JSON syntax
 * errors are reported precisely (which byte, which line, which column) rather than as a generic 400. See
 * ingest-service/README.md for the full contract.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticlesController {

    /** The 202 answer to one article. */
    record ArticleAccepted(String articleId, boolean duplicate) {
    }

    private final ArticleIngest ingest;
    private final IngestProperties.Limits limits;

    ArticlesController(ArticleIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.limits = properties.limits();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleAccepted> postOne(HttpServletRequest request) throws IOException {
        requireUtf8(request);
        byte[] body = readAtMost(request, limits.article());
        String json;
        try {
            json = Utf8Text.decode(body);
        } catch (Utf8Text.NotUtf8 e) {
            throw IngestProblem.invalid("body", e.getMessage());
        }
        SubmittedArticle submitted = SubmittedArticle.fromJson(json, false);
        if (!submitted.readable()) {
            throw IngestProblem.invalid(submitted.errors());
        }
        Outcome outcome = ingest.ingest(submitted.article());
        return switch (outcome.status()) {
            case ACCEPTED, DUPLICATE -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new ArticleAccepted(outcome.articleId(), outcome.status() == Outcome.Status.DUPLICATE));
            case REJECTED -> throw IngestProblem.invalid(outcome.errors());
            case FAILED -> throw IngestProblem.unavailable(outcome.reason());
        };
    }

    /**
     * 200 with one result per non-blank line and a summary when every line got a final answer (accepted, duplicate
     * or rejected). 413 or 503 (problem+json, with the results of the lines handled before) when the batch went
     * over its limit or could not be written: resending the whole batch is then safe, as the lines already
     * accepted come back as duplicates.
     */
    @PostMapping(consumes = MediaType.APPLICATION_NDJSON_VALUE)
    ResponseEntity<byte[]> postBatch(HttpServletRequest request) throws IOException {
        requireUtf8(request);
        long maxBatch = limits.batch().toBytes();
        if (request.getContentLengthLong() > maxBatch) {
            throw IngestProblem.tooLarge(tooLargeMessage("The batch", request.getContentLengthLong(), limits.batch()));
        }
        BatchResults results = new BatchResults();
        ChunkedIngest<Integer> chunks = new ChunkedIngest<>(ingest, results::add);
        NdjsonLines lines = new NdjsonLines(request.getInputStream(), (int) limits.line().toBytes(), maxBatch);
        try {
            for (NdjsonLines.Line line = lines.next(); line != null && !chunks.failed(); line = lines.next()) {
                if (line.blank()) {
                    continue;
                }
                SubmittedArticle submitted = read(line, limits.line());
                if (submitted.readable()) {
                    chunks.add(line.number(), submitted.article());
                } else {
                    results.add(line.number(), Outcome.rejected(submitted.errors()));
                }
            }
            if (!chunks.failed()) {
                chunks.flush();
            }
        } catch (NdjsonLines.StreamTooLarge e) {
            chunks.flush();
            throw results.attachTo(IngestProblem.tooLarge("The batch is over the " + limits.batch() + " limit at "
                    + "line " + e.line() + ": that line and those after it were not read; the lines before it were "
                    + "handled (see results). Split the batch."));
        }
        if (chunks.failed()) {
            String reason = results.results().stream().filter(r -> r.reason() != null).findFirst()
                    .map(BatchResults.LineResult::reason).orElse("the batch was not written");
            throw results.attachTo(IngestProblem.unavailable(reason + ". Lines after the first failure were not "
                    + "read; resending the whole batch is safe (lines already accepted come back as duplicates)."));
        }
        if (results.isEmpty()) {
            throw IngestProblem.invalid("body", "has no articles: send one JSON object per line");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_NDJSON).body(results.toNdjson());
    }

    private static SubmittedArticle read(NdjsonLines.Line line, DataSize maxLine) {
        if (line.tooLong()) {
            return SubmittedArticle.invalid(new FieldError("body", "line is " + line.length() + " bytes, over the "
                    + maxLine + " limit per line"));
        }
        try {
            return SubmittedArticle.fromJson(Utf8Text.decode(line.bytes()), true);
        } catch (Utf8Text.NotUtf8 e) {
            return SubmittedArticle.invalid(new FieldError("body", "line is not UTF-8: byte " + e.offset()
                    + " of the line (byte " + (line.offset() + e.offset()) + " of the body, 0x" + e.sequence()
                    + ") is not a valid UTF-8 sequence"));
        }
    }

    /** Reads the whole body, refusing (413) as soon as it is known to be over the limit. */
    private static byte[] readAtMost(HttpServletRequest request, DataSize limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            throw IngestProblem.tooLarge(tooLargeMessage("The article", declared, limit));
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) limit.toBytes() + 1);
            if (body.length > limit.toBytes()) {
                throw IngestProblem.tooLarge("The article is over the " + limit + " limit for one article; send "
                        + "less, or several articles as application/x-ndjson");
            }
            return body;
        }
    }

    private static String tooLargeMessage(String what, long bytes, DataSize limit) {
        return what + " is " + bytes + " bytes, over the " + limit + " limit"
                + (what.equals("The article") ? " for one article" : " for one batch: split it");
    }

    /** JSON is UTF-8 (RFC 8259); a body declared otherwise is refused rather than guessed at. */
    private static void requireUtf8(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String charset;
        try {
            charset = header == null ? null : MediaType.parseMediaType(header).getParameter("charset");
        } catch (InvalidMediaTypeException e) {
            return; // unreachable in practice: the mapping's "consumes" has already parsed it
        }
        if (charset == null) {
            return;
        }
        String name = charset.replace("\"", "").strip();
        boolean utf8;
        try {
            utf8 = Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknownCharset) {
            utf8 = false;
        }
        if (!utf8) {
            throw IngestProblem.unsupportedCharset(name);
        }
    }
}
