package io.claimtracker.query;

import io.claimtracker.contracts.store.TimeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.claimtracker.query.Fixtures.BBC;
import static io.claimtracker.query.Fixtures.MIRROR;
import static io.claimtracker.query.Fixtures.TASS;
import static io.claimtracker.query.Fixtures.YAHOO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 4 on the read side: redirects, wording changes, syndication, responses and spread of one claim. */
class ClaimReachApiTest extends ApiTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cl-door", "cl-door-old", "cl-door-older"})
    void aMergedClaimIdAnswersWithTheSurvivingClaim(String id) {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/claims/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("cl-door")
                .jsonPath("$.articleCount").isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cl-loop-a", "cl-gone"})
    void aCircularOrDanglingRedirectIsANotFoundProblem(String id) {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/claims/{id}", id).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.resource").isEqualTo("claim")
                .jsonPath("$.id").isEqualTo(id);
    }

    @Test
    void eachVariantNamesItsOutletsAndTheWordsItChanged() {
        seed(Fixtures.reach());

        Claim claim = detail("cl-door");

        assertThat(claim.variants()).extracting(Claim.Variant::text).containsExactly(
                "Our door is always open", "Our doors are always open", "our door is always open!",
                "“Our door is always open to them");
        Claim.Variant copied = claim.variants().get(0);
        assertThat(copied.articleIds()).containsExactly(BBC.id(), YAHOO.id(), MIRROR.id());
        assertThat(copied.outlets()).containsExactly("BBC", "Yahoo News", "Daily Mirror");
        assertThat(copied.changes()).isEmpty();
        assertThat(claim.variants().get(1).outlets()).containsExactly("UPI");
        assertThat(claim.variants().get(1).changes())
                .containsExactly(new WordingChange("replaced", "door is", "doors are"));
        // case and punctuation are no change of words
        assertThat(claim.variants().get(2).changes()).isEmpty();
        assertThat(claim.variants().get(3).changes())
                .containsExactly(new WordingChange("inserted", null, "to them"));
    }

    @Test
    void theListShowsWordingChangesButLeavesOutWhatOnlyTheDetailReads() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/claims?q=pulverising").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].id").isEqualTo("cl-pulverise")
                .jsonPath("$.items[0].variants[1].text").isEqualTo("Russia is razing Ukrainian cities to the ground.")
                .jsonPath("$.items[0].variants[1].outlets").isEqualTo(List.of("UPI"))
                .jsonPath("$.items[0].variants[1].changes").isEqualTo(List.of(
                        Map.of("type", "replaced", "canonical", "pulverising", "variant", "razing"),
                        Map.of("type", "inserted", "variant", "to the ground")))
                .jsonPath("$.items[0].independentArticleCount").doesNotExist()
                .jsonPath("$.items[0].responses").doesNotExist()
                .jsonPath("$.items[0].appearances[0].copyOf").doesNotExist();
    }

    @Test
    void syndicatedCopiesAreCountedApartFromIndependentReports() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/claims/cl-door").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.articleCount").isEqualTo(5)
                // BBC, The Guardian, UPI; Yahoo News and the Mirror republish the BBC's article
                .jsonPath("$.independentArticleCount").isEqualTo(3)
                .jsonPath("$.copyCount").isEqualTo(2)
                .jsonPath("$.appearances[?(@.articleId == '%s')].copyOf".formatted(YAHOO.id()))
                .isEqualTo(List.of(BBC.id()))
                .jsonPath("$.appearances[?(@.articleId == '%s')].copyOf".formatted(MIRROR.id()))
                .isEqualTo(List.of(BBC.id()))
                .jsonPath("$.appearances[0].articleId").isEqualTo(BBC.id())
                .jsonPath("$.appearances[0].copyOf").doesNotExist();
    }

    @Test
    void aResponseNamesTheRepliesOwnClaim() {
        seed(Fixtures.reach());

        Claim claim = detail("cl-door");

        // of Zakharova's two statements inside her reply, the one quoting Moore's words answers
        assertThat(claim.responses()).containsExactly(new Claim.Response(
                new Claim.SpeakerRef("sp-zakharova", "Maria Zakharova"), TASS.id(),
                "open doors and keeping secrets", "cl-zakharova"));
        assertThat(claim.respondsTo()).isEmpty();
    }

    @Test
    void aReplyListsTheClaimItAnswers() {
        seed(Fixtures.reach());

        assertThat(detail("cl-zakharova").respondsTo()).containsExactly(new Claim.Answered("cl-door",
                "Our door is always open", new Claim.SpeakerRef("sp-moore", "Richard Moore"),
                "open doors and keeping secrets"));
        // her statement after the reply answers nothing; nor does Moore's relayed quote inside it
        assertThat(detail("cl-zakharova-later").respondsTo()).isEmpty();
        assertThat(detail("cl-secrets").respondsTo()).isEmpty();
        assertThat(detail("cl-zakharova").responses()).isEmpty();
    }

    @Test
    void spreadCountsEachArticleOnceInTheDayOfItsFirstAppearance() {
        seed(Fixtures.reach());

        ClaimSpread spread = spread("/api/v1/claims/cl-door-old/spread");

        assertThat(spread.claimId()).isEqualTo("cl-door");
        assertThat(spread.bucket()).isEqualTo("day");
        assertThat(spread.timeSources()).isEqualTo(Map.of(TimeSource.GIVEN, 3,
                TimeSource.PAGE, 1,
                TimeSource.RECEIVED, 1));
        assertThat(spread.buckets()).containsExactly(
                new ClaimSpread.Bucket(Instant.parse("2023-07-19T00:00:00Z"), 4, 3, 1,
                        List.of("BBC", "Yahoo News", "The Guardian", "UPI")),
                new ClaimSpread.Bucket(Instant.parse("2023-07-20T00:00:00Z"), 1, 0, 1,
                        List.of("Daily Mirror")));
        assertThat(spread.outlets()).extracting(ClaimSpread.OutletReach::outlet)
                .containsExactly("BBC", "Yahoo News", "The Guardian", "UPI", "Daily Mirror");
        assertThat(spread.outlets().get(0))
                .isEqualTo(new ClaimSpread.OutletReach("BBC", Fixtures.T0, 1));
    }

    @Test
    void spreadByTheHour() {
        seed(Fixtures.reach());

        ClaimSpread spread = spread("/api/v1/claims/cl-door/spread?bucket=HOUR");

        assertThat(spread.bucket()).isEqualTo("hour");
        assertThat(spread.buckets()).extracting(b -> b.start().toString(), ClaimSpread.Bucket::articles)
                .containsExactly(
                        tuple("2023-07-19T10:00:00Z", 2),
                        tuple("2023-07-19T12:00:00Z", 1),
                        tuple("2023-07-19T21:00:00Z", 1),
                        tuple("2023-07-20T11:00:00Z", 1));
    }

    @Test
    void spreadOfAnUnknownClaimOrByAnUnknownWidthIsAProblem() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/claims/cl-nothing/spread").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.resource").isEqualTo("claim");
        web.get().uri("/api/v1/claims/cl-door/spread?bucket=week").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.parameter").isEqualTo("bucket");
    }

    private Claim detail(String id) {
        return web.get().uri("/api/v1/claims/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody(Claim.class).returnResult().getResponseBody();
    }

    private ClaimSpread spread(String uri) {
        return web.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(ClaimSpread.class).returnResult().getResponseBody();
    }
}
