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
record Fixtures(List<StoredSpeaker> speakers, List<StoredArticle> articles, List<StoredClaim> claims,
                List<ClaimRedirect> redirects) {

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
        return new Fixtures(speakers, articles(claims), claims, List.of());
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

    // --- the shapes of issue 4: statement-sized appearances, responses, redirects, syndication, mentions ---

    static final ArticleStub YAHOO = new ArticleStub("a000000000000006", "https://news.yahoo.com/mi6", "Yahoo News",
            T0.plusSeconds(1800), TimeSource.GIVEN);
    static final ArticleStub MIRROR = new ArticleStub("a000000000000007", "https://www.mirror.co.uk/mi6",
            "Daily Mirror", T0.plusSeconds(25 * 3600), TimeSource.RECEIVED);

    /** Zakharova's reply in TASS (an engine appearance): two of her statements and Moore's words quoted inside. */
    static final int REPLY_START = 280;
    static final int REPLY_END = 420;

    /**
     * Moore's "door" statement reported by five articles, two of them syndicated copies of the BBC's (Yahoo News,
     * the Mirror, by their body keys); Zakharova answering it in TASS; old claim ids redirected to surviving ones.
     */
    static Fixtures reach() {
        StoredClaim door = withResponses(claim("cl-door", MOORE, "Our door is always open",
                        appearance(BBC, "Our door is always open", 100, null),
                        appearance(BBC, "our door is always open!", 900, null),
                        appearance(YAHOO, "Our door is always open", 100, null),
                        appearance(GUARDIAN, "“Our door is always open to them", 210, null),
                        appearance(UPI, "Our doors are always open", 340, null),
                        appearance(MIRROR, "Our door is always open", 500, null)),
                new StoredClaim.StoredResponse("Maria Zakharova", TASS.id(), "open doors and keeping secrets",
                        TASS.id() + ":" + REPLY_START + "-" + REPLY_END));
        StoredClaim pulverise = claim("cl-pulverise", MOORE, "Russia is pulverising Ukrainian cities",
                appearance(GUARDIAN, "Russia is pulverising Ukrainian cities", 40, null),
                appearance(UPI, "Russia is razing Ukrainian cities to the ground.", 40, null));
        StoredClaim secrets = claim("cl-secrets", MOORE, "open doors and keeping secrets",
                appearance(TASS, "open doors and keeping secrets", 350, "Maria Zakharova"));
        StoredClaim replyFirst = claim("cl-zakharova-first", ZAKHAROVA, "London should look at itself first",
                appearance(TASS, "London should look at itself first", 285, null));
        StoredClaim reply = claim("cl-zakharova", ZAKHAROVA,
                "As for open doors and keeping secrets, they are a British speciality",
                appearanceAt(TASS, "As for “open doors and keeping secrets,” they are a British speciality", 335, 420));
        StoredClaim later = claim("cl-zakharova-later", ZAKHAROVA, "Prague is no place for spies",
                appearance(TASS, "Prague is no place for spies", 430, null));
        List<StoredClaim> claims = List.of(door, pulverise, secrets, replyFirst, reply, later);

        List<StoredArticle> articles = new ArrayList<>(articles(claims));
        articles.replaceAll(article -> switch (article.id()) {
            case "a000000000000001" -> withBodyKeys(article, "b1", "b2", "b3", "b4", "b5");
            // 4 of 5 shared: 80% of the smaller set
            case "a000000000000006" -> withBodyKeys(article, "b1", "b2", "b3", "b4", "y1");
            // 3 of its 3: a shorter copy
            case "a000000000000007" -> withBodyKeys(article, "b1", "b2", "b3");
            case "a000000000000002" -> withBodyKeys(article, "g1", "g2", "g3", "b1");
            // 2 shared: fewer than 3 keys never make a copy
            case "a000000000000003" -> withBodyKeys(article, "b1", "b2", "u1", "u2", "u3", "u4", "u5", "u6");
            // engine appearances: the claims are decided later, per speaker, so they carry no claim id
            case "a000000000000004" -> withAppearances(article,
                    engineAppearance(TASS, REPLY_START, REPLY_END, ZAKHAROVA, null),
                    engineAppearance(TASS, 350, 380, MOORE, "Maria Zakharova"),
                    engineAppearance(TASS, 430, 458, ZAKHAROVA, null));
            default -> article;
        });
        StoredSpeaker moore = withMentions(MOORE,
                new StoredSpeaker.StoredMention("Sir Richard Moore", "alias", BBC.id()),
                new StoredSpeaker.StoredMention("Moore", "alias", BBC.id()),
                new StoredSpeaker.StoredMention("Moore", "alias", GUARDIAN.id()),
                new StoredSpeaker.StoredMention("the head of MI6", "description", GUARDIAN.id()),
                new StoredSpeaker.StoredMention("Sir Richard Moore", "alias", UPI.id()),
                new StoredSpeaker.StoredMention("Moore", "alias", GUARDIAN.id()));
        List<ClaimRedirect> redirects = List.of(
                new ClaimRedirect("cl-door-old", "cl-door"),
                new ClaimRedirect("cl-door-older", "cl-door-old"),
                new ClaimRedirect("cl-loop-a", "cl-loop-b"),
                new ClaimRedirect("cl-loop-b", "cl-loop-a"),
                new ClaimRedirect("cl-gone", "cl-nowhere"));
        return new Fixtures(List.of(moore, ZAKHAROVA), List.copyOf(articles), claims, redirects);
    }

    /** A statement whose span is given (its text need not fill it, as when quote marks are left out). */
    static StoredAppearance appearanceAt(ArticleStub article, String text, int start, int end) {
        StoredAppearance a = appearance(article, text, start, null);
        return new StoredAppearance(article.id() + ":" + start + "-" + end, a.articleId(), a.url(), a.outlet(),
                a.publishedAt(), a.seenAt(), a.timeSource(), a.text(), start, end, a.kind(), a.cue(),
                a.speakerMention(), a.speakerId(), a.speakerName(), a.reportedBy(), a.claimId(), a.confidence());
    }

    /** An appearance as the article stores it now: the engine's span, its speaker, no claim id. */
    static StoredAppearance engineAppearance(ArticleStub article, int start, int end, StoredSpeaker speaker,
                                             String reportedBy) {
        return new StoredAppearance(article.id() + ":" + start + "-" + end, article.id(), article.url(),
                article.outlet(), article.seenAt(), article.seenAt(), article.timeSource(), "…", start, end, "direct",
                "said", speaker.name(), speaker.id(), speaker.name(), reportedBy, null, 0.9);
    }

    static StoredClaim withResponses(StoredClaim c, StoredClaim.StoredResponse... responses) {
        return new StoredClaim(c.id(), c.text(), c.kind(), c.speakerId(), c.speakerName(), c.firstSeen(),
                c.lastSeen(), c.articleIds(), c.outlets(), c.appearances(), c.tokens(), List.of(responses));
    }

    static StoredArticle withBodyKeys(StoredArticle a, String... keys) {
        return new StoredArticle(a.id(), a.url(), a.outlet(), a.title(), a.language(), a.publishedAt(),
                a.receivedAt(), a.seenAt(), a.timeSource(), a.text(), a.appearances(), a.processedAt(),
                List.of(keys));
    }

    static StoredArticle withAppearances(StoredArticle a, StoredAppearance... appearances) {
        return new StoredArticle(a.id(), a.url(), a.outlet(), a.title(), a.language(), a.publishedAt(),
                a.receivedAt(), a.seenAt(), a.timeSource(), a.text(), List.of(appearances), a.processedAt(),
                a.bodyKeys());
    }

    static StoredSpeaker withMentions(StoredSpeaker s, StoredSpeaker.StoredMention... mentions) {
        return new StoredSpeaker(s.id(), s.name(), s.aliases(), s.descriptions(), s.firstSeen(), s.lastSeen(),
                s.tokens(), s.keys(), List.of(mentions));
    }
}
