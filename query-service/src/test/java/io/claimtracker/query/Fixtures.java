package io.claimtracker.query;

import io.claimtracker.contracts.store.SearchTokens;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredArticle;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.StoredSpeaker;
import io.claimtracker.contracts.store.TimeSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Stored records shaped as extract-service writes them (firstSeen/lastSeen, articleIds, outlets and tokens
 * derived from the appearances), modelled on the seed articles: Richard Moore's Prague speech reported by several
 * outlets, another Richard (Kemp), and Maria Zakharova quoting Moore back.
 */
record Fixtures(List<StoredSpeaker> speakers, List<StoredArticle> articles, List<StoredClaim> claims) {

    static final Instant T0 = Instant.parse("2023-07-19T10:00:00Z");

    static final StoredSpeaker MOORE = speaker("sp-moore", "Richard Moore",
            List.of("Sir Richard Moore", "Sir Richard", "Moore"), List.of("the head of MI6", "'C'"));
    static final StoredSpeaker KEMP = speaker("sp-kemp", "Richard Kemp", List.of("Col Richard Kemp", "Kemp"),
            List.of("a former British Army officer"));
    static final StoredSpeaker ZAKHAROVA = speaker("sp-zakharova", "Maria Zakharova", List.of("Zakharova"),
            List.of("the Russian foreign ministry spokeswoman"));

    static final ArticleStub BBC = new ArticleStub("a000000000000001", "https://www.bbc.co.uk/news/mi6", "BBC",
            T0, TimeSource.GIVEN);
    static final ArticleStub GUARDIAN = new ArticleStub("a000000000000002", "https://www.theguardian.com/mi6",
            "The Guardian", T0.plusSeconds(2 * 3600), TimeSource.GIVEN);
    static final ArticleStub UPI = new ArticleStub("a000000000000003", "https://www.upi.com/mi6", "UPI",
            Instant.parse("2023-07-19T21:59:00Z"), TimeSource.PAGE);
    static final ArticleStub TASS = new ArticleStub("a000000000000004", "https://tass.com/mi6", "TASS",
            Instant.parse("2023-07-20T08:00:00Z"), TimeSource.GIVEN);
    static final ArticleStub PASTED = new ArticleStub("a000000000000005", null, null,
            Instant.parse("2023-07-21T09:00:00Z"), TimeSource.RECEIVED);

    /** An article's identity and time; its text and appearances are assembled from the claims. */
    record ArticleStub(String id, String url, String outlet, Instant seenAt, TimeSource timeSource) {
    }

    /** The seed-like store: four claims by three speakers over five articles. */
    static Fixtures seedLike() {
        List<StoredClaim> claims = List.of(
                claim("cl-door", MOORE, "our door is always open",
                        appearance(BBC, "our door is always open", 100, null),
                        appearance(UPI, "our door is always open", 340, null),
                        appearance(GUARDIAN, "Our door is always open", 210, null)),
                claim("cl-pulverise", MOORE, "Russia is pulverising Ukrainian cities",
                        appearance(GUARDIAN, "Russia is pulverizing Ukrainian cities", 40, null),
                        // the page that carries its whole article twice
                        appearance(PASTED, "Russia is pulverising Ukrainian cities", 12, null),
                        appearance(PASTED, "Russia is pulverising Ukrainian cities", 912, null)),
                claim("cl-kemp", KEMP, "the intelligence services are stretched thin",
                        appearance(UPI, "the intelligence services are stretched thin", 500, null)),
                claim("cl-zakharova", ZAKHAROVA, "London is lecturing the world again",
                        appearance(TASS, "London is lecturing the world again", 80, null)),
                claim("cl-door-relayed", MOORE, "I invite them to join us",
                        appearance(TASS, "I invite them to join us", 160, "Maria Zakharova")));
        return of(List.of(MOORE, KEMP, ZAKHAROVA), claims);
    }

    /** {@code count} claims by Moore, in pairs that share a firstSeen, so the cursor's tie-break on id is used. */
    static Fixtures manyClaims(int count) {
        List<StoredClaim> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ArticleStub article = new ArticleStub("b%015d".formatted(i), "https://example.org/" + i, "Outlet " + i % 3,
                    T0.plusSeconds(60L * (i / 2)), TimeSource.GIVEN);
            claims.add(claim("cl-%03d".formatted(i), MOORE, "statement number " + i,
                    appearance(article, "statement number " + i, 0, null)));
        }
        return of(List.of(MOORE), claims);
    }

    static Fixtures of(List<StoredSpeaker> speakers, List<StoredClaim> claims) {
        return new Fixtures(speakers, articles(claims), claims);
    }

    static StoredSpeaker speaker(String id, String name, List<String> aliases, List<String> descriptions) {
        LinkedHashSet<String> tokens = new LinkedHashSet<>(SearchTokens.of(name));
        aliases.forEach(alias -> tokens.addAll(SearchTokens.of(alias)));
        return new StoredSpeaker(id, name, aliases, descriptions, T0, T0.plusSeconds(86400), List.copyOf(tokens),
                List.of(), List.of());
    }

    /** An appearance not yet given its claim and speaker (see {@link #claim}). */
    static StoredAppearance appearance(ArticleStub article, String text, int start, String reportedBy) {
        int end = start + text.codePointCount(0, text.length());
        return new StoredAppearance(article.id() + ":" + start + "-" + end, article.id(), article.url(),
                article.outlet(), article.timeSource() == TimeSource.RECEIVED ? null : article.seenAt(),
                article.seenAt(), article.timeSource(), text, start, end, "direct", "said", null, null, null,
                reportedBy, null, 0.9);
    }

    static StoredClaim claim(String id, StoredSpeaker speaker, String text, StoredAppearance... unassigned) {
        List<StoredAppearance> appearances = Stream.of(unassigned)
                .map(a -> new StoredAppearance(a.appearanceId(), a.articleId(), a.url(), a.outlet(), a.publishedAt(),
                        a.seenAt(), a.timeSource(), a.text(), a.start(), a.end(), a.kind(), a.cue(),
                        speaker.name(), speaker.id(), speaker.name(), a.reportedBy(), id, a.confidence()))
                .toList();
        LinkedHashSet<String> tokens = new LinkedHashSet<>();
        appearances.forEach(a -> tokens.addAll(SearchTokens.of(a.text())));
        return new StoredClaim(id, text, "direct", speaker.id(), speaker.name(),
                appearances.stream().map(StoredAppearance::seenAt).min(Comparator.naturalOrder()).orElseThrow(),
                appearances.stream().map(StoredAppearance::seenAt).max(Comparator.naturalOrder()).orElseThrow(),
                appearances.stream().map(StoredAppearance::articleId).distinct().toList(),
                appearances.stream().map(StoredAppearance::outlet).filter(Objects::nonNull).distinct().toList(),
                appearances, List.copyOf(tokens), List.of());
    }

    private static List<StoredArticle> articles(List<StoredClaim> claims) {
        return claims.stream()
                .flatMap(claim -> claim.appearances().stream())
                .map(StoredAppearance::articleId)
                .distinct()
                .map(articleId -> article(articleId, claims))
                .toList();
    }

    private static StoredArticle article(String articleId, List<StoredClaim> claims) {
        List<StoredAppearance> appearances = claims.stream()
                .flatMap(claim -> claim.appearances().stream())
                .filter(a -> a.articleId().equals(articleId))
                .sorted(Comparator.comparingInt(StoredAppearance::start).reversed())
                .toList();
        StoredAppearance any = appearances.get(0);
        return new StoredArticle(articleId, any.url(), any.outlet(), "MI6 chief speaks in Prague", "en",
                any.publishedAt(), any.seenAt(), any.seenAt(), any.timeSource(), "text of " + articleId,
                appearances, any.seenAt().plusSeconds(1), List.of());
    }
}
