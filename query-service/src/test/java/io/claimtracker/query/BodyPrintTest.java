package io.claimtracker.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BodyPrintTest {

    private static final Instant T = Instant.parse("2023-07-19T10:00:00Z");

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            // 4 of the smaller 5: 80%
            "a b c d e | a b c d x | true",
            // 3 of the smaller 4: 75%
            "a b c d | a b c x y z | false",
            // all of the smaller set, 3 keys
            "a b c d e f g | a b c | true",
            // all of the smaller set, but only 2 keys
            "a b | a b | false",
            "a b c | x y z | false"})
    void aCopySharesAtLeastThreeKeysAndEightyPercentOfTheSmallerSet(String earlier, String later, boolean copy) {
        BodyPrint original = print("original", T, earlier);
        BodyPrint candidate = print("candidate", T.plusSeconds(60), later);

        assertThat(candidate.isCopyOf(original)).isEqualTo(copy);
        // never the other way round
        assertThat(original.isCopyOf(candidate)).isFalse();
    }

    @Test
    void articlesSeenAtOnceAreOrderedById() {
        BodyPrint a = print("a1", T, "k1 k2 k3");
        BodyPrint b = print("b1", T, "k1 k2 k3");

        assertThat(b.isCopyOf(a)).isTrue();
        assertThat(a.isCopyOf(b)).isFalse();
        assertThat(a.isCopyOf(a)).isFalse();
    }

    @Test
    void theOriginalIsTheEarliestCopiedAndCopiesAreTheLaterOnes() {
        BodyPrint first = print("first", T, "k1 k2 k3 k4");
        BodyPrint second = print("second", T.plusSeconds(60), "k1 k2 k3 k4");
        BodyPrint third = print("third", T.plusSeconds(120), "k1 k2 k3 k4 k5");
        BodyPrint other = print("other", T.minusSeconds(60), "k1 z1 z2 z3");
        List<BodyPrint> all = List.of(third, other, second, first);

        assertThat(third.originalAmong(all)).isEqualTo("first");
        assertThat(first.originalAmong(all)).isNull();
        assertThat(first.copiesAmong(all)).containsExactly("second", "third");
    }

    @Test
    void aClaimsIndependentReportsAreOnePerOriginalBody() {
        Originals originals = new Originals(Map.of("copy1", "orig", "copy2", "orig", "lone-copy", "absent"));

        assertThat(originals.independentAmong(List.of("orig", "copy1", "other", "copy2")))
                .containsExactly("orig", "other");
        // the original did not report the claim: its first copy stands for it
        assertThat(originals.independentAmong(List.of("lone-copy", "other"))).containsExactly("lone-copy", "other");
    }

    private static BodyPrint print(String id, Instant seenAt, String keys) {
        return new BodyPrint(id, seenAt, Set.of(keys.strip().split("\\s+")));
    }
}
