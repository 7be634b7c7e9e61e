package io.claimtracker.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Strict UTF-8 decoding of submitted bytes. A lenient decoder would quietly turn a Latin-1 "é" into U+FFFD and
 * the article's text (and so its id and its quotes) would be corrupted for good; here the submitter is told which
 * byte is wrong instead.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The first byte that is not UTF-8: its offset from the start of the decoded range, and the bad sequence. */
    static final class NotUtf8 extends Exception {
        private final long offset;
        private final String sequence;

        NotUtf8(long offset, String sequence) {
            super("is not UTF-8: byte " + offset + " (0x" + sequence + ") is not a valid UTF-8 sequence", null,
                    false, false);
            this.offset = offset;
            this.sequence = sequence;
        }

        long offset() {
            return offset;
        }

        /** The bad sequence in hex, such as {@code E9}. */
        String sequence() {
            return sequence;
        }
    }

    static String decode(byte[] bytes) throws NotUtf8 {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code bytes[from, to)}; a leading byte order mark is dropped. */
    static String decode(byte[] bytes, int from, int to) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position() - from;
            int shown = Math.min(result.length(), 4);
            throw new NotUtf8(at,
                    HexFormat.of().withUpperCase().formatHex(bytes, in.position(), in.position() + shown));
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }
}
