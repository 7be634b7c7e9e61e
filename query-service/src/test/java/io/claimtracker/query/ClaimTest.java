package io.claimtracker.query;

import io.claimtracker.contracts.store.StoredClaim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimtracker.query.Fixtures.appearance;
import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(claim.variants()).containsExactly(
                new Claim.Variant("c", List.of(Fixtures.BBC.id(), Fixtures.UPI.id(), Fixtures.PASTED.id())),
                new Claim.Variant("a", List.of(Fixtures.BBC.id())),
                new Claim.Variant("b", List.of(Fixtures.TASS.id())));
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
