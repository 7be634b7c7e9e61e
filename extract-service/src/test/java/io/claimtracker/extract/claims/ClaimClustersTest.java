package io.claimtracker.extract.claims;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimClustersTest {

    /** Statements of one speaker from several reports: three claims and one unrelated sentence. */
    static final List<String> STATEMENTS = List.of(
            "Our door is always open.",
            "I invite them to do what others have already done this past 18 months and join hands with us.",
            "door is always open",
            "Their secrets will always be safe with us and together we will work to bring the bloodshed to an end.",
            "I invite them [disillusioned Russians] to do what others have already done this past 18 months and join hands with us.",
            "their secrets will always be safe with us.",
            "our door is always open",
            "open doors and keeping secrets",
            "Putin is discovering nothing he can do in Ukraine will break that nation’s will to resist and triumph.",
            "Their secrets will always be safe with us.");

    private static Set<Set<String>> asSets(List<List<String>> clusters) {
        return clusters.stream().map(HashSet::new).collect(Collectors.toSet());
    }

    @Test
    void clustersAreTheComponentsOfSameClaim() {
        List<List<String>> c = ClaimClusters.cluster(STATEMENTS, Wording::of);
        assertThat(c).hasSize(5);
        assertThat(c.get(0)).containsExactly("Our door is always open.", "door is always open",
                "our door is always open");
        assertThat(asSets(c)).contains(Set.of("open doors and keeping secrets"));
    }

    @Test
    void theClustersDoNotDependOnInputOrder() {
        Set<Set<String>> expected = asSets(ClaimClusters.cluster(STATEMENTS, Wording::of));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<String> shuffled = new ArrayList<>(STATEMENTS);
            Collections.shuffle(shuffled, random);
            List<List<String>> c = ClaimClusters.cluster(shuffled, Wording::of);
            assertThat(asSets(c)).isEqualTo(expected);
            // output order: clusters by first member in input order, members in input order
            assertThat(c.get(0).get(0)).isEqualTo(shuffled.get(0));
            assertThat(ClaimClusters.cluster(shuffled, Wording::of)).isEqualTo(c);
        }
    }

    @Test
    void matchingStatementsShareAnIndexWord() {
        List<String> all = new ArrayList<>(STATEMENTS);
        all.addAll(List.of("the oligarch clan that rules Russia needed a war",
                "The oligarchic clan that rules Russia needed the war.", "tugs of conscious",
                "many more Russians are wrestling with the same dilemmas and the same tugs of conscience",
                "The army destroyed three villages near the border last week",
                "the army razed three villages near the border", "The governor should quit immediately",
                "the governor should resign immediately",
                "the pension reform the government was forced to accept was an “abomination”",
                "was forced to accept an “abominable” pension deal to keep the coalition together",
                "suffering from depression", "many soldiers suffering from bouts of depression after they return"));
        int matches = 0;
        for (String a : all) {
            for (String b : all) {
                Wording x = Wording.of(a);
                Wording y = Wording.of(b);
                if (ClaimMatcher.sameClaim(x, y)) {
                    matches++;
                    assertThat(x.indexWords()).as(a + " ~ " + b).containsAnyElementsOf(y.indexWords());
                }
            }
        }
        assertThat(matches).isGreaterThan(all.size());
    }

    @Test
    void nullItemsAndFailingWordingsAreSingletons() {
        List<String> items = new ArrayList<>(List.of("Our door is always open.", "boom"));
        items.add(null);
        Function<String, Wording> w = s -> {
            if ("boom".equals(s)) {
                throw new IllegalStateException();
            }
            return Wording.of(s);
        };
        assertThat(ClaimClusters.cluster(items, w)).hasSize(3);
        assertThat(ClaimClusters.cluster(List.<String>of(), Wording::of)).isEmpty();
    }
}
