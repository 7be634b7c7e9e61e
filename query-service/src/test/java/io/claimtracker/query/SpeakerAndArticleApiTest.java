package io.claimtracker.query;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerAndArticleApiTest extends ApiTest {

    @Test
    void speakersAreListedByNameWithTheirClaimCounts() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/speakers").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].name").isEqualTo(List.of("Maria Zakharova", "Richard Kemp", "Richard Moore"))
                .jsonPath("$.items[*].claimCount").isEqualTo(List.of(1, 1, 3))
                .jsonPath("$.items[2].id").isEqualTo("sp-moore")
                .jsonPath("$.items[2].aliases").isEqualTo(List.of("Sir Richard Moore", "Sir Richard", "Moore"))
                .jsonPath("$.items[2].firstSeen").isEqualTo("2023-07-19T10:00:00Z")
                .jsonPath("$.items[2].lastSeen").isEqualTo("2023-07-20T10:00:00Z");
    }

    @Test
    void speakerSearchMatchesAllWordsOfNamesAndAliasesInAnyCase() {
        seed(Fixtures.seedLike());

        assertThat(names("/api/v1/speakers?q=richard")).containsExactly("Richard Kemp", "Richard Moore");
        assertThat(names("/api/v1/speakers?q=Sir Richard")).containsExactly("Richard Moore");
        assertThat(names("/api/v1/speakers?q=col kemp")).containsExactly("Richard Kemp");
        assertThat(names("/api/v1/speakers?q=Corera")).isEmpty();
        assertThat(names("/api/v1/speakers?q=richard&limit=1")).containsExactly("Richard Kemp");
    }

    @Test
    void oneSpeakerHasAliasesDescriptionsAndClaimCount() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/speakers/sp-moore").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Richard Moore")
                .jsonPath("$.aliases").isEqualTo(List.of("Sir Richard Moore", "Sir Richard", "Moore"))
                .jsonPath("$.descriptions").isEqualTo(List.of("the head of MI6", "'C'"))
                .jsonPath("$.claimCount").isEqualTo(3);
    }

    @Test
    void timelineListsTheSpeakersClaimsOldestFirst() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/speakers/sp-moore/timeline").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.speaker.id").isEqualTo("sp-moore")
                .jsonPath("$.speaker.name").isEqualTo("Richard Moore")
                .jsonPath("$.entries[*].claimId").isEqualTo(List.of("cl-door", "cl-pulverise", "cl-door-relayed"))
                .jsonPath("$.entries[*].firstSeen")
                .isEqualTo(List.of("2023-07-19T10:00:00Z", "2023-07-19T12:00:00Z", "2023-07-20T08:00:00Z"))
                .jsonPath("$.entries[0].text").isEqualTo("our door is always open")
                .jsonPath("$.entries[0].articleCount").isEqualTo(3)
                .jsonPath("$.entries[0].outlets").isEqualTo(List.of("BBC", "UPI", "The Guardian"))
                .jsonPath("$.entries[1].articleCount").isEqualTo(2)
                .jsonPath("$.entries[1].outlets").isEqualTo(List.of("The Guardian"))
                .jsonPath("$.truncated").isEqualTo(false);
    }

    @Test
    void timelineIsBoundedByFromAndTo() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/speakers/sp-moore/timeline?from=2023-07-19T11:00:00Z&to=2023-07-19").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[*].claimId").isEqualTo(List.of("cl-pulverise"));
    }

    @Test
    void timelineOfAnUnknownSpeakerOrWithABadDateIsAProblem() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/speakers/sp-nobody/timeline").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.resource").isEqualTo("speaker");
        web.get().uri("/api/v1/speakers/sp-moore/timeline?to=soon").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.parameter").isEqualTo("to");
        web.get().uri("/api/v1/speakers?limit=1000").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("limit");
    }

    @Test
    void anUnknownSpeakerIsANotFoundProblem() {
        web.get().uri("/api/v1/speakers/sp-nobody").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.id").isEqualTo("sp-nobody");
    }

    @Test
    void anArticleHasItsTextTimesAndAppearancesInReadingOrder() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/articles/{id}", Fixtures.TASS.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(Fixtures.TASS.id())
                .jsonPath("$.url").isEqualTo("https://tass.com/mi6")
                .jsonPath("$.outlet").isEqualTo("TASS")
                .jsonPath("$.title").isEqualTo("MI6 chief speaks in Prague")
                .jsonPath("$.publishedAt").isEqualTo("2023-07-20T08:00:00Z")
                .jsonPath("$.timeSource").isEqualTo("GIVEN")
                .jsonPath("$.text").isEqualTo("text of " + Fixtures.TASS.id())
                .jsonPath("$.appearances[*].start").isEqualTo(List.of(80, 160))
                .jsonPath("$.appearances[*].claimId").isEqualTo(List.of("cl-zakharova", "cl-door-relayed"))
                .jsonPath("$.appearances[1].speakerName").isEqualTo("Richard Moore")
                .jsonPath("$.appearances[1].reportedBy").isEqualTo("Maria Zakharova");
    }

    @Test
    void anArticleWithoutAPublicationTimeSaysItsTimeIsTheReceiveTime() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/articles/{id}", Fixtures.PASTED.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.publishedAt").isEmpty()
                .jsonPath("$.seenAt").isEqualTo("2023-07-21T09:00:00Z")
                .jsonPath("$.timeSource").isEqualTo("RECEIVED");
    }

    @Test
    void anUnknownArticleIsANotFoundProblem() {
        web.get().uri("/api/v1/articles/0000000000000000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.resource").isEqualTo("article");
    }

    @Test
    void oneSpeakerSaysWhereEachAliasAndDescriptionWasSeenAndListsDoNot() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/speakers/sp-moore").exchange()
                .expectStatus().isOk()
                .expectBody()
                // the string lists stay as they were
                .jsonPath("$.aliases").isEqualTo(List.of("Sir Richard Moore", "Sir Richard", "Moore"))
                .jsonPath("$.aliasesSeen[*].text").isEqualTo(List.of("Sir Richard Moore", "Moore"))
                .jsonPath("$.aliasesSeen[0].articleIds").isEqualTo(List.of(Fixtures.BBC.id(), Fixtures.UPI.id()))
                // an article naming him twice the same way counts once
                .jsonPath("$.aliasesSeen[1].articleIds")
                .isEqualTo(List.of(Fixtures.BBC.id(), Fixtures.GUARDIAN.id()))
                .jsonPath("$.descriptionsSeen").isEqualTo(List.of(Map.of("text", "the head of MI6",
                        "articleIds", List.of(Fixtures.GUARDIAN.id()))));
        web.get().uri("/api/v1/speakers?q=moore").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].id").isEqualTo("sp-moore")
                .jsonPath("$.items[0].aliasesSeen").doesNotExist();
    }

    @Test
    void timelineBucketsCountClaimsByFirstSeenAndAppearancesBySeenAt() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/speakers/sp-moore/timeline?bucket=day").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[*].claimId").isEqualTo(List.of("cl-door", "cl-pulverise", "cl-secrets"))
                .jsonPath("$.buckets[*].start").isEqualTo(List.of("2023-07-19T00:00:00Z", "2023-07-20T00:00:00Z"))
                .jsonPath("$.buckets[*].claims").isEqualTo(List.of(2, 1))
                .jsonPath("$.buckets[*].appearances").isEqualTo(List.of(7, 2));
    }

    @Test
    void timelineBucketsByTheHourWithinFromAndTo() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/speakers/sp-moore/timeline?bucket=hour").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.buckets[*].start").isEqualTo(List.of("2023-07-19T10:00:00Z", "2023-07-19T12:00:00Z",
                        "2023-07-19T21:00:00Z", "2023-07-20T08:00:00Z", "2023-07-20T11:00:00Z"))
                .jsonPath("$.buckets[*].claims").isEqualTo(List.of(1, 1, 0, 1, 0))
                .jsonPath("$.buckets[*].appearances").isEqualTo(List.of(3, 2, 2, 1, 1));
        web.get().uri("/api/v1/speakers/sp-moore/timeline?bucket=day&from=2023-07-20").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries[*].claimId").isEqualTo(List.of("cl-secrets"))
                .jsonPath("$.buckets[*].claims").isEqualTo(List.of(1))
                .jsonPath("$.buckets[*].appearances").isEqualTo(List.of(2));
    }

    @Test
    void timelineHasNoBucketsUnlessAskedAndRefusesAnUnknownWidth() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/speakers/sp-moore/timeline").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.buckets").doesNotExist();
        web.get().uri("/api/v1/speakers/sp-moore/timeline?bucket=minute").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("bucket");
    }

    @Test
    void anArticleNamesItsOriginalAndItsCopies() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/articles/{id}", Fixtures.BBC.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.copyOf").hasJsonPath()
                .jsonPath("$.copyOf").isEmpty()
                .jsonPath("$.copies").isEqualTo(List.of(Fixtures.YAHOO.id(), Fixtures.MIRROR.id()));
        web.get().uri("/api/v1/articles/{id}", Fixtures.MIRROR.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.copyOf").isEqualTo(Fixtures.BBC.id())
                .jsonPath("$.copies").isEqualTo(List.of());
        // shares a key with the BBC's article, but one is not most
        web.get().uri("/api/v1/articles/{id}", Fixtures.GUARDIAN.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.copyOf").isEmpty()
                .jsonPath("$.copies").isEqualTo(List.of());
    }

    @Test
    void eachArticleAppearanceListsTheClaimsOfTheStatementsInsideIt() {
        seed(Fixtures.reach());

        web.get().uri("/api/v1/articles/{id}", Fixtures.TASS.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.appearances[*].start").isEqualTo(List.of(280, 350, 430))
                .jsonPath("$.appearances[0].claimId").isEmpty()
                // Zakharova's reply holds two of her statements; Moore's words she quotes count for his quote
                .jsonPath("$.appearances[0].claimIds").isEqualTo(List.of("cl-zakharova", "cl-zakharova-first"))
                .jsonPath("$.appearances[1].claimIds").isEqualTo(List.of("cl-secrets"))
                .jsonPath("$.appearances[2].claimIds").isEqualTo(List.of("cl-zakharova-later"));
    }

    private List<String> names(String uri) {
        SpeakerController.SpeakerList list = web.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(SpeakerController.SpeakerList.class).returnResult().getResponseBody();
        return list.items().stream().map(Speaker::name).toList();
    }
}
