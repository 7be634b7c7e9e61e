package io.claimtracker.extract.claims;

import io.claimtracker.extract.engine.ClaimKind;
import io.claimtracker.extract.engine.ExtractedClaim;
import io.claimtracker.extract.engine.Span;
import io.claimtracker.extract.engine.SpeakerMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementsTest {

    private static final SpeakerMention MOORE = new SpeakerMention("Richard Moore", "Moore", -1, -1, true);

    /** An appearance of {@code quote} inside {@code article} (first occurrence). */
    private static ExtractedClaim appearance(String article, String quote, ClaimKind kind, List<Span> parts) {
        int start = article.codePointCount(0, article.indexOf(quote));
        int end = start + quote.codePointCount(0, quote.length());
        return new ExtractedClaim(kind, quote, start, end, "said", MOORE, null, 0.9, parts);
    }

    private static List<String> texts(String article, String quote, ClaimKind kind) {
        List<Statement> st = Statements.of(appearance(article, quote, kind, List.of()), article);
        for (Statement s : st) {
            // every statement is the exact code-point slice of the article
            int from = article.offsetByCodePoints(0, s.start());
            assertThat(article.substring(from, article.offsetByCodePoints(from, s.end() - s.start())))
                    .isEqualTo(s.text());
        }
        return st.stream().map(Statement::text).toList();
    }

    @Test
    void aQuoteOverParagraphsSplitsIntoItsSentences() {
        String quote = "I invite them to do what others have already done and join hands with us.\n\n"
                + "“Our door is always open.\n\n“We will handle their offers of help with discretion.";
        String article = "He said: “" + quote + "”\n";
        assertThat(texts(article, quote, ClaimKind.DIRECT)).containsExactly(
                "I invite them to do what others have already done and join hands with us.",
                "Our door is always open.",
                "We will handle their offers of help with discretion.");
    }

    @Test
    void aSpacedDashOrACommaBeforeANewClauseJoinsTwoStatements() {
        String a = "\"I invite them to do what others have already done this past 18 months and join hands with us"
                + " -- our door is always open,\" Moore said.";
        assertThat(texts(a, a.substring(1, a.indexOf(",\"")), ClaimKind.DIRECT)).containsExactly(
                "I invite them to do what others have already done this past 18 months and join hands with us",
                "our door is always open");
        String b = "\"We will handle their offers of help with the discretion for which our service is famed, their"
                + " secrets will always be safe with us.\"";
        assertThat(texts(b, b.substring(1, b.length() - 1), ClaimKind.DIRECT)).containsExactly(
                "We will handle their offers of help with the discretion for which our service is famed",
                "their secrets will always be safe with us.");
    }

    @Test
    void parentheticalDashesAndShortFragmentsStayAttached() {
        String q = "As they witness the incompetence of their leaders – the human factor at its worst – many more"
                + " Russians are wrestling with the same dilemmas.";
        assertThat(texts(q, q, ClaimKind.DIRECT)).containsExactly(q);
        String e = "You know the address – come and talk to us… Our door is always open… Our loyalty to our agents"
                + " is lifelong… our gratitude eternal… Their secrets will always be safe with us.";
        assertThat(texts(e, e, ClaimKind.DIRECT)).containsExactly(
                "You know the address – come and talk to us…",
                "Our door is always open…",
                "Our loyalty to our agents is lifelong… our gratitude eternal…",
                "Their secrets will always be safe with us.");
    }

    @Test
    void reportedSpeechSplitsAtAndThatAndBut() {
        String r = "Prigozhin is alive and at large following the mutiny and that Putin is clearly under pressure";
        assertThat(texts(r, r, ClaimKind.INDIRECT)).containsExactly(
                "Prigozhin is alive and at large following the mutiny", "that Putin is clearly under pressure");
        String b = "Putin “didn’t really resist” Prigozhin, but was instead forced to make a “humiliating deal”";
        assertThat(texts(b, b, ClaimKind.INDIRECT)).containsExactly(
                "Putin “didn’t really resist” Prigozhin", "but was instead forced to make a “humiliating deal");
    }

    @Test
    void reportedClausesSplitAtAndWeKnowThatButNotAfterASubordinateClause() {
        String r = "We know that Russian intelligence services hacked into the DNC and we know that they arranged for a"
                + " lot of those emails to be released";
        assertThat(texts(r, r, ClaimKind.DIRECT)).containsExactly(
                "We know that Russian intelligence services hacked into the DNC",
                "we know that they arranged for a lot of those emails to be released");
        String s = "Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are missing.";
        assertThat(texts(s, s, ClaimKind.DIRECT)).containsExactly(s);
        String u = "I mean, this is just unbearable, and it needs to be intolerable";
        assertThat(texts(u, u, ClaimKind.DIRECT)).containsExactly(
                "I mean, this is just unbearable", "and it needs to be intolerable");
        String h = "He should have realized, I am sure, that something is deeply rotten";
        assertThat(texts(h, h, ClaimKind.DIRECT)).containsExactly(h);
    }

    @Test
    void aShortFullSentenceIsAStatementButARunOnScrapIsNot() {
        String q = "But he’s not sympathetic to them. He hates them. I do.";
        assertThat(texts(q, q, ClaimKind.DIRECT)).containsExactly("But he’s not sympathetic to them.",
                "He hates them. I do.");
    }

    @Test
    void aReportWithQuotesFromTwoStatementsIsLeftToTheQuotes() {
        String a = "He said Russians were quietly appalled to see their military \"pulverizing\" the cities of a"
                + " \"kindred country.\"";
        String report = "Russians were quietly appalled to see their military \"pulverizing\" the cities of a \"kindred country";
        ExtractedClaim indirect = appearance(a, report, ClaimKind.INDIRECT, List.of());
        ExtractedClaim q1 = appearance(a, "pulverizing", ClaimKind.PARTIAL, List.of());
        ExtractedClaim q2 = appearance(a, "kindred country.", ClaimKind.PARTIAL, List.of());
        List<ExtractedClaim> all = List.of(indirect, q1, q2);
        assertThat(Statements.of(indirect, a, all)).isEmpty();
        assertThat(Statements.of(q1, a, all)).extracting(Statement::text).containsExactly("pulverizing");
        assertThat(Statements.of(indirect, a, List.of(indirect, q1))).hasSize(1);
    }

    @Test
    void aTermQuotedInsideAQuoteIsAMention() {
        String a = "“President Obama refused to even say the words ‘Radical Islam.’ He should step down,” Trump said.";
        ExtractedClaim quote = appearance(a, a.substring(1, a.indexOf("down") + 4), ClaimKind.DIRECT, List.of());
        ExtractedClaim term = appearance(a, "Radical Islam.", ClaimKind.PARTIAL, List.of());
        assertThat(Statements.of(term, a, List.of(quote, term))).isEmpty();
        assertThat(Statements.of(quote, a, List.of(quote, term))).hasSize(2);
    }

    @Test
    void sentencesEndBeforeCapitalsButNotAfterAbbreviationsOrBeforeNoBreakSpaces() {
        String q = "Mr. Smith met Gen. Jones in the U.S. capital on Tuesday. They agreed on 3.5 percent."
                + "\u00a0Deep down they know it is falsified";
        assertThat(texts(q, q, ClaimKind.DIRECT)).containsExactly(
                "Mr. Smith met Gen. Jones in the U.S. capital on Tuesday.", "They agreed on 3.5 percent.",
                "Deep down they know it is falsified");
    }

    @Test
    void aPartialQuoteIsOneStatement() {
        String a = "Moore said the UK’s “door is always open. Really open”, and more.";
        assertThat(texts(a, "door is always open. Really open", ClaimKind.PARTIAL))
                .containsExactly("door is always open. Really open");
    }

    @Test
    void theReportersWordsBetweenPartsAreNeverInAStatement() {
        String a = "“He should have realized, I am sure, that something is deeply rotten in the Danish kingdom,”"
                + " quoting Hamlet, “and he had to break this deal.”";
        String first = "He should have realized, I am sure, that something is deeply rotten in the Danish kingdom";
        String second = "and he had to break this deal.";
        int s1 = a.indexOf(first);
        int s2 = a.indexOf(second);
        ExtractedClaim c = new ExtractedClaim(ClaimKind.DIRECT, a.substring(s1, s2 + second.length()), s1,
                s2 + second.length(), "quoting", MOORE, null, 0.9,
                List.of(new Span(s1, s1 + first.length()), new Span(s2, s2 + second.length())));
        List<Statement> st = Statements.of(c, a);
        assertThat(st).extracting(Statement::text).containsExactly(first, second);
        assertThat(st).noneMatch(s -> s.text().contains("Hamlet"));
    }

    @Test
    void aRelayedQuoteInsideIsLeftToItsSpeaker() {
        String a = "“Prigozhin demolished the whole charade when he said, and I quote. ‘The oligarchic clan that"
                + " rules Russia needed the war.’”";
        String inner = "The oligarchic clan that rules Russia needed the war.";
        int i = a.indexOf(inner);
        ExtractedClaim outer = new ExtractedClaim(ClaimKind.DIRECT, a.substring(1, a.length() - 2), 1,
                a.length() - 2, "said", MOORE, null, 0.9);
        ExtractedClaim relayed = new ExtractedClaim(ClaimKind.DIRECT, inner, i, i + inner.length(), "said",
                new SpeakerMention("Yevgeny Prigozhin", "he", -1, -1, true), "Richard Moore", 0.9);
        assertThat(Statements.of(outer, a, List.of(outer, relayed))).extracting(Statement::text)
                .containsExactly("Prigozhin demolished the whole charade when he said, and I quote.");
    }

    @Test
    void aScrapBesideAnEchoedQuoteKeepsTheQuoteInItsStatement() {
        String a = "“As for ‘a steady hand on the tiller,’ you would be believed if you kept the promise,” Ana Petrova said.";
        String outerText = a.substring(1, a.indexOf("promise,”") + "promise".length());
        String inner = "a steady hand on the tiller";
        int i = a.indexOf(inner);
        ExtractedClaim outer = new ExtractedClaim(ClaimKind.DIRECT, outerText, 1, 1 + outerText.length(), "said",
                new SpeakerMention("Ana Petrova", "Ana Petrova", -1, -1, true), null, 0.9);
        ExtractedClaim echoed = new ExtractedClaim(ClaimKind.DIRECT, inner, i, i + inner.length(), "said",
                MOORE, "Ana Petrova", 0.9);

        assertThat(Statements.of(outer, a, List.of(outer, echoed))).extracting(Statement::text)
                .containsExactly(outerText);
    }

    @Test
    void codePointOffsetsSurviveCharactersOutsideTheBasicPlane() {
        String a = "\uD83D\uDCF0 News: “First claim is here today. Second claim is there too.”";
        List<String> t = texts(a, "First claim is here today. Second claim is there too.", ClaimKind.DIRECT);
        assertThat(t).containsExactly("First claim is here today.", "Second claim is there too.");
    }

    @Test
    void oddInputNeverThrows() {
        ExtractedClaim bad = new ExtractedClaim(ClaimKind.DIRECT, "abc", 50, 40, null, null, null, 0, null);
        assertThat(Statements.of(bad, "short")).isEmpty();
        assertThat(Statements.of(null, "x")).isEmpty();
        ExtractedClaim outside = new ExtractedClaim(ClaimKind.DIRECT, "words that are here", 100, 119, null, null,
                null, 0, List.of(new Span(5, 500)));
        assertThat(Statements.of(outside, null)).extracting(Statement::text).containsExactly("words that are here");
    }
}
