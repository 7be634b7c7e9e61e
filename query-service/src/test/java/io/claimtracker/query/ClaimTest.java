package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredClaim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimtracker.query.Fixtures.appearance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClaimTest {

    @Test
    void variantsAreOrderedByHowManyArticlesPrintedThemThenByText() {
        StoredClaim stored = Fixtures.claim("cl-1", Fixtures.MOORE, "b",
                appearance(Fixtures.PASTED, "c", 0, null),
                appearance(Fixtures.TASS, "b", 0, null),
                appearance(Fixtures.UPI, "c", 0, null),
                appearance(Fixtures.BBC, "a", 0, null),
                appearance(Fixtures.BBC, "c", 50, null));

        Claim claim = Claim.of(stored);

        assertThat(claim.variants()).extracting(Claim.Variant::text, Claim.Variant::articleIds).containsExactly(
                tuple("c", List.of(Fixtures.BBC.id(), Fixtures.UPI.id(), Fixtures.PASTED.id())),
                tuple("a", List.of(Fixtures.BBC.id())),
                tuple("b", List.of(Fixtures.TASS.id())));
        // an article without an outlet adds none to its variant
        assertThat(claim.variants().get(0).outlets()).containsExactly("BBC", "UPI");
        assertThat(claim.text()).isEqualTo("b");
        assertThat(claim.articleCount()).isEqualTo(4);
        // the pasted article has no outlet
        assertThat(claim.outletCount()).isEqualTo(3);
    }

    @Test
    void aClaimWithNothingButItsIdentityStillRenders() {
        Claim claim = Claim.of(new StoredClaim("cl-bare", "words", "direct", "sp-x", "X", null, null, null, null,
                null, null, null));

        assertThat(claim.appearances()).isEmpty();
        assertThat(claim.variants()).isEmpty();
        assertThat(claim.articleCount()).isZero();
        assertThat(claim.speaker()).isEqualTo(new Claim.SpeakerRef("sp-x", "X"));
    }
}
