package io.claimtracker.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimCursorTest {

    @Test
    void roundTripsThroughItsOpaqueUrlSafeForm() {
        ClaimCursor cursor = new ClaimCursor(Instant.parse("2023-07-19T21:59:00.123Z"), "cl-0a1b|odd?id/+");

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(ClaimCursor.parse(encoded)).isEqualTo(cursor);
    }

    @Test
    void absentMeansTheFirstPage() {
        assertThat(ClaimCursor.parse(null)).isNull();
        assertThat(ClaimCursor.parse(" ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bm8tc2VwYXJhdG9y", "MjAyMy0wNy0xOXw=", "eWVzdGVyZGF5fGNsLTE"})
    void anythingElseIsABadCursorParameter(String value) {
        assertThatThrownBy(() -> ClaimCursor.parse(value))
                .isInstanceOfSatisfying(BadParameter.class,
                        e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", "cursor"));
    }

    @Test
    void theSampleValuesAboveAreWhatTheyClaimToBe() {
        assertThat(decode("bm8tc2VwYXJhdG9y")).isEqualTo("no-separator");
        assertThat(decode("MjAyMy0wNy0xOXw=")).isEqualTo("2023-07-19|");
        assertThat(decode("eWVzdGVyZGF5fGNsLTE")).isEqualTo("yesterday|cl-1");
    }

    private static String decode(String value) {
        return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
