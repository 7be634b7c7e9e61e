package io.claimtracker.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageLimitTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, 20", "'', 20", "1, 1", " 7 , 7", "100, 100"})
    void absentIsTheDefaultAndOneToMaxIsTaken(String value, int expected) {
        assertThat(PageLimit.parse(value, 20, 100)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "1e2", "ten", "99999999999"})
    void anythingElseIsRefusedNotClamped(String value) {
        assertThatThrownBy(() -> PageLimit.parse(value, 20, 100))
                .isInstanceOfSatisfying(BadParameter.class, e -> {
                    assertThat(e.getBody().getProperties()).containsEntry("parameter", "limit");
                    assertThat(e.getBody().getDetail()).contains("1 to 100");
                });
    }
}
