package io.claimtracker.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeRangeTest {

    @ParameterizedTest(name = "{0} .. {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "2023-07-19; 2023-07-19; 2023-07-19T00:00:00Z; 2023-07-19T23:59:59.999Z",
            "2023-07-19T21:59:00Z; 2023-07-20T08:00:00.5Z; 2023-07-19T21:59:00Z; 2023-07-20T08:00:00.5Z",
            "2023-07-19T23:59:00+02:00; 2023-07-19T23:59; 2023-07-19T21:59:00Z; 2023-07-19T23:59:00Z",
            "2023-07-19T23:59:00 02:00; -; 2023-07-19T21:59:00Z; -",
            "Wed, 19 Jul 2023 21:59:00 GMT; ''; 2023-07-19T21:59:00Z; -",
            "-; -; -; -"})
    void readsDatesAsWholeDaysAndInstantsAsGiven(String from, String to, String expectedFrom, String expectedTo) {
        TimeRange range = TimeRange.parse(from, to);

        assertThat(range.from()).isEqualTo(expectedFrom == null ? null : Instant.parse(expectedFrom));
        assertThat(range.to()).isEqualTo(expectedTo == null ? null : Instant.parse(expectedTo));
    }

    @ParameterizedTest(name = "{0} .. {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "2023-07-32; -; from",
            "-; 19/07/2023; to",
            "-; 1689803940; to",
            "2023-07-20; 2023-07-19; from",
            "2023-07-19T12:00:00Z; 2023-07-19T11:59:59Z; from"})
    void refusesWhatItCannotReadNamingTheParameter(String from, String to, String parameter) {
        assertThatThrownBy(() -> TimeRange.parse(from, to))
                .isInstanceOfSatisfying(BadParameter.class,
                        e -> assertThat(e.getBody().getProperties()).containsEntry("parameter", parameter));
    }
}
