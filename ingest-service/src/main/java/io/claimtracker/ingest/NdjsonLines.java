package io.claimtracker.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an NDJSON stream into lines without holding more than one line in memory, enforcing a limit per line
 * and, optionally, on the whole stream. Splitting on the byte {@code \n} is safe before decoding: in UTF-8 that
 * byte never occurs inside a multi-byte character. A trailing {@code \r} is dropped (CRLF files).
 */
final class NdjsonLines {

    /**
     * One line. {@code bytes} is null when the line was longer than the limit (its bytes were skipped).
     *
     * @param number 1-based line number
     * @param offset byte offset of the line's first byte in the stream
     * @param length the line's length in bytes, without the line end
     */
    record Line(int number, long offset, int length, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }

        boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    /** The stream went past its limit; lines before {@code line} were returned whole. */
    static final class StreamTooLarge extends Exception {
        private final int line;

        StreamTooLarge(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final long maxStreamBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long consumed;
    private int lineNumber;

    /** @param maxStreamBytes the most bytes to read in all, or {@code Long.MAX_VALUE} */
    NdjsonLines(InputStream in, int maxLineBytes, long maxStreamBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.maxStreamBytes = maxStreamBytes;
    }

    /** Bytes read so far. */
    long consumed() {
        return consumed;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException, StreamTooLarge {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long start = consumed;
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int newline = indexOfNewline();
            int end = newline >= 0 ? newline : limit;
            int chunk = end - position;
            if (length + chunk <= maxLineBytes) {
                line.write(buffer, position, chunk);
            }
            length += chunk;
            consumed += chunk + (newline >= 0 ? 1 : 0);
            position = newline >= 0 ? newline + 1 : limit;
            if (consumed > maxStreamBytes) {
                throw new StreamTooLarge(lineNumber + 1);
            }
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        if (length > maxLineBytes) {
            return new Line(lineNumber, start, (int) Math.min(length, Integer.MAX_VALUE), null);
        }
        int size = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (size != bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, size);
        }
        return new Line(lineNumber, start, size, bytes);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
