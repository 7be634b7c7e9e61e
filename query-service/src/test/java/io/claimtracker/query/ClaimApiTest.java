package io.claimtracker.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClaimApiTest extends ApiTest {

    @LocalServerPort
    int port;

    private static final List<String> NEWEST_FIRST =
            List.of("cl-zakharova", "cl-door-relayed", "cl-kemp", "cl-pulverise", "cl-door");

    @Test
    void listsAllClaimsNewestFirstWithTiesBrokenByIdDescending() {
        seed(Fixtures.seedLike());

        ClaimPage page = get("/api/v1/claims");

        assertThat(ids(page)).isEqualTo(NEWEST_FIRST);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void claimShowsCountsVariantsAndAppearancesDerivedFromTheStoredOnes() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/claims/cl-door").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("cl-door")
                .jsonPath("$.text").isEqualTo("our door is always open")
                .jsonPath("$.kind").isEqualTo("direct")
                .jsonPath("$.speaker.id").isEqualTo("sp-moore")
                .jsonPath("$.speaker.name").isEqualTo("Richard Moore")
                .jsonPath("$.firstSeen").isEqualTo("2023-07-19T10:00:00Z")
                .jsonPath("$.lastSeen").isEqualTo("2023-07-19T21:59:00Z")
                .jsonPath("$.articleCount").isEqualTo(3)
                .jsonPath("$.outletCount").isEqualTo(3)
                // oldest report first
                .jsonPath("$.appearances[*].outlet").isEqualTo(List.of("BBC", "The Guardian", "UPI"))
                .jsonPath("$.appearances[0].articleId").isEqualTo(Fixtures.BBC.id())
                .jsonPath("$.appearances[0].url").isEqualTo(Fixtures.BBC.url())
                .jsonPath("$.appearances[0].publishedAt").isEqualTo("2023-07-19T10:00:00Z")
                .jsonPath("$.appearances[0].start").isEqualTo(100)
                .jsonPath("$.appearances[0].end").isEqualTo(123)
                .jsonPath("$.appearances[0].cue").isEqualTo("said")
                .jsonPath("$.appearances[0].reportedBy").hasJsonPath()
                .jsonPath("$.appearances[0].reportedBy").isEmpty()
                .jsonPath("$.variants[0].text").isEqualTo("our door is always open")
                .jsonPath("$.variants[0].articleIds").isEqualTo(List.of(Fixtures.BBC.id(), Fixtures.UPI.id()))
                .jsonPath("$.variants[1].text").isEqualTo("Our door is always open")
                .jsonPath("$.variants[1].articleIds").isEqualTo(List.of(Fixtures.GUARDIAN.id()));
    }

    @Test
    void anArticleThatRepeatsAQuoteCountsOnceAndAnOutletlessOneAddsNoOutlet() {
        seed(Fixtures.seedLike());

        Claim claim = web.get().uri("/api/v1/claims/cl-pulverise").exchange()
                .expectStatus().isOk()
                .expectBody(Claim.class).returnResult().getResponseBody();

        assertThat(claim.appearances()).hasSize(3);
        assertThat(claim.articleCount()).isEqualTo(2);
        assertThat(claim.outletCount()).isEqualTo(1);
        assertThat(claim.variants()).extracting(Claim.Variant::text, Claim.Variant::articleIds).containsExactly(
                tuple("Russia is pulverising Ukrainian cities", List.of(Fixtures.PASTED.id())),
                tuple("Russia is pulverizing Ukrainian cities", List.of(Fixtures.GUARDIAN.id())));
    }

    @Test
    void aQuoteRelayedByAnotherSpeakerSaysWhoRelayedIt() {
        seed(Fixtures.seedLike());

        web.get().uri("/api/v1/claims/cl-door-relayed").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.speaker.name").isEqualTo("Richard Moore")
                .jsonPath("$.appearances[0].reportedBy").isEqualTo("Maria Zakharova");
    }

    @ParameterizedTest(name = "speaker={0}")
    @CsvSource(delimiter = ';', value = {
            "sp-moore; cl-door-relayed,cl-pulverise,cl-door",
            "Moore; cl-door-relayed,cl-pulverise,cl-door",
            "Richard Moore; cl-door-relayed,cl-pulverise,cl-door",
            "richard moore; cl-door-relayed,cl-pulverise,cl-door",
            "Sir Richard Moore; cl-door-relayed,cl-pulverise,cl-door",
            "Kemp; cl-kemp",
            // a first name shared by two speakers names both
            "Richard; cl-door-relayed,cl-kemp,cl-pulverise,cl-door",
            "ZAKHAROVA; cl-zakharova"})
    void speakerIsAnIdOrTheWordsOfANameOrAlias(String speaker, String expected) {
        seed(Fixtures.seedLike());

        ClaimPage page = get("/api/v1/claims?speaker={speaker}", speaker);

        assertThat(ids(page)).containsExactly(expected.split(","));
    }

    @Test
    void anUnknownSpeakerHasNoClaims() {
        seed(Fixtures.seedLike());

        assertThat(get("/api/v1/claims?speaker=Gordon Corera").items()).isEmpty();
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = ';', value = {
            "door; cl-door",
            "DOOR always; cl-door",
            // each wording is searchable, not only the canonical text
            "pulverizing; cl-pulverise",
            "pulverising cities; cl-pulverise",
            "door lecturing; ''"})
    void qNeedsAllItsWordsInSomeWording(String q, String expected) {
        seed(Fixtures.seedLike());

        ClaimPage page = get("/api/v1/claims?q={q}", q);

        assertThat(ids(page)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void outletIsAnExactOutletName() {
        seed(Fixtures.seedLike());

        assertThat(ids(get("/api/v1/claims?outlet=UPI"))).containsExactly("cl-kemp", "cl-door");
        assertThat(ids(get("/api/v1/claims?outlet=The Guardian"))).containsExactly("cl-pulverise", "cl-door");
        assertThat(get("/api/v1/claims?outlet=upi").items()).isEmpty();
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(delimiter = ';', value = {
            // a date as 'to' includes that whole day
            "''; 2023-07-19; cl-kemp,cl-pulverise,cl-door",
            "2023-07-20; ''; cl-zakharova,cl-door-relayed",
            // instants are inclusive at both ends
            "2023-07-19T12:00:00Z; 2023-07-19T21:59:00Z; cl-kemp,cl-pulverise",
            "2023-07-19T13:00:00+01:00; 2023-07-19T13:00; cl-pulverise",
            "2023-07-21; 2023-07-22; ''"})
    void fromAndToBoundFirstSeen(String from, String to, String expected) {
        seed(Fixtures.seedLike());

        ClaimPage page = get("/api/v1/claims?from={from}&to={to}", from, to);

        assertThat(ids(page)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void anUnencodedPlusOfAnOffsetStillReadsAsAnOffset() {
        seed(Fixtures.seedLike());

        // '+' unencoded in a query string arrives as a space (curl users type it so)
        ClaimPage page = web.get()
                .uri(URI.create("http://localhost:" + port
                        + "/api/v1/claims?from=2023-07-19T23:00:00+02:00&to=2023-07-20T00:00:00%2B02:00"))
                .exchange().expectStatus().isOk().expectBody(ClaimPage.class).returnResult().getResponseBody();

        assertThat(ids(page)).containsExactly("cl-kemp");
    }

    @Test
    void filtersCombine() {
        seed(Fixtures.seedLike());

        ClaimPage page = get("/api/v1/claims?speaker=Moore&outlet=TASS&from=2023-07-20&q=invite");

        assertThat(ids(page)).containsExactly("cl-door-relayed");
    }

    @Test
    void theCursorWalksEveryClaimExactlyOnceInOrder() {
        Fixtures fixtures = Fixtures.manyClaims(23);
        seed(fixtures);

        List<String> walked = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        ClaimPage page = get("/api/v1/claims?limit=5");
        while (true) {
            walked.addAll(ids(page));
            pageSizes.add(page.items().size());
            if (page.nextCursor() == null) {
                break;
            }
            page = get("/api/v1/claims?limit=5&cursor={cursor}", page.nextCursor());
        }

        List<String> expected = fixtures.claims().stream()
                .sorted(java.util.Comparator.comparing((io.claimtracker.contracts.store.StoredClaim c) -> c.firstSeen())
                        .thenComparing(c -> c.id()).reversed())
                .map(c -> c.id()).toList();
        assertThat(walked).isEqualTo(expected);
        assertThat(pageSizes).containsExactly(5, 5, 5, 5, 3);
    }

    @Test
    void aPageThatEndsExactlyAtTheLastClaimHasNoNextCursorAndTheDefaultLimitIsTwenty() {
        seed(Fixtures.manyClaims(25));

        ClaimPage first = get("/api/v1/claims");
        ClaimPage second = get("/api/v1/claims?cursor={cursor}", first.nextCursor());
        ClaimPage exact = get("/api/v1/claims?limit=25");

        assertThat(first.items()).hasSize(20);
        assertThat(second.items()).hasSize(5);
        assertThat(second.nextCursor()).isNull();
        assertThat(exact.nextCursor()).isNull();
    }

    @Test
    void newClaimsInsertedWhilePagingNeitherRepeatNorShiftLaterPages() {
        Fixtures fixtures = Fixtures.manyClaims(10);
        seed(fixtures);
        ClaimPage first = get("/api/v1/claims?limit=4");

        seed(Fixtures.of(List.of(), List.of(
                Fixtures.claim("cl-newer", Fixtures.MOORE, "a newer statement", Fixtures.appearance(
                        new Fixtures.ArticleStub("c000000000000001", null, "BBC", Instant.parse("2024-01-01T00:00:00Z"),
                                io.claimtracker.contracts.store.TimeSource.GIVEN), "a newer statement", 0, null)))));
        ClaimPage second = get("/api/v1/claims?limit=4&cursor={cursor}", first.nextCursor());

        assertThat(ids(first)).containsExactly("cl-009", "cl-008", "cl-007", "cl-006");
        assertThat(ids(second)).containsExactly("cl-005", "cl-004", "cl-003", "cl-002");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "limit=0; limit",
            "limit=101; limit",
            "limit=ten; limit",
            "from=yesterday; from",
            "to=2023-13-45; to",
            "from=2023-07-20&to=2023-07-19; from",
            "cursor=not-a-cursor; cursor",
            // valid base64url, but not a cursor's content
            "cursor=aGVsbG8; cursor"})
    void badParametersAreProblemsNamingTheParameter(String query, String parameter) {
        web.get().uri("/api/v1/claims?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(parameter))
                .jsonPath("$.instance").isEqualTo("/api/v1/claims");
    }

    @Test
    void anUnknownClaimIsANotFoundProblem() {
        web.get().uri("/api/v1/claims/cl-nothing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.resource").isEqualTo("claim")
                .jsonPath("$.id").isEqualTo("cl-nothing");
    }

    @Test
    void anUnknownPathIsANotFoundProblemToo() {
        web.get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ClaimPage get(String uri, Object... variables) {
        return web.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectBody(ClaimPage.class).returnResult().getResponseBody();
    }
}
