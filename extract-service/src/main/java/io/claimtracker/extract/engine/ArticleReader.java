package io.claimtracker.extract.engine;

import io.claimtracker.extract.engine.QuoteScanner.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads one article: finds its quotes and reported speech, the cue that attributes each, and the person behind the
 * cue. One instance per article and per call; it holds the article's working state (tokens, sentences, the cast of
 * people, the last speaker) so that {@link ClaimExtractor} itself stays stateless and thread-safe.
 */
final class ArticleReader {

    /** A claim in char offsets before conversion to code points. */
    record Found(ClaimKind kind, int start, int end, String cue, Speaker speaker, String reportedBy, double confidence,
                 List<int[]> parts) {
        Found(ClaimKind kind, int start, int end, String cue, Speaker speaker, String reportedBy, double confidence) {
            this(kind, start, end, cue, speaker, reportedBy, confidence, List.of());
        }
    }

    /** A resolved speaker: the mention as written (char offsets, -1 when carried over) and the person, if named. */
    record Speaker(String name, String mention, int start, int end, boolean named, Cast.Person person) {
    }

    /** A noun phrase as a token range [s, e). */
    record Np(int s, int e) {
        boolean empty() {
            return e <= s;
        }
    }

    /** The cue of an attribution and who it names. */
    record Cue(int s, int e, Np np, boolean participle, Np relayedBy) {
    }

    private static final Set<String> SUBORDINATORS = Lexicon.words(
            "before", "after", "while", "in", "on", "at", "speaking", "as", "when", "although", "though",
            "regarding", "under", "despite", "during", "since", "following", "if", "because", "asked", "addressing",
            "writing", "with", "without", "for", "from", "by", "of", "to", "about", "earlier", "later", "last",
            "meanwhile", "however", "still", "yet", "and", "but", "so", "then", "now", "also", "instead", "here",
            "there", "once", "unlike", "like", "according", "responding", "referring", "turning", "citing",
            "in response", "throughout", "amid", "among", "upon", "within", "over");

    private static final Set<String> TIME_WORDS = Lexicon.words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "recently", "earlier",
            "later", "previously", "then", "last", "this", "on", "once", "again", "also", "repeatedly",
            "privately", "publicly", "separately", "afterward", "afterwards", "subsequently", "too");

    private final String text;
    private final Page page;
    private final Tokens tok;
    private final List<Quote> top;
    private final Cast cast = new Cast();
    private Cast.Person dominant;
    private final List<Found> found = new ArrayList<>();

    // the last attribution, for quotes without a cue
    private Speaker lastSpeaker;
    private int lastSpeakerParagraph = -10;

    // word classes, looked up once per token (Tokens.classify) instead of once per question
    static final int F_SPEECH = 1;
    static final int F_PRONOUN = 1 << 1;
    static final int F_DETERMINER = 1 << 2;
    static final int F_PARTICIPLE = 1 << 3;
    static final int F_BREAKER = 1 << 4;
    static final int F_WEAK = 1 << 5;
    static final int F_FILLER = 1 << 6;
    static final int F_REPORTING = 1 << 7;
    static final int F_SPEAKER_NOUN = 1 << 8;
    static final int F_BELIEF = 1 << 9;
    static final int F_TITLE = 1 << 10;
    static final int F_TIME = 1 << 11;
    static final int F_CUE = 1 << 12;
    /** A word the reported-speech pass looks at: a cue, "according", "put", "point", a noun of saying. */
    static final int F_REPORT = 1 << 13;

    private static java.util.Map<String, Integer> wordClasses() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        Object[][] classes = {
            {Lexicon.SPEECH_VERBS, F_SPEECH}, {Lexicon.PRONOUNS, F_PRONOUN}, {Lexicon.DETERMINERS, F_DETERMINER},
            {Lexicon.PARTICIPLE_CUES, F_PARTICIPLE}, {Lexicon.NP_BREAKERS, F_BREAKER},
            {Lexicon.WEAK_SPEECH_VERBS, F_WEAK}, {Lexicon.VERB_FILLERS, F_FILLER},
            {Lexicon.REPORTING_VERBS, F_REPORTING}, {Lexicon.SPEAKER_NOUNS, F_SPEAKER_NOUN},
            {Lexicon.BELIEF_VERBS, F_BELIEF}, {Lexicon.TITLES, F_TITLE}, {TIME_WORDS, F_TIME}, {CUE_WORDS, F_CUE},
            {CUE_WORDS, F_REPORT}, {SAYING_NOUNS, F_REPORT},
            {Lexicon.words("according", "put", "puts", "point", "points", "pointed", "pointing"), F_REPORT}};
        for (Object[] c : classes) {
            @SuppressWarnings("unchecked")
            Set<String> words = (Set<String>) c[0];
            for (String w : words) {
                m.merge(w, (Integer) c[1], (a, b) -> a | b);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Built on first use, after every word list of this class exists. */
    private static final class WordClasses {
        static final Tokens.Vocabulary VOCABULARY = new Tokens.Vocabulary(wordClasses());
    }

    ArticleReader(String text) {
        this.text = text;
        this.page = Page.read(text);
        List<Quote> quotes = QuoteScanner.scan(page);
        boolean anyDouble = false;
        for (Quote q : quotes) {
            if (q.dbl && q.depth == 0) {
                anyDouble = true;
                break;
            }
        }
        headlines = titleCaseParagraphs(page);
        top = new ArrayList<>();
        java.util.BitSet nicknameMarks = null;
        for (Quote q : quotes) {
            if (q.depth == 0 && !headlines.get(q.paragraph) && isNickname(q)) {
                // Marcia "Cia" Price: part of the name, not a quote
                nicknameMarks = nicknameMarks == null ? new java.util.BitSet() : nicknameMarks;
                nicknameMarks.set(q.open);
                nicknameMarks.set(q.close, q.close + q.closeWidth);
                continue;
            }
            // where the body uses double marks, a top-level single-quoted span is a nickname or a title ('C'),
            // except in a headline, which quotes with single marks ("Christie Calls Clinton ‘A Disgrace’")
            if (q.depth == 0 && (q.dbl || !anyDouble || headlines.get(q.paragraph))) {
                top.add(q);
            }
        }
        tok = Tokens.of(page, nicknameMarks, WordClasses.VOCABULARY);
        lowerHeadlineWords();
        tok.segment(top);
    }

    /** A one-word capitalised quote between a first name and a surname: Marcia "Cia" Price, John “Tig” Tiegen. */
    private boolean isNickname(Quote q) {
        if (q.close < 0 || q.open < 2 || q.close + q.closeWidth + 2 > text.length() || !q.children.isEmpty()) {
            return false;
        }
        String content = text.substring(q.contentStart, q.contentEnd);
        if (content.isEmpty() || content.length() > 15 || !Character.isUpperCase(content.charAt(0))) {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            if (!Character.isLetter(content.charAt(i)) && content.charAt(i) != '.') {
                return false;
            }
        }
        int before = q.open - 1;
        int after = q.close + q.closeWidth;
        if (text.charAt(before) != ' ' || text.charAt(after) != ' ' || !Character.isUpperCase(text.charAt(after + 1))) {
            return false;
        }
        int w = before - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < before && Character.isUpperCase(text.charAt(w)) && before - w >= 2;
    }

    /** Paragraphs written in title case ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over ..."). */
    private final java.util.BitSet headlines;

    /**
     * Body paragraphs of at most 30 words in which at least four fifths of the words of four letters or more are
     * capitalised (and not all in capitals): headlines in title case.
     */
    private static java.util.BitSet titleCaseParagraphs(Page page) {
        java.util.BitSet out = new java.util.BitSet();
        char[] c = page.chars;
        for (Page.Paragraph p : page.paragraphs) {
            if (p.clutter() || p.end() - p.start() > 320) {
                continue; // thirty words fit in 320 characters; a longer paragraph is no headline
            }
            Page.Paragraph before = p.index() > 0 ? page.paragraphs.get(p.index() - 1) : null;
            if (before != null && Page.signsQuotation(c, before.start(), before.end(), p.start())) {
                continue; // "-Michelle Marks, Philadelphia." signs the quotation above it
            }
            int words = 0;
            int longWords = 0;
            int capitalised = 0;
            boolean lowerSeen = false;
            int i = p.start();
            while (i < p.end() && words <= 30) {
                if (!Page.isLetter(c[i])) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < p.end() && (Page.isLetter(c[i]) || c[i] == '-')) {
                    lowerSeen |= Page.isLowerCase(c[i]);
                    i++;
                }
                words++;
                if (i - s >= 4) {
                    longWords++;
                    if (Page.isUpperCase(c[s])) {
                        capitalised++;
                    }
                }
            }
            if (words <= 30 && longWords >= 3 && capitalised * 5 >= longWords * 4 && lowerSeen) {
                out.set(p.index());
            }
        }
        return out;
    }

    /**
     * In a title-case headline, a capitalised word is a name only where the article's other paragraphs
     * capitalise it inside a sentence too; the others ("Calls", "Over", "Says") are read as lower case, so the
     * headline parses like a sentence.
     */
    private void lowerHeadlineWords() {
        if (headlines.isEmpty()) {
            return;
        }
        Set<String> words = new java.util.HashSet<>(); // the headlines' capitalised words: all that is asked about
        for (int i = 0; i < tok.size; i++) {
            if (tok.cap[i] && headlines.get(tok.paragraph[i])) {
                words.add(tok.lower[i]);
            }
        }
        Set<String> names = capitalisedInsideSentences();
        Set<String> pairs = new java.util.HashSet<>(); // "hillary clinton" where the body starts a sentence with it
        for (int i = 1; i < tok.size; i++) {
            if (tok.cap[i] && tok.cap[i - 1] && words.contains(tok.lower[i]) && words.contains(tok.lower[i - 1])
                    && !headlines.get(tok.paragraph[i]) && tok.paragraph[i - 1] == tok.paragraph[i]) {
                pairs.add(tok.lower[i - 1] + " " + tok.lower[i]);
            }
        }
        for (int i = tok.size - 1; i >= 0; i--) {
            if (tok.cap[i] && headlines.get(tok.paragraph[i]) && !names.contains(tok.lower[i])
                    && !(i + 1 < tok.size && tok.cap[i + 1] && pairs.contains(tok.lower[i] + " " + tok.lower[i + 1]))
                    && !tok.isAcronym(i) && !tok.lower[i].equals("i")
                    && !Lexicon.TITLES.contains(tok.bare(i))) {
                tok.cap[i] = false;
            }
        }
    }

    List<Found> read() {
        findNames();
        // A first reading, without tying bare descriptions to anyone and without quotes inside quotes, learns
        // who speaks most in this article; the second reading uses that.
        attributeAll();
        firstReading = new ArrayList<>(found);
        if (!secondReadingMatters && !hasQuoteInQuote()) {
            return sorted();
        }
        dominant = mainSpeaker();
        found.clear();
        unattributed.clear();
        lastSpeaker = null;
        lastSpeakerParagraph = -10;
        cast.clearSpeakerSubjects();
        attributeAll();
        return sorted();
    }

    /** Set when the first reading met a description that the main speaker could resolve. */
    private boolean secondReadingMatters;

    private boolean hasQuoteInQuote() {
        for (Quote q : top) {
            if (!q.children.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<Found> sorted() {
        partialsTakeTheirClausesSpeaker();
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return found;
    }

    /** Partial quotes the quote pass found no speaker for; a reported clause around one may give it one. */
    private final List<Found> unattributed = new ArrayList<>();

    /**
     * A partial quote that had no cue of its own and lies inside a reported clause is the clause speaker's: in
     * "McConnell, who said the goal was to make Obama a “one-term president,”" the quote is McConnell's, not the
     * previous speaker's it was carried to.
     */
    private void partialsTakeTheirClausesSpeaker() {
        for (Found f : unattributed) {
            for (Found g : List.copyOf(found)) {
                if (g.kind() == ClaimKind.INDIRECT && g.start() <= f.start() && f.end() <= g.end() && g.speaker() != null) {
                    found.add(new Found(f.kind(), f.start(), f.end(), g.cue(), g.speaker(), null, f.confidence()));
                    break;
                }
            }
        }
        unattributed.clear();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.kind() != ClaimKind.PARTIAL || f.cue() != null) {
                continue;
            }
            for (Found g : found) {
                if (g.kind() == ClaimKind.INDIRECT && g.start() <= f.start() && f.end() <= g.end()
                        && g.speaker() != null && !g.speaker().equals(f.speaker())) {
                    found.set(i, new Found(f.kind(), f.start(), f.end(), g.cue(), g.speaker(), f.reportedBy(),
                            g.confidence(), f.parts()));
                    break;
                }
            }
        }
    }

    /** Reads sentence by sentence, so pronouns and quotes without a cue see the speakers before them. */
    private void attributeAll() {
        int qi = 0;
        int labelledParagraph = -1;
        Found labelled = null;
        for (int k = 0; k < tok.sentences; k++) {
            int sentenceFound = found.size();
            int first = tok.sentStart[k];
            if (tok.paragraph[first] != labelledParagraph && (first == 0 || tok.paragraph[first - 1] != tok.paragraph[first])
                    && labelledParagraph(first)) {
                labelledParagraph = tok.paragraph[first];
                labelled = found.get(found.size() - 1);
            }
            while (qi < top.size() && (tok.at(top.get(qi).open) >= tok.size
                    || tok.sentence[tok.at(top.get(qi).open)] <= k)) {
                Quote q = top.get(qi);
                if (labelled != null && q.open >= labelled.start() && q.contentEnd <= labelled.end()) {
                    qi++; // quoted inside a labelled turn ("Fallin: Trump Is ‘Trying ...’"): the turn's claim has it
                } else {
                    qi += attributeQuote(qi);
                }
            }
            reportedSpeech(k, sentenceFound);
        }
        while (qi < top.size()) {
            qi += attributeQuote(qi);
        }
    }

    /**
     * A paragraph opened by a speaker label and a colon, outside quote marks: an interview ("Q: ...", "A: ..."),
     * a transcript ("WALLACE: ...") or a headline attribution ("Ann Coulter: And Then There Was the One.").
     * The rest of the paragraph is the claim.
     */
    private boolean labelledParagraph(int first) {
        int k = first;
        int end = first;
        while (end < tok.size && tok.paragraph[end] == tok.paragraph[first]) {
            end++;
        }
        int colon = -1;
        int to = -1; // "Clinton to Planned Parenthood: ...": a label with its addressee
        for (int m = k; m < end && m < k + 7; m++) {
            if (tok.lower[m].equals(":")) {
                colon = m;
                break;
            }
            if (tok.is(m, "to") && to < 0 && m > k && tok.isCap(m + 1)) {
                to = m;
                continue;
            }
            if (!tok.isCap(m) && !(tok.isWord(m) && tok.lower[m].length() == 1) || to < 0 && m >= k + 5) {
                return false;
            }
        }
        if (colon <= first || colon + 2 >= end || tok.quote[first] >= 0 || tok.quote[colon + 1] >= 0
                && tok.start[colon + 1] == top.get(tok.quote[colon + 1]).open && top.get(tok.quote[colon + 1]).close >= tok.end[end - 1] - 1) {
            return false;
        }
        boolean caps = true;
        for (int m = first; m < colon; m++) {
            String w = tok.surface(m);
            boolean letters = true;
            for (int c = 0; c < w.length(); c++) {
                letters &= Character.isLetter(w.charAt(c)) || w.charAt(c) == '.' || w.charAt(c) == '\'';
            }
            caps &= letters && Cast.isAcronym(w) && w.length() >= 3;
        }
        if (caps && !namesSomeoneInTheArticle(first, colon)) {
            return false; // "BOOM: ..." is a shout, "WALLACE: ..." a turn of someone the article names
        }
        // a headline "Ann Coulter: ..." names a person; "The Latest: ..." or "Poll: ..." does not
        int nameEnd = to >= 0 ? to : colon;
        int named = Lexicon.TITLES.contains(tok.bare(first)) ? first + 1 : first; // "Dr. Ben Carson: ..."
        boolean headline = !caps && tok.paragraph[first] == firstBodyParagraph() && nameEnd - named <= 3
                && !Lexicon.CAPITALISED_FUNCTION_WORDS.contains(tok.bare(named));
        if (!caps && !headline || LABEL_STOPS.contains(tok.lower[first]) || caps && to >= 0) {
            return false;
        }
        Speaker speaker = caps ? capitalsLabel(first, colon) : resolve(new Np(first, nameEnd), tok.start[first]);
        if (speaker == null || headline && (speaker.person() == null || !speaker.person().human)) {
            return false;
        }
        int cs = colon + 1;
        int ce = end - 1;
        while (ce > cs && (tok.kind[ce] == Tokens.PUNCT && !tok.isTerminator(ce) || tok.kind[ce] == Tokens.MARK)
                && !(tok.kind[ce] == Tokens.MARK && tok.quote[ce] >= 0 && top.get(tok.quote[ce]).open >= tok.start[cs])) {
            ce--; // a closing mark stays when its quote opened inside the claim ("Clinton ‘Not Fit To Serve.’")
        }
        found.add(new Found(ClaimKind.DIRECT, tok.start[cs], tok.end[ce], ":", speaker, null, 0.7));
        lastSpeaker = speaker;
        lastSpeakerParagraph = tok.paragraph[first];
        return true;
    }

    /** A capitals label whose last word is the surname of a person this article names ("WALLACE", "PENCE"). */
    private boolean namesSomeoneInTheArticle(int first, int colon) {
        return personOfLabel(colon - 1) != null;
    }

    private Cast.Person personOfLabel(int k) {
        String surname = tok.surface(k);
        if (surname.length() < 2) {
            return null;
        }
        String cased = surname.charAt(0) + surname.substring(1).toLowerCase(java.util.Locale.ROOT);
        for (Cast.Person p : cast.withSurname(cased)) {
            if (p.human && p.first != null) {
                return p;
            }
        }
        return null;
    }

    /** The speaker of a transcript label: the person the article names with that surname, else the label. */
    private Speaker capitalsLabel(int first, int colon) {
        Cast.Person p = personOfLabel(colon - 1);
        String mention = text.substring(tok.start[first], tok.end[colon - 1]);
        if (p != null) {
            return new Speaker(p.name, mention, tok.start[first], tok.end[colon - 1], true, p);
        }
        return resolve(new Np(first, colon), tok.start[first]);
    }

    private static final Set<String> LABEL_STOPS = Lexicon.words("update", "updated", "photo", "photos", "note",
            "editor", "editors", "related", "watch", "read", "source", "sources", "correction", "video", "credit",
            "image", "images", "listen", "see", "also", "warning", "disclosure", "clarification", "caption", "tags",
            "topics", "share", "more", "contact", "email", "phone", "website", "when", "where", "what", "who", "why",
            "how", "date", "time", "location", "price", "tickets", "info", "p.s", "ps", "ed", "bottom", "line");

    private int firstBody = -2;

    private int firstBodyParagraph() {
        if (firstBody == -2) {
            firstBody = tok.size == 0 ? -1 : tok.paragraph[0];
        }
        return firstBody;
    }

    // ---------------------------------------------------------------- reported speech

    /**
     * Reported speech in one sentence: "X said (that) CLAUSE", "CLAUSE, X said", "According to X, CLAUSE",
     * "CLAUSE, according to X". Skipped where the clause is essentially a direct quote already found.
     */
    private void reportedSpeech(int k, int sentenceFound) {
        int s = tok.sentStart[k];
        int e = tok.sentEnd[k];
        if (e - s < 4) {
            return;
        }
        int last = e;
        while (last > s && (tok.kind[last - 1] != Tokens.WORD)) {
            last--;
        }
        for (int m = s; m < last; m++) {
            if (!tok.has(m, F_REPORT) || tok.quote[m] >= 0) {
                continue; // (most words: one flag test)
            }
            String w = tok.lower[m];
            if (w.equals("according") && tok.is(m + 1, "to")) {
                according(m, s, last, sentenceFound);
                continue;
            }
            if ((w.equals("put") || w.equals("puts")) && tok.is(m + 1, "it") && asPutIt(m, s, last, sentenceFound)) {
                return;
            }
            if (tok.has(m, F_CUE) && tok.is(cueEnd(m, last), ",") && asReported(m, s, last, sentenceFound)) {
                return;
            }
            if (tok.is(m + 1, "that") && SAYING_NOUNS.contains(w) && possessiveClaim(m, s, last, sentenceFound)) {
                m = Math.max(m, lastIndirectEnd);
                continue;
            }
            boolean pointOut = (w.equals("point") || w.equals("points") || w.equals("pointed") || w.equals("pointing"))
                    && tok.is(m + 1, "out");
            if (!pointOut && !tok.has(m, F_CUE) || tok.isCap(m) || isPassive(m, s)) {
                continue;
            }
            if (AMBIGUOUS.contains(w) && !isVerbUse(m, s)) {
                continue;
            }
            if (m - 1 > s && tok.is(m - 1, "to") && tok.isWord(m - 2) && UNSAID_BEFORE_TO.contains(tok.lower[m - 2])) {
                continue; // "needs to tell the truth", "declined to say whether": nothing was said
            }
            if (w.equals("hold") || w.equals("holds") || w.equals("held")) {
                // "..., Sir Richard held." only: elsewhere "held" holds meetings
                if (tryBackward(m, s, last, sentenceFound)) {
                    return;
                }
                continue;
            }
            if (tryBackward(m, s, last, sentenceFound) || tryParenthetical(m, s, last, sentenceFound)) {
                return;
            }
            if (tryForward(m, s, last, sentenceFound)) {
                // a second report may follow the first: "X denied it, as Y said there was no evidence"
                m = Math.max(m, lastIndirectEnd);
            }
        }
    }

    /** Verbs of saying whose infinitive is what was said: "promised to cut taxes", "vowed to fight on". */
    private static final Set<String> COMMITMENT_VERBS = Lexicon.words("promise", "promises", "promised",
            "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows", "vowed", "vowing", "threaten",
            "threatens", "threatened", "threatening", "swore", "swear", "swears");

    /** "As a Homeland Security memo put it, the primary requirement is ...": the clause after the comma is X's. */
    private boolean asPutIt(int m, int s, int last, int sentenceFound) {
        int as = skipDateline(s, last);
        if (!tok.is(as, "as") || m - as < 2) {
            // "..., the requirement is a “lawful source of income,” as a Homeland Security memo put it."
            int a = m - 1;
            while (a > s && a > m - 8 && !tok.is(a, "as")) {
                a--;
            }
            if (!tok.is(a, "as") || a - 1 <= s || a + 1 >= m || !isClauseComma(a - 1) || m + 2 < last
                    && tok.isWord(m + 2) && !tok.is(m + 2, "in")) {
                return false; // (", as put it": nobody puts it)
            }
            int from = a - 2;
            while (from > s && !(tok.lower[from].equals(",") && tok.quote[from] < 0)) {
                from--;
            }
            int start = from > s ? from + 1 : skipDateline(s, last);
            while (start < a - 1 && (tok.is(start, "because") || tok.is(start, "since") || tok.is(start, "and")
                    || tok.is(start, "but"))) {
                start++; // ", because the main test is ...": the reporter's connective is not what was said
            }
            return a - 1 - start >= 3 && emitIndirect(start, a - 1, m, m + 2, new Np(a + 1, m), false, sentenceFound);
        }
        int k = m + 2;
        while (k < last && k < m + 10 && !tok.lower[k].equals(",") && !tok.lower[k].equals(":") && tok.isWord(k)) {
            k++; // "put it in a lengthy exposé,"
        }
        if (k >= last || !tok.lower[k].equals(",") || k + 3 >= last || tok.kind[k + 1] == Tokens.MARK) {
            return false; // a quotation after it is the quote pass's
        }
        Np subject = new Np(as + 1, m);
        return emitIndirect(k + 1, clauseEnd(k + 1, last) - 1, m, m + 2, subject, false, sentenceFound);
    }

    /** "As The Daily Caller reported, the star gave ...": the clause after the comma is the subject's report. */
    private boolean asReported(int m, int s, int last, int sentenceFound) {
        int as = skipDateline(s, last);
        int comma = cueEnd(m, last); // "As Clinton told the New York Daily News, ..."
        if (!tok.is(as, "as") || m - as < 2 || comma + 3 >= last || !tok.is(comma, ",")
                || tok.kind[comma + 1] == Tokens.MARK) {
            return false; // (a quotation after it is the quote pass's)
        }
        Np subject = npBefore(m, as + 1);
        if (subject.empty() || subject.s() != as + 1 || subject.e() != m) {
            return false;
        }
        return emitIndirect(comma + 1, clauseEnd(comma + 1, last) - 1, m, comma, subject, false, sentenceFound);
    }

    /** Nouns of saying that take a "that" clause: "Trump's claim that ...". */
    private static final Set<String> SAYING_NOUNS = Lexicon.words("claim", "claims", "assertion", "assertions",
            "statement", "remark", "remarks", "comment", "comments", "argument", "contention", "insistence",
            "suggestion", "warning", "promise", "pledge", "vow", "charge", "allegation", "allegations",
            "accusation", "accusations", "boast", "prediction", "declaration", "admission", "assurance",
            "assurances", "argument", "complaint", "denial", "threat");

    /**
     * "Donald Trump’s claim that there have been “thousands of shootings” in Chicago": the possessor of a noun of
     * saying said the clause after "that".
     */
    private boolean possessiveClaim(int m, int s, int last, int sentenceFound) {
        int p = m - 1;
        boolean pronoun = p >= s && (tok.is(p, "his") || tok.is(p, "her")); // "her remark that ..."
        if (p < s || !tok.isWord(p) || !pronoun && (!tok.isCap(p)
                || !(tok.lower[p].endsWith("’s") || tok.lower[p].endsWith("'s")))) {
            return false;
        }
        int a = p;
        while (!pronoun && a - 1 >= s && tok.isWord(a - 1) && tok.isCap(a - 1) && a > p - 3) {
            a--;
        }
        int c = m + 2;
        int end = clauseEnd(c, last);
        if (end - c < 3 || !startsClause(c)) {
            return false;
        }
        return emitIndirect(c, end - 1, m, m + 1, new Np(a, p + 1), false, sentenceFound);
    }

    /** Words before "to say" that make the saying not happen (yet): "needs to", "declined to", "plans to". */
    private static final Set<String> UNSAID_BEFORE_TO = Lexicon.words("need", "needs", "needed", "declined",
            "declines", "declining", "refused", "refuses", "refusing", "failed", "fails", "expected", "expects",
            "plan", "plans", "planned", "planning", "going", "ought", "has", "have", "had", "able", "unable",
            "likely", "unlikely", "set", "scheduled", "due", "hesitate", "hesitated", "afraid", "reluctant",
            "willing", "ready", "prepared", "forced", "allowed", "permitted", "tried", "trying", "attempted",
            "supposed", "about", "want", "wants", "hope", "hopes", "intends", "intend", "would");

    /** Token index just past the content of the last indirect claim emitted. */
    private int lastIndirectEnd;

    private boolean isPassive(int m, int s) {
        if (tok.lower[m].endsWith("ing")) {
            return false; // "is telling a veterans group that ...": progressive, not passive
        }
        int k = m - 1;
        while (k >= s && tok.isWord(k) && (isAdverb(k) || tok.lower[k].equals("not")
                || tok.lower[k].equals("also"))) {
            k--;
        }
        if (k < s || !tok.isWord(k)) {
            return false;
        }
        String b = tok.lower[k];
        return b.equals("was") || b.equals("were") || b.equals("been") || b.equals("be") || b.equals("being")
                || b.equals("is") || b.equals("are") || b.equals("get") || b.equals("got") || b.equals("so-called");
    }

    /** "CLAUSE, X said." / "CLAUSE, said X." with nothing but adverbials after the verb. */
    private boolean tryBackward(int m, int s, int last, int sentenceFound) {
        int after = m + 1;
        Np subject;
        int cueEnd = cueEnd(m, last);
        Np before = npBefore(m, s);
        int commaAt = before.empty() ? -1 : before.s() - 1;
        while (commaAt > s && commaAt >= before.s() - 4 && tok.isWord(commaAt) && !tok.isCap(commaAt)) {
            commaAt--; // "..., journalist Martha Raddatz said"
        }
        int afterBefore = before.empty() ? m : pastParentheses(before.e(), m); // "Sen. Chuck Grassley (R-Iowa) said"
        if (!before.empty() && commaAt > s && isClauseComma(commaAt) && (afterBefore == m || onlyFillersBetween(afterBefore, m))) {
            subject = before;
        } else if ((before.empty() || before.e() < m - 1 && invertedName(m, last)) && m - 1 > s && isClauseComma(m - 1)
                && !tok.lower[m].endsWith("ing")) {
            // (", saying the positives would outweigh ...": a participle's noun is its clause's subject; "...,
            // forcing her to fend off both rivals, said Brad Bannon, a pollster": not "the convention" before it)
            subject = npAfter(m + 1, last);
            if (subject.empty()) {
                return false;
            }
            after = subject.e();
            int name = nameRunEnd(after + 1, last);
            if (after < last && tok.is(after, ",") && name > after + 2 && (name >= last || tok.isTerminator(name))
                    && !tok.isCap(subject.s())) {
                subject = new Np(after + 1, name); // "..., said the company's chief executive, John J. Ferriola."
                after = name;
            }
            cueEnd = m + 1;
        } else {
            return false;
        }
        if (tok.is(Math.max(after, cueEnd), ":")) {
            return false; // "In a speech last July, he said:" announces what follows
        }
        if (!onlyAdverbialsAfter(Math.max(after, cueEnd), last) && !(subject != before && isLongApposition(after, last))) {
            return false;
        }
        int contentStartTok = skipDateline(s, last);
        while (contentStartTok < last && tok.kind[contentStartTok] == Tokens.MARK && tok.quote[contentStartTok] < 0) {
            contentStartTok++;
        }
        if (tok.isCap(contentStartTok) && tok.lower[contentStartTok].endsWith("ing")
                && !NOT_PARTICIPLES.contains(tok.lower[contentStartTok]) && !isGerundSubject(contentStartTok)
                && !tok.isCap(contentStartTok + 1)) { // ("Ranking Democrat Elijah Cummings is ...": an adjective)
            return false; // "Acknowledging that ..., Allen said": a participle clause, not what was said
        }
        int contentEndTok = subject == before ? commaAt : m - 1; // the comma
        if (contentEndTok - contentStartTok < 3) {
            return false;
        }
        return emitIndirect(contentStartTok, contentEndTok, m, cueEnd, subject, false, sentenceFound);
    }

    /** "Fundraising was stagnant": an "-ing" noun followed by its verb is a subject, not a participle clause. */
    private boolean isGerundSubject(int k) {
        return k + 1 < tok.size && tok.isWord(k + 1)
                && (BE_FORMS.contains(tok.lower[k + 1]) || AUXILIARIES.contains(tok.lower[k + 1]));
    }

    /** Verbs that news copy puts before their subject: "..., said Brad Bannon." */
    private static final Set<String> INVERTING_VERBS = Lexicon.words("said", "says", "added", "adds", "asked", "asks",
            "wrote", "writes", "explained", "explains", "noted", "notes", "continued", "recalled", "argued", "argues",
            "observed", "warned", "insisted", "declared", "acknowledged", "countered", "replied", "quipped", "joked",
            "predicted", "cautioned", "concluded");

    /** A capitalised name after the verb and nothing but adverbials or an apposition after it: "said Brad Bannon." */
    private boolean invertedName(int m, int last) {
        if (!INVERTING_VERBS.contains(tok.lower[m])) {
            return false; // "..., told AFP", "..., attacked Rubio": the name is the object
        }
        Np np = npAfter(m + 1, last);
        if (np.empty() || tok.has(np.s(), F_PRONOUN)) {
            return false;
        }
        for (int k = np.s(); k < np.e(); k++) {
            if (!(tok.isCap(k) || continuesName(k)) || endsWithPossessive(k)) {
                return false; // "said Clinton’s acceptance of donations was ...": a clause, not a name
            }
        }
        return onlyAdverbialsAfter(np.e(), last) || isLongApposition(np.e(), last);
    }

    private boolean onlyFillersBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!isFiller(k)) {
                return false;
            }
        }
        return true;
    }

    /** "CLAUSE, X said, CLAUSE": a cue in the middle of its own content; the claim is the whole sentence. */
    private boolean tryParenthetical(int m, int s, int last, int sentenceFound) {
        Np subject = npBefore(m, s);
        int cueEnd = cueEnd(m, last);
        int after;
        int commaAt;
        boolean inverted = subject.empty();
        if (!subject.empty()) {
            commaAt = subject.s() - 1;
            while (commaAt > s && commaAt >= subject.s() - 4 && tok.isWord(commaAt) && !tok.isCap(commaAt)) {
                commaAt--;
            }
            after = cueEnd;
        } else if (m - 1 > s && tok.lower[m - 1].equals(",")) {
            subject = npAfter(m + 1, last);
            if (subject.empty()) {
                return false;
            }
            commaAt = m - 1;
            after = subject.e();
        } else {
            return false;
        }
        while (after < last && tok.isWord(after) && (tok.has(after, F_TIME) || isDayOrMonth(tok.lower[after]))) {
            after++;
        }
        if (after < last && (tok.is(after, "in") || tok.is(after, "at") || tok.is(after, "during"))) {
            // "These employees, Stumpf explained earlier in the committee hearing, were ..."
            for (int k = after + 1; k < last && k <= after + 6 && tok.isWord(k) || k < last && tok.lower[k].equals(","); k++) {
                if (tok.lower[k].equals(",")) {
                    after = k;
                    break;
                }
            }
        }
        if (after + 1 < last && tok.lower[after].equals(",") && (tok.is(after + 1, "a") || tok.is(after + 1, "an")
                || tok.is(after + 1, "the"))) {
            // ", said Dan Ruiz, an analyst in Ohio, the race ...": the apposition belongs to the cue
            for (int k = after + 2; k < last && k < after + 14; k++) {
                if (tok.lower[k].equals(",") && isSubjectStart(k + 1)) {
                    after = k;
                    break;
                }
            }
        }
        if (commaAt <= s || !tok.lower[commaAt].equals(",") || after >= last || !tok.lower[after].equals(",")
                || last - after < 4 || tok.kind[after + 1] == Tokens.MARK && commaAt - s < 3) {
            return false; // ", Ruiz said, the head of the party.": an apposition, not the rest of a claim
        }
        if (inverted && !goesOn(after + 1) && !(isSubjectStart(after + 1) && !tok.isCap(after + 1))) {
            // ", says Carl Anthony, historian at the Library, is that ...": the role belongs to the cue, and the claim
            // goes on after it; ", said Mindy Romero, director of the project at the University of California, Davis,
            // ...": nothing goes on, and the claim is the clause before the cue
            int next = -1;
            for (int k = after + 2; k < last && k < after + 16; k++) {
                if (tok.lower[k].equals(",") && tok.quote[k] < 0 && goesOn(k + 1)) {
                    next = k;
                    break;
                }
            }
            if (next >= 0) {
                after = next;
            } else if (commaAt - s >= 3 && !tok.lower[m].endsWith("ing")) {
                return emitIndirect(s, commaAt - 1, m, cueEnd, subject, false, sentenceFound);
            }
        }
        boolean predicateAfter = tok.isWord(after + 1) && (BE_FORMS.contains(tok.lower[after + 1])
                || AUXILIARIES.contains(tok.lower[after + 1]));
        if (commaAt - s < 3 && !predicateAfter) {
            // "Still, he said, officials have to decide ...": the claim is what follows ("These employees, he
            // said, were well paid" is one clause around its cue)
            return emitIndirect(after + 1, clauseEnd(after + 1, last) - 1, m, cueEnd, subject, false, sentenceFound);
        }
        if (tok.isWord(s) && SUBORDINATORS.contains(tok.lower[s]) && !tok.is(s, "the") && !tok.is(s, "if")) {
            // "Over the years, she said, email has helped her ...": an adverbial opens the sentence; the claim is
            // the clause after the cue
            return emitIndirect(after + 1, clauseEnd(after + 1, last) - 1, m, cueEnd, subject, false, sentenceFound);
        }
        // the whole sentence, read without its cue: one claim in two parts, as a quotation split by its cue
        int cueFrom = tok.start[commaAt];
        int cueTo = tok.start[after + 1];
        return emitIndirect(s, last - 1, m, cueEnd, subject, false, sentenceFound, cueFrom, cueTo);
    }

    /** Whether the clause around a cue goes on at {@code k}: a verb, or the speaker's own quotation. */
    private boolean goesOn(int k) {
        return k < tok.size && tok.kind[k] == Tokens.MARK && tok.quote[k] >= 0 || tok.isWord(k) && (BE_FORMS.contains(tok.lower[k])
                || AUXILIARIES.contains(tok.lower[k])) || isFiniteVerbLike(k);
    }

    /** A lower-case word in "-ed" or "-s" that is no title or role: "wants", "raised", not "director", "aides". */
    private boolean isFiniteVerbLike(int k) {
        if (!tok.isWord(k) || tok.isCap(k)) {
            return false;
        }
        String l = tok.lower[k];
        return (l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss")) && !Cast.isTitle(l)
                && Lexicon.role(l) == null && !tok.has(k, F_SPEAKER_NOUN);
    }

    /** Skips a dateline that opens an article's first sentence: "WASHINGTON —", "PRAGUE (Reuters) -". */
    private int skipDateline(int s, int last) {
        int k = s;
        while (k < last && tok.isWord(k) && Cast.isAcronym(tok.surface(k)) || k < last && tok.lower[k].equals(",")) {
            k++;
        }
        if (k == s) {
            // "Washington (AFP) –": a place in ordinary capitals, then the agency in parentheses
            int p = s;
            while (p < last && p < s + 3 && tok.isCap(p)) {
                p++;
            }
            if (p > s && p + 2 < last && tok.lower[p].equals("(") && Cast.isAcronym(tok.surface(p + 1))
                    && tok.lower[p + 2].equals(")")) {
                k = p;
            }
        }
        if (k > s) {
            // "ORLANDO, Fla. —", "PURCHASE, N.Y., April 1 (UPI) —": a state and a date after the place
            int d = k;
            while (d < last && d < k + 8 && (tok.lower[d].equals(",") || tok.isWord(d) && (tok.isCap(d)
                    && (tok.lower[d].endsWith(".") || tok.lower[d].length() <= 5) || Character.isDigit(tok.lower[d].charAt(0))
                    || isDayOrMonth(tok.bare(d))))) {
                d++;
            }
            if (d > k && d < last && (tok.lower[d].equals("(") || isDash(d))) {
                k = d;
            }
        }
        if (k > s && k < last && tok.lower[k].equals("(")) {
            while (k < last && !tok.lower[k].equals(")")) {
                k++;
            }
            k++;
        }
        if (k > s && k < last && isDash(k)) {
            return k + 1;
        }
        return s;
    }

    private boolean isDash(int k) {
        String l = tok.lower[k];
        return l.equals("—") || l.equals("–") || l.equals("-") || l.equals("--") || l.equals("―");
    }

    private boolean isClauseComma(int k) {
        if (tok.lower[k].equals(",")) {
            return true;
        }
        // '... ," he said' where the comma sits inside the closing mark
        return tok.kind[k] == Tokens.MARK && k - 1 >= 0 && tok.lower[k - 1].equals(",");
    }

    /**
     * ", an assistant professor in the school of information studies at Syracuse University" after an inverted cue
     * ("CLAUSE, said Jeffery Hemsley, an ..."): a description of the speaker to the end of the sentence.
     */
    private boolean isLongApposition(int from, int last) {
        if (last - from > 30 || from + 1 >= last || !tok.lower[from].equals(",")
                || !(tok.is(from + 1, "a") || tok.is(from + 1, "an") || tok.is(from + 1, "the")
                || tok.is(from + 1, "who") || isRoleOf(from + 1, last))) {
            return false;
        }
        for (int k = from + 1; k < last; k++) {
            if (tok.kind[k] == Tokens.MARK || tok.is(k, "that") || tok.is(k, ",") || tok.has(k, F_REPORTING)) {
                return false; // a comma may go on with the clause: ", said Dan Ruiz, an analyst, the race ..."
            }
        }
        return true;
    }

    /** A role without its article: "director of the project", "co-author of a study", "professor at Yale". */
    private boolean isRoleOf(int k, int last) {
        return k + 1 < last && tok.isWord(k) && !tok.isCap(k) && !tok.has(k, F_REPORTING)
                && (tok.is(k + 1, "of") || tok.is(k + 1, "at") || tok.is(k + 1, "for"))
                && !tok.lower[k].endsWith("ing") && !tok.lower[k].endsWith("ed");
    }

    private boolean onlyAdverbialsAfter(int from, int last) {
        if (from >= last) {
            return true;
        }
        int n = last - from;
        if (from + 1 < last && tok.lower[from].equals(",") && tok.isWord(from + 1) && !tok.isCap(from + 1)
                && Lexicon.PARTICIPLE_CUES.contains(tok.lower[from + 1])) {
            return true; // "CLAUSE, Fiorina said, adding that ...": the participle is a report of its own
        }
        for (int k = from; k < last; k++) {
            if (opensShortTitle(k)) {
                k = tok.at(top.get(tok.quote[k]).outerEnd()) - 1; // "he said on MSNBC’s “Morning Joe.”"
                continue;
            }
            if (tok.is(k, "that") || tok.kind[k] == Tokens.MARK) {
                return false;
            }
            if (tok.isWord(k) && tok.has(k, F_REPORTING) && k > from) {
                return false;
            }
        }
        String first = tok.lower[from];
        if (first.equals(",")) {
            String next = from + 1 < last ? tok.lower[from + 1] : "";
            if (!(next.endsWith("ing") || next.equals("in") || next.equals("on") || next.equals("at")
                    || next.equals("according") || next.equals("who") || next.equals("whose") || next.equals("a")
                    || next.equals("an") || next.equals("the") || TIME_WORDS.contains(next) || isDayOrMonth(next)
                    || tok.isCap(from + 1) && !tok.isWord(from + 2))) {
                return false; // ", he said, was even more popular": the clause goes on
            }
            for (int k = from + 2; k + 3 < last; k++) {
                if (tok.lower[k].equals(",") && isSubjectStart(k + 1)) {
                    return false; // ", said Dan Ruiz, an analyst, the race will be tight": the clause goes on
                }
            }
        }
        boolean clause = first.equals("as") || first.equals("while") || first.equals("when") || first.equals("after")
                || first.equals("before");
        // ("as he labored over one of the last major addresses of his presidency": a clause of time may be long)
        return (n <= 12 || clause && n <= 20) && (first.equals(",") || first.equals("in") || first.equals("on") || first.equals("at")
                || first.equals("during") || first.equals("after") || first.equals("before") || first.equals("while")
                || first.equals("to") || first.equals("from") || first.equals("via") || first.equals("with")
                || first.equals("of") || first.equals("about") || first.equals("when") || first.equals("as")
                || first.equals("through") || first.equals("for") || TIME_WORDS.contains(first)
                || isDayOrMonth(first) || first.equals("(") || first.equals("—") || first.equals("–")
                || n == 1 && first.endsWith("ly") || isTimeAgo(from, last));
    }

    /** "them in April", "it on Monday": an object pronoun and when, at most three words in all. */
    private boolean isPronounAndTime(int o, int end) {
        if (end - o > 4 || !OBJECT_PRONOUNS.contains(tok.lower[o]) || o + 1 >= end) {
            return false;
        }
        String l = tok.lower[o + 1];
        return TIME_WORDS.contains(l) || isDayOrMonth(l) || l.equals("in") || l.equals("during")
                || l.equals("at") || isTimeAgo(o + 1, end);
    }

    /** "ten days ago", "a week ago": a span of time before now, all that is left of the clause. */
    private boolean isTimeAgo(int from, int last) {
        int k = last - 1;
        while (k > from && !tok.isWord(k)) {
            k--;
        }
        return tok.is(k, "ago") && k - from <= 3 && k - from >= 1;
    }

    /**
     * "While those surveyed said A, B": a verb inside a sentence's opening subordinate clause reports up to the comma
     * that closes it; otherwise {@code last}.
     */
    private int openingClauseEnd(int m, int s, int last) {
        if (!OPENING_SUBORDINATORS.contains(tok.lower[s])) {
            return last;
        }
        for (int k = s + 1; k < m; k++) {
            if (tok.lower[k].equals(",") && tok.quote[k] < 0) {
                return last; // the opening clause closed before the verb
            }
        }
        for (int k = m + 1; k < last; k++) {
            if (tok.lower[k].equals(",") && (tok.quote[k] < 0 || closesItsQuote(k + 1))) {
                return tok.quote[k] < 0 ? k : k + 1; // (‹the "best experience," Trump is›: after the mark)
            }
        }
        return last;
    }

    /** Whether token {@code k} is the closing mark of the quotation it sits in. */
    private boolean closesItsQuote(int k) {
        return k < tok.size && tok.kind[k] == Tokens.MARK && tok.quote[k] >= 0
                && top.get(tok.quote[k]).close == tok.start[k];
    }

    /** Words that open a subordinate clause before the main one: "While those surveyed said A, B". */
    private static final Set<String> OPENING_SUBORDINATORS = Lexicon.words("while", "although", "though", "because",
            "whereas");

    /** The subject of a participle after "with": "with Donald Trump tweeting that ...", else null. */
    private Np absoluteSubject(int m, int s) {
        Np np = npBefore(m, s);
        return !np.empty() && np.e() == m && np.s() - 1 >= s && tok.is(np.s() - 1, "with") ? np : null;
    }

    /**
     * The subject of the clause a coordinated verb at {@code m} belongs to when a second clause opens with ", and":
     * "Rabbis called for a boycott, and the League denounced his rhetoric and said ..." is the League's; null if
     * the verb goes with the sentence's subject.
     */
    private Np coordinatedSubject(int m, int s) {
        for (int k = m - 2; k > s + 1; k--) {
            if (tok.quote[k] >= 0 || !tok.is(k, "and") || !tok.lower[k - 1].equals(",")) {
                continue;
            }
            Np np = npForward(k + 1, m);
            if (np.empty() || np.e() >= m - 1) {
                return null;
            }
            int v = skipFillers(np.e());
            boolean verb = v < m - 1 && tok.isWord(v) && !tok.isCap(v) && (tok.has(v, F_SPEECH)
                    || isPastVerb(v) || isObjectVerb(tok.lower[v]));
            return verb ? np : null;
        }
        return null;
    }

    /** "X said (in a statement) (that) CLAUSE", "X told CNN that CLAUSE", "..., saying CLAUSE". */
    private boolean tryForward(int m, int s, int last, int sentenceFound) {
        String w = tok.lower[m];
        // "Obama praised her and said ...": a coordinated verb shares the sentence's subject
        boolean coordinated = m - 1 > s && (tok.is(m - 1, "and") || tok.is(m - 1, "but")
                || tok.is(m - 1, "also") && (tok.is(m - 2, "and") || tok.is(m - 2, "but")));
        // "Having announced that ...", "Continuing to explain ...": an opening participle clause
        boolean opening = m - s <= 3 && tok.isCap(s) && tok.lower[s].endsWith("ing") && !NOT_PARTICIPLES.contains(tok.lower[s]);
        // "they published the results by announcing that ...": a gerund after a preposition shares the subject
        boolean gerund = w.endsWith("ing") && m - 1 >= s && (tok.is(m - 1, "by") || tok.is(m - 1, "after")
                || tok.is(m - 1, "before") || tok.is(m - 1, "while") || tok.is(m - 1, "without"));
        boolean participle = Lexicon.PARTICIPLE_CUES.contains(w) || coordinated || opening || gerund;
        Np absolute = participle && !coordinated && !opening && !gerund ? absoluteSubject(m, s)
                : coordinated ? coordinatedSubject(m, s) : null;
        if (absolute != null) {
            participle = false; // "..., with Donald Trump tweeting that ...": the participle has its own subject
        }
        if (opening) {
            for (int k = m + 1; k < last; k++) {
                if (tok.lower[k].equals(",") && tok.quote[k] < 0) {
                    last = k; // the opening clause ends at its comma; the sentence's subject follows
                    break;
                }
            }
        }
        Np subject = participle ? null : absolute != null ? absolute : subjectBefore(m, s);
        if (!participle && subject.empty()) {
            subject = pollSubject(m, s);
        }
        Np antecedent = participle ? null : relativeAntecedent(m, s);
        if (antecedent != null && !antecedent.empty()) {
            subject = antecedent; // "Obama, who called ...": not the subject of the sentence around the relative
            // "X, who said A, said B": A ends at the comma; "X - who said A - spoke": at the dash
            last = relativeClauseEnd(m, last, antecedent.e() < m && isDash(antecedent.e()));
        }
        if (!participle && subject.empty()) {
            return false;
        }
        last = openingClauseEnd(m, s, last);
        int c = pastDashAside(cueEnd(m, last), last);
        if (c + 1 < last && tok.is(c, "to") && (tok.isWord(c + 1) && !tok.isCap(c + 1) || opensQuote(c + 1))
                && m + 1 == c && COMMITMENT_VERBS.contains(w)
                && (participle || isPersonLike(subject) || tok.isCap(subject.e() - 1))) {
            // "pledged to impose further sanctions ...": the promise is what was said
            int end = clauseEnd(c, last);
            return end - c >= 3 && emitIndirect(c, end - 1, m, c, subject, participle, sentenceFound);
        }
        if (c + 1 < last && tok.is(c, "to") && tok.isWord(c + 1) && !tok.isCap(c + 1) && m + 1 < c
                && (w.equals("told") || w.equals("telling") || w.equals("tells") || w.equals("tell"))) {
            // "telling Christie to get on a plane and go home": the instruction is what was said
            int end = clauseEnd(c, last);
            return end - c >= 3 && emitIndirect(c, end - 1, m, c, subject, participle, sentenceFound);
        }
        // adverbials between the verb and its clause ("said on CNN, where he is a contributor, that ...")
        boolean place = pastPlacePhrase(c, last) != c || tok.is(c, "on") || tok.is(c, "in");
        int thatAt = -1;
        int reach = c + 14;
        for (int k = c; k < last && k < reach; k++) {
            if (tok.is(k, "that") && tok.quote[k] < 0) {
                thatAt = k;
                break;
            }
            if (tok.lower[k].equals(",") && k + 2 < last && tok.isWord(k + 1) && ASIDES.contains(tok.lower[k + 1])
                    && tok.lower[k + 2].equals(",")) {
                k += 2; // "wanted to stress, however, that"
                continue;
            }
            int state = k > c && tok.lower[k].equals(",") && tok.isCap(k - 1) ? pastPlaceAndDate(k, last) : k + 1;
            if (state > k + 1 && state < last && tok.is(state, "that")) {
                k = state - 1; // "said during a town hall in Buffalo, New York, that ..."
                reach = Math.max(reach, state + 1);
                continue;
            }
            if (k == c && tok.lower[k].equals(",") && tok.is(k + 1, "that") && tok.quote[k + 1] < 0) {
                thatAt = k + 1; // "He added, that there's ..."
                c = k + 1;
                break;
            }
            if (k == c && tok.lower[k].equals(",")) {
                int close = k + 1;
                while (close < last && close < k + 7 && tok.isWord(close) && !tok.has(close, F_SPEECH)) {
                    close++;
                }
                if (close > k + 1 && close + 1 < last && tok.lower[close].equals(",") && tok.is(close + 1, "that")) {
                    thatAt = close + 1; // a short aside before "that": "said, per a translator, that ..."
                    c = close + 1;
                    break;
                }
            }
            if (opensShortTitle(k)) {
                k = tok.at(top.get(tok.quote[k]).outerEnd()) - 1; // "said on NBC's “Meet the Press” that ..."
                continue;
            }
            if (tok.lower[k].equals(",") && !place || tok.kind[k] == Tokens.MARK && tok.quote[k] >= 0 || tok.is(k, ":")) {
                break;
            }
        }
        boolean explicitThat = false;
        // "blasted Oversight for failing to make clear ... that": a long object before "that" is what was blasted
        boolean longObject = isObjectVerb(w) && !CLAUSE_VERBS.contains(w) && thatAt - c > 3
                && (tok.isCap(c) || tok.has(c, F_DETERMINER));
        if (thatAt >= 0 && (thatAt == c || isAdverbialRun(c, thatAt) && !longObject)) {
            // "noted, that is the textbook definition": "that" followed by its verb is the clause's subject
            boolean demonstrative = thatAt + 1 < last && tok.isWord(thatAt + 1)
                    && FINITE_AFTER_THAT.contains(tok.lower[thatAt + 1]);
            c = demonstrative ? thatAt : thatAt + 1;
            explicitThat = true;
        } else if (!CLAUSE_VERBS.contains(w) || isObjectVerb(w) && c < last
                && (tok.is(c, "of") || tok.is(c, "against"))) {
            // "announced a plan", "called for a ban", "asked whether ...", "warned of a battle": the object
            if (!isObjectVerb(w) || !participle && !isPersonLike(subject) || isNamingParticiple(m)
                    || w.equals("posted") && WRITTEN_SOURCES.contains(tok.lower[m - 1])) {
                return false; // "a statement posted Wednesday", "a group called X": not someone speaking
            }
            int o = c;
            while (o < last && tok.isWord(o) && (tok.has(o, F_TIME) && !tok.is(o, "on")
                    || isDayOrMonth(tok.lower[o]) || isAdverb(o))) {
                o++;
            }
            if (o + 1 < last && tok.is(o, "out") && tok.isWord(o + 1) && tok.lower[m].startsWith("call")) {
                o++; // "called out his rival for alienating Hispanics"
            }
            if (o < last && tok.isWord(o) && OBJECT_PREPOSITIONS.contains(tok.lower[o])) {
                o++;
            }
            if (o >= last || !tok.isWord(o) && tok.kind[o] != Tokens.MARK || NOT_CLAUSE_STARTS.contains(tok.lower[o])) {
                return false;
            }
            int end = clauseEnd(o, last);
            if (end - o < 2 || isPronounAndTime(o, end)) {
                return false; // ("asked about them in April": nothing said is left)
            }
            return emitIndirect(o, end - 1, m, cueEnd(m, last), subject, participle, sentenceFound);
        } else if (c < last && tok.lower[c].equals(",") && !participle && c + 1 < last && isSubjectStart(c + 1)) {
            c++; // "Security officers point out, these have been ..."
        } else {
            while (c < last && tok.isWord(c) && (tok.has(c, F_TIME) && !tok.is(c, "on")
                    || tok.is(c, "on") && c + 1 < last && isDayOrMonth(tok.lower[c + 1]) && !tok.is(c + 1, "on")
                    || isDayOrMonth(tok.lower[c]) && !tok.is(c, "on") || isAdverb(c))) {
                c++;
            }
            c = pastPlacePhrase(c, last);
        }
        if (c < last && tok.is(c, ":")) {
            c++;
        }
        if (c >= last) {
            return false;
        }
        // after an explicit "that" a clause may open with an adverbial ("said that over the last five days he ...",
        // "said that, at the request of ..., it has ..."); long enough not to be "said that in an interview"
        boolean opens = startsClause(c);
        int end = clauseEnd(c, last);
        if (end - c < (opens ? 3 : 6) || !opens && !explicitThat) {
            return false;
        }
        return emitIndirect(c, end - 1, m, cueEnd(m, last), subject, participle, sentenceFound);
    }

    /** Words that start a phrase of time or place: "Wednesday", "last week", "by the paper", "on its website". */
    private boolean isWhenOrWhere(int k) {
        if (!tok.isWord(k)) {
            return false;
        }
        String l = tok.lower[k];
        return TIME_WORDS.contains(l) || isDayOrMonth(l) || l.equals("by") || l.equals("in") || l.equals("at")
                || l.equals("earlier") || l.equals("late") || l.equals("early");
    }

    /** "said — on Twitter, as it happens — that ...": the "that" after an aside set off by dashes; else {@code c}. */
    private int pastDashAside(int c, int last) {
        if (c >= last || !isDash(c)) {
            return c;
        }
        for (int k = c + 1; k < last && k < c + 16; k++) {
            if (isDash(k)) {
                return tok.is(k + 1, "that") ? k + 1 : c;
            }
        }
        return c;
    }

    /** "an episode of “The Steve Harvey Morning Show”", "the host of “Meet the Press”". */
    private static final Set<String> SHOW_PARTS = Lexicon.words("episode", "episodes", "edition", "host", "hosts",
            "anchor", "star", "stars", "cast", "segment", "broadcast", "taping", "season", "set", "producers",
            "producer", "creator", "author");

    /** A short title after a possessive or "on": a programme or a publication ("said on ABC’s “This Week”"). */
    private boolean isProgramme(Quote q, int oTok) {
        if (oTok < 1 || !tok.isWord(oTok - 1) || !isShortTitle(q)) {
            return false;
        }
        String b = tok.lower[oTok - 1];
        return b.endsWith("’s") || b.endsWith("'s") || b.equals("on") || b.equals("in") && tok.is(oTok - 2, "appeared")
                || b.equals("of") && tok.isWord(oTok - 2) && SHOW_PARTS.contains(tok.lower[oTok - 2]);
    }

    /** A closed quote of at most six capitalised words: a programme's or a work's title ("Meet the Press"). */
    /** Whether token {@code k} opens a quoted programme or title ("“Meet the Press”"), which a cue may mention. */
    private boolean opensShortTitle(int k) {
        return tok.kind[k] == Tokens.MARK && tok.quote[k] >= 0 && tok.start[k] == top.get(tok.quote[k]).open
                && isShortTitle(top.get(tok.quote[k]));
    }

    private boolean isShortTitle(Quote q) {
        if (q.close < 0) {
            return false;
        }
        int a = tok.at(q.contentStart);
        int words = 0;
        for (int k = a; k < tok.size && tok.start[k] < q.contentEnd; k++) {
            if (tok.isWord(k)) {
                words++;
                if (!tok.isCap(k) && !(tok.lower[k].length() <= 3 && words > 1)) {
                    return false;
                }
            } else if (!tok.lower[k].equals("'") && !tok.lower[k].equals("’") && !(tok.start[k + 1 < tok.size ? k + 1 : k]
                    >= q.contentEnd && (tok.isTerminator(k) || tok.lower[k].equals(",")))) {
                return false; // only a final stop or comma may follow the words: “Fox and Friends.”
            }
        }
        return words >= 1 && words <= 6;
    }

    /**
     * "wrote in both listings he was ...", "said in an interview they would ...": a short phrase of place or means
     * between the verb and a clause that opens with a personal pronoun is skipped; {@code c} itself otherwise.
     */
    private int pastPlacePhrase(int c, int last) {
        if (c >= last || !(tok.is(c, "in") || tok.is(c, "on") || tok.is(c, "at") || tok.is(c, "during")
                || tok.is(c, "via") || tok.is(c, "through"))) {
            return c;
        }
        for (int k = c + 1; k < last && k <= c + 6; k++) {
            if (!tok.isWord(k)) {
                return c;
            }
            String l = tok.lower[k];
            if (k > c + 1 && (l.equals("he") || l.equals("she") || l.equals("they") || l.equals("we") || l.equals("i")
                    || l.equals("it")) && k + 1 < last && tok.isWord(k + 1)) {
                return k;
            }
        }
        return c;
    }

    /** "Fowler is calling for ...", "she was saying": an "-ing" verb after a form of "be" is finite, not a participle. */
    private boolean isProgressive(int m, int s) {
        int k = m - 1;
        while (k > s && isAdverb(k)) {
            k--;
        }
        return k >= s && tok.isWord(k) && (tok.is(k, "is") || tok.is(k, "are") || tok.is(k, "was") || tok.is(k, "were")
                || tok.is(k, "been") || tok.is(k, "be"));
    }

    /** Words that open a verb phrase: after "but"/"and" they continue the reporter's sentence, not the report. */
    private static final Set<String> VP_STARTS = Lexicon.words("did", "didn't", "does", "doesn't", "also", "later",
            "then", "declined",
            "refused", "stopped", "noted", "added", "said", "told", "insisted", "acknowledged", "conceded",
            "warned", "urged", "called", "would", "will", "could", "never", "only", "still");

    private static final Set<String> NOT_PARTICIPLES = Lexicon.words(
            "during", "nothing", "something", "anything", "everything", "king", "thing", "bring", "spring",
            "evening", "morning", "string", "sing", "ring", "swing", "sting", "wing", "ceiling", "building",
            "meeting", "hearing", "briefing", "funding", "spending", "polling", "housing", "training", "ruling",
            "timing", "warning", "being", "feeling", "setting", "thinking", "beijing", "wyoming", "viking",
            "including", "according");

    /** Whether a quotation opens between {@code from} and {@code to}. */
    private boolean quoteAhead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tok.kind[k] == Tokens.MARK && tok.quote[k] >= 0 && tok.start[k] == top.get(tok.quote[k]).open) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a reported clause ends: before a semicolon, a trailing participle clause (", highlighting ..."), a
     * non-restrictive "which" or a trailing "despite"/"according to". (Cutting also at dashes, "as", "while" or
     * ", and he ..." gained less precision on PolNeAR train than it lost recall.)
     */
    private int clauseEnd(int c, int last) {
        for (int k = c + 1; k < last - 1; k++) {
            if (tok.quote[k] >= 0) {
                if (tok.lower[k].equals(",") && closesItsQuote(k + 1) && k + 2 < last
                        && (attributionAt(k + 2, last) || tok.is(k + 2, "according"))) {
                    // ‹called the deal “a disaster,” Ann Kile said›, ‹“a psychiatrist,” according to Reuters›: the
                    // attribution that follows is not the claim's
                    return k + 2;
                }
                continue;
            }
            String l = tok.lower[k];
            if (l.equals("but") && tok.isWord(k + 1) && startsVerbPhrase(k + 1)
                    && !(tok.has(k + 1, F_SPEECH) && k + 2 < last && tok.kind[k + 2] == Tokens.MARK && quoteAhead(k + 2, k + 3))) {
                return k; // "said that ... but did not suggest ...": the reporter's subject again ("but said “...”" goes on)
            }
            if (l.equals("and") && tok.isWord(k + 1) && !tok.isCap(k + 1) && tok.has(k + 1, F_SPEECH)
                    && (tok.lower[k + 1].endsWith("s") || tok.lower[k + 1].endsWith("ed") || tok.has(k + 1, F_REPORTING)
                    && (tok.lower[k + 1].endsWith("ing") || IRREGULAR_PAST.contains(tok.lower[k + 1])))
                    && !(isPastVerb(k + 1) && presentCueBefore(c))) {
                // "is telling a group that the military is “depleted” and says he will ...": a second report
                // ("says he’d sit Putin down and tell him ...": a bare verb goes on with the reported clause)
                return k;
            }
            if (!l.equals(",") && !l.equals(";")) {
                continue;
            }
            if (l.equals(";")) {
                return k;
            }
            String n = tok.lower[k + 1];
            if (!tok.isWord(k + 1)) {
                continue;
            }
            if (n.endsWith("ing") && n.length() > 4 && !NOT_PARTICIPLES.contains(n) && !tok.isCap(k + 1)
                    && (tok.has(k + 1, F_SPEECH) || isObjectVerb(n) || CONSEQUENCES.contains(n))) {
                // ", adding that ...", ", prompting ...": the reporter's next act or the writer's comment; any other
                // participle goes on with what was said (", coming from 40 points behind to a “dead heat”")
                return k;
            }
            if (n.equals("which") && quoteAhead(k + 1, last)) {
                continue; // "..., which is a problem because, “In the end, ...”": the speaker's own words go on
            }
            if (n.equals("which") || n.equals("despite") || n.equals("according") || n.equals("adding")
                    || n.equals("referring")) {
                return k;
            }
            if ((n.equals("and") || n.equals("but")) && k + 2 < last && tok.isWord(k + 2)
                    && (startsVerbPhrase(k + 2) || tok.lower[k + 2].equals("when")
                    || tok.lower[k + 2].equals("to") && tok.is(k + 3, "date"))) {
                return k; // ", and to date has only issued ...", ", and when asked ..."
            }
            if (attributionAt(k + 1, last)) {
                return k; // ", Lewandowski said he ...": another attribution begins
            }
            if (n.equals("as") || n.equals("while") || n.equals("whereas") || n.equals("but") || n.equals("and")) {
                // a second attribution starts: ", as Sergei Lavrov said ..."
                for (int v = k + 2; v < last && v < k + 10; v++) {
                    if (tok.isWord(v) && !tok.isCap(v) && tok.has(v, F_REPORTING)
                            && !npBefore(v, k + 2).empty()) {
                        return k;
                    }
                }
            }
        }
        return last;
    }

    /** Participles that tell what a statement caused: the writer's words, not the speaker's. */
    private static final Set<String> CONSEQUENCES = Lexicon.words("prompting", "sparking", "triggering", "putting",
            "leading", "throwing", "sending", "drawing", "raising");

    /**
     * Whether the verb of saying just before the clause at {@code c} is in the present ("says he spoke to Trump and
     * asked him to ...": a past verb after "and" goes on with what he says he did).
     */
    private boolean presentCueBefore(int c) {
        for (int k = c - 1; k >= 0 && k >= c - 6 && tok.sentence[k] == tok.sentence[c]; k--) {
            if (tok.isWord(k) && tok.has(k, F_SPEECH)) {
                String l = tok.lower[k];
                return l.endsWith("s") && !l.endsWith("ss"); // ("saying ... and said": two reports)
            }
        }
        return false;
    }

    private boolean isPastVerb(int k) {
        return tok.lower[k].endsWith("ed") || IRREGULAR_PAST.contains(tok.lower[k]);
    }

    /** A name or a pronoun and its verb of saying starting at {@code k}: "Lewandowski said", "he added". */
    private boolean attributionAt(int k, int last) {
        if (!(tok.isCap(k) || Lexicon.PRONOUNS.contains(tok.lower[k]))) {
            return false;
        }
        for (int v = k + 1; v < last && v < k + 5; v++) {
            if (tok.isWord(v) && !tok.isCap(v) && tok.has(v, F_REPORTING)) {
                Np np = npBefore(v, k);
                return !np.empty() && np.s() == k;
            }
        }
        return false;
    }

    private static final Set<String> IRREGULAR_PAST = Lexicon.words("said", "told", "wrote", "spoke", "held",
            "thought", "felt", "sang", "swore", "made", "took", "went", "put");

    /** Verbs whose reported clause may follow without "that" ("said Ukraine had ..."). */
    private static final Set<String> CLAUSE_VERBS = Lexicon.words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting", "argue",
            "argues", "argued", "arguing", "contend", "contends", "contended", "assert", "asserts", "asserted",
            "predict", "predicts", "predicted", "concede", "concedes", "conceded", "boast", "boasted",
            "complain", "complained", "joke", "joked", "quip", "quipped", "urge", "urges", "urged", "urging",
            "warn", "warns", "warned", "warning", "write", "writes", "wrote", "suggest", "suggests", "suggested",
            "suggesting", "acknowledge", "acknowledged", "admit", "admits", "admitted", "note", "noted", "notes",
            "noting", "explain", "explained", "explains", "reply", "replied", "respond", "responded", "tweet",
            "tweeted", "promise", "promised", "promises", "vow", "vowed", "pledge", "pledged", "recall",
            "recalled", "declare", "declared", "declares", "point", "points", "pointed", "pointing", "allege",
            "alleged", "alleges", "believe", "believes", "think", "thinks", "hold", "held", "holds", "testify",
            "testified");

    /** Speech verbs whose object is what was said: "announced a plan", "called for a ban", "criticized the deal". */
    private static final Set<String> OBJECT_VERBS = Lexicon.words(
            "announce", "announces", "announced", "announcing", "reveal", "reveals", "revealed", "revealing",
            "propose", "proposes", "proposed", "proposing", "unveil", "unveils", "unveiled", "unveiling", "cite",
            "cites", "cited", "citing", "mention", "mentions", "mentioned", "mentioning", "criticize",
            "criticizes", "criticized", "criticizing", "criticise", "criticised", "criticising", "blast",
            "blasts", "blasted", "blasting", "condemn", "condemns", "condemned", "condemning", "praise",
            "praises", "praised", "praising", "describe", "describes", "described", "describing", "call",
            "calls", "called", "calling", "accuse", "accuses", "accused", "accusing", "ask", "asks", "asked",
            "asking", "promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing", "pledge",
            "pledges", "pledged", "pledging", "deny", "denies", "denied", "denying", "confirm", "confirms",
            "confirmed", "confirming", "warn", "warns", "warned", "warning", "tout", "touts", "touted", "touting",
            "question", "questioned", "questioning", "demand", "demands", "demanded", "demanding", "slam",
            "slams", "slammed", "slamming", "attack", "attacks", "attacked", "attacking", "recount",
            "recounted", "repeat", "repeated", "repeats", "reiterate", "reiterated", "reiterates", "dismiss",
            "dismissed", "dismisses", "defend", "defended", "defends", "defending", "recall", "recalled",
            "recalls", "recalling", "discuss", "discussed", "discusses", "discussing", "decry", "decried",
            "decries", "mock", "mocked", "mocks", "mocking", "ridicule", "ridiculed", "lament", "lamented",
            "laments", "hail", "hailed", "hails", "applaud", "applauded", "applauds", "welcome", "welcomed",
            "welcomes", "concede", "conceded", "acknowledge", "acknowledged", "acknowledges", "admit",
            "admitted", "admits", "emphasize", "emphasized", "emphasizes", "emphasise", "emphasised", "stress",
            "stressed", "stresses", "predict", "predicted", "predicts", "report", "reported", "reports",
            "tweet", "tweeted", "tweets", "post", "posted", "write", "wrote", "writes", "explain", "explained",
            "explains", "urge", "urged", "urges", "suggest", "suggested", "suggests", "claim", "claimed");

    /** An object-taking verb of saying, its "-ing" form included ("stressing", "criticizing", "slamming"). */
    private static boolean isObjectVerb(String w) {
        if (OBJECT_VERBS.contains(w)) {
            return true;
        }
        if (!w.endsWith("ing") || w.length() < 6) {
            return false;
        }
        String stem = w.substring(0, w.length() - 3);
        return OBJECT_VERBS.contains(stem) || OBJECT_VERBS.contains(stem + "e")
                || stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && OBJECT_VERBS.contains(stem.substring(0, stem.length() - 1));
    }

    /** Every word that can head a reported-speech cue, for one lookup per token. */
    private static final Set<String> CUE_WORDS;

    static {
        Set<String> all = new java.util.HashSet<>(Lexicon.REPORTING_VERBS);
        all.addAll(OBJECT_VERBS);
        CUE_WORDS = java.util.Collections.unmodifiableSet(all);
    }

    /** A subject that can speak: a pronoun, a name, or a description headed by a person noun. */
    private boolean isPersonLike(Np np) {
        if (np == null || np.empty()) {
            return false;
        }
        String head = Cast.bare(Cast.stripPossessive(tok.lower[np.e() - 1]));
        if (np.e() - np.s() == 1 && (head.equals("he") || head.equals("she") || head.equals("they") || head.equals("we")
                || head.equals("i"))) {
            return true;
        }
        if (tok.isCap(np.e() - 1)) {
            return true;
        }
        return Lexicon.role(head) != null || Lexicon.TITLES.contains(head) || HUMAN_HEADS.contains(head)
                || Lexicon.SPEAKER_NOUNS.contains(head) || head.endsWith("man") || head.endsWith("men")
                || head.endsWith("woman") || head.endsWith("women")
                || head.endsWith("person") || head.endsWith("ist") || head.endsWith("ists");
    }

    /** Texts: "a statement posted Wednesday on her channel" is a statement that was posted; it posts nothing. */
    private static final Set<String> WRITTEN_SOURCES = Lexicon.words("polls", "poll", "surveys", "survey", "studies",
            "study", "documents", "records", "reports", "report", "statements", "statement", "letter", "letters",
            "memo", "email", "emails", "message", "messages", "video", "ad");

    private static final Set<String> HUMAN_HEADS = Lexicon.words("official", "officials", "aide", "aides", "critic",
            "critics", "supporter", "supporters", "voter", "voters", "source", "sources", "people", "democrats",
            "republicans", "lawmakers", "senators", "candidates", "leaders", "experts", "analysts", "residents",
            "protesters", "activists", "members", "advisers", "advisors", "adviser", "advisor", "lawyer",
            "lawyers", "attorney", "attorneys", "opponents", "opponent", "executives", "candidate", "campaign",
            "administration", "government", "officers", "diplomats", "prosecutors", "investigators", "police",
            "authorities", "spokesperson", "nominee", "senator", "governor", "mayor", "congressman", "donors",
            "delegates", "staff", "staffers", "allies", "ally", "friends", "friend", "family", "parents",
            "mother", "father", "wife", "husband", "son", "daughter", "others", "many", "some", "delegate", "resident",
            "student", "teacher", "organizer", "pollster", "strategist", "consultant", "veteran", "worker", "owner",
            "widow", "widower", "analyst", "economist", "historian", "professor", "scientist", "researcher");

    private static final Set<String> OBJECT_PREPOSITIONS = Lexicon.words("for", "on", "about", "of", "whether",
            "if", "why", "how", "what", "to", "against");

    private static final Set<String> ASIDES = Lexicon.words("however", "though", "too", "also", "again", "then",
            "meanwhile", "nevertheless", "moreover", "furthermore", "instead", "later", "earlier", "today",
            "yesterday", "privately", "publicly", "repeatedly");

    private boolean isSubjectStart(int k) {
        if (!tok.isWord(k)) {
            return false;
        }
        String l = tok.lower[k];
        return Lexicon.PRONOUNS.contains(l) || Lexicon.DETERMINERS.contains(l) || l.equals("these")
                || l.equals("those") || l.equals("this") || l.equals("there") || isContractedSubject(l)
                || tok.isCap(k) && !tok.is(k, "if");
    }

    /** A subject with its verb attached: "it’s", "they're", "I’m", "that’s", "there's". */
    private static boolean isContractedSubject(String l) {
        return CONTRACTED_PRONOUNS.containsKey(l) && !l.equals("his") && !l.equals("her") || l.startsWith("that’")
                || l.startsWith("that'") || l.startsWith("there’") || l.startsWith("there'");
    }

    /** Verbs that make "that" before them a pronoun, not a conjunction: "that is", "that would". */
    private static final Set<String> FINITE_AFTER_THAT = Lexicon.words("is", "was", "has", "had", "will", "would",
            "could", "can", "may", "might", "must", "should", "does", "did", "means", "seems");

    /** "for the first time", "for years", "for a second day": not "called for a ban". */
    private boolean isForATime(int from, int to) {
        if (!tok.is(from, "for") || from + 1 >= to) {
            return false;
        }
        int k = from + 1;
        if (tok.has(k, F_DETERMINER) && k + 2 < to) {
            k += tok.is(k + 2, "time") || tok.is(k + 2, "day") || tok.is(k + 2, "week") ? 2 : 1;
        }
        return tok.is(k, "time") || DURATIONS.contains(tok.lower[k]);
    }

    private boolean isAdverbialRun(int from, int to) {
        boolean aside = false; // ", where he is now a paid contributor,": a relative clause set off by commas
        for (int k = from; k < to; k++) {
            String l = tok.lower[k];
            if (l.equals(",")) {
                aside = !aside && (tok.is(k + 1, "where") || tok.is(k + 1, "who") || tok.is(k + 1, "which"));
                continue;
            }
            if (!aside && (l.equals("and") || l.equals("or") || l.equals("but") || l.equals("is") || l.equals("was")
                    || l.equals("were") || l.equals("are") || l.equals("has") || l.equals("had") || l.equals("will")
                    || l.equals("would") || l.equals("could") || l.equals("can"))) {
                return false; // "said the speech was a provocation and that ...": the clause started earlier
            }
        }
        String first = tok.lower[from];
        if (first.equals(",") && to - from == 3 && ASIDES.contains(tok.lower[from + 1])) {
            return true;
        }
        if (TIME_WORDS.contains(first) || isDayOrMonth(first)) {
            return true;
        }
        return first.equals("in") || first.equals("on") || first.equals("at") || first.equals("during")
                || first.equals("to") || first.equals("from") || first.equals("after") || first.equals("before")
                || first.equals("while") || first.equals("with") || first.equals("via") || first.equals("through")
                || first.equals("last") || first.equals("this") || first.equals("earlier") || first.equals("later")
                || first.equals("also") || isAdverb(from) || isForATime(from, to) || first.equals("over")
                || first.equals("by") || first.equals("amid") || first.equals("outside") || first.equals("again")
                || tok.isCap(from) || Lexicon.DETERMINERS.contains(first) || first.equals("reporters")
                || first.equals("him") || first.equals("her") || first.equals("them") || first.equals("me")
                || first.equals("us");
    }

    private static final Set<String> NOT_CLAUSE_STARTS = Lexicon.words(
            "in", "on", "at", "during", "to", "from", "after", "before", "with", "via", "through", "about", "of",
            "for", "by", "into", "over", "under", "upon", "across", "against", "and", "but", "or", "so", "as",
            "than", "up", "out", "off", "down", "back", "away", "goodbye", "hello", "yes", "no", "nothing",
            "anything", "something", "sorry", "thanks", "grace", "so", "too", "hi", "ok", "okay", "amen");

    private boolean startsClause(int c) {
        if (tok.kind[c] == Tokens.MARK) {
            return true;
        }
        if (!tok.isWord(c)) {
            return false;
        }
        String l = tok.lower[c];
        if (!NOT_CLAUSE_STARTS.contains(l) && !(Lexicon.SPEECH_VERBS.contains(l) && !tok.isCap(c))) {
            return true;
        }
        if (l.endsWith("s") && (tok.is(c + 1, "from") || tok.is(c + 1, "by") || tok.is(c + 1, "of"))) {
            return true; // "said comments from Rice were consistent": a noun of saying is the clause's subject
        }
        if (tok.isCap(c) || Lexicon.PRONOUNS.contains(l) || Lexicon.DETERMINERS.contains(l) || Character.isDigit(l.charAt(0))) {
            return true;
        }
        return l.equals("there") || l.equals("if") || l.equals("this") || l.equals("that") || l.equals("these")
                || l.equals("those") || l.equals("no") || l.equals("nothing") || l.equals("everyone")
                || l.equals("nobody") || isContractedSubject(l) || l.equals("all") || l.equals("what")
                || l.equals("when") || l.equals("how") || l.equals("why") || l.equals("whether") || l.equals("because")
                || l.equals("while") || l.equals("although") || l.equals("even") || l.equals("only")
                || l.equals("both") || l.equals("neither") || l.equals("either") || l.equals("people")
                || Lexicon.SPEAKER_NOUNS.contains(l) || l.equals("americans") || l.equals("russians");
    }

    /** "According to X, CLAUSE." / "CLAUSE, according to X." */
    private void according(int m, int s, int last, int sentenceFound) {
        Np np = npAfter(m + 2, last);
        boolean phrase = np.empty();
        if (np.empty() && m - 1 - s >= 3 && isClauseComma(m - 1)) {
            // "CLAUSE, according to early returns.", "..., according to data released Friday by regulators.": the
            // phrase to the end of the sentence (or its next comma) is the source, an unnamed one
            int e = m + 2;
            while (e < last && e < m + 24 && tok.isWord(e)) {
                e++;
            }
            if (e > m + 2 && (e >= last || tok.lower[e].equals(",") || tok.isTerminator(e))) {
                np = new Np(m + 2, e);
            }
        }
        if (np.empty() && (m == s || m == skipDateline(s, last))) {
            // "According to early results of exit polls conducted for the networks, CLAUSE": the whole phrase up to
            // the comma is the source, an unnamed one
            for (int k = m + 3; k < last && k < m + 26; k++) {
                if (tok.lower[k].equals(",") && tok.quote[k] < 0) {
                    np = new Np(m + 2, k);
                    break;
                }
                if (tok.quote[k] >= 0 || tok.isTerminator(k)) {
                    break;
                }
            }
        }
        if (np.empty()) {
            return;
        }
        if (m == s || m == skipDateline(s, last)) {
            // "According to State Department cables that were later released by WikiLeaks, CLAUSE"
            for (int k = np.e(); k < last && k < m + 32; k++) {
                if (tok.lower[k].equals(",") && tok.quote[k] < 0) {
                    if (last - k > 3) {
                        emitIndirect(k + 1, last - 1, m, m + 2, np, false, sentenceFound);
                    }
                    return;
                }
            }
            return;
        }
        if (m - 1 >= s && isClauseComma(m - 1) && m - 1 - s >= 3) {
            Speaker speaking = lastSpeaker;
            int speakingParagraph = lastSpeakerParagraph;
            if (emitIndirect(s, m - 1, m, m + 2, np, false, sentenceFound) && phrase) {
                lastSpeaker = speaking; // "early returns", "media trackers": nobody whose next quote this is
                lastSpeakerParagraph = speakingParagraph;
            }
        } else if (np.e() < last && tok.lower[np.e()].equals(",") && last - np.e() > 3) {
            emitIndirect(np.e() + 1, last - 1, m, m + 2, np, false, sentenceFound);
        }
    }

    /** Emits tokens [a, b] as an indirect claim unless a quote found in this sentence already covers it. */
    private boolean emitIndirect(int a, int b, int cueS, int cueE, Np subject, boolean participle, int sentenceFound) {
        return emitIndirect(a, b, cueS, cueE, subject, participle, sentenceFound, -1, -1);
    }

    /** As above; when {@code gapFrom >= 0} the chars [gapFrom, gapTo) (the cue inside the clause) are not part of it. */
    private boolean emitIndirect(int a, int b, int cueS, int cueE, Np subject, boolean participle, int sentenceFound,
                                 int gapFrom, int gapTo) {
        while (b > a && (tok.kind[b] == Tokens.PUNCT && !tok.lower[b].equals(")") || tok.kind[b] == Tokens.MARK
                && tok.quote[b] < 0)) {
            b--;
        }
        while (a < b && tok.kind[a] == Tokens.PUNCT) {
            a++;
        }
        if (b - a < 2) {
            return false;
        }
        int cs = tok.start[a];
        int ce = closeOpenQuote(cs, tok.end[b]);
        // a clause that is (nearly) all quotes found already is those quotes; one with words of the reporter's
        // around partial quotes is a claim of its own ("said the goal was not to “make America great again”")
        if (sentenceFound < found.size() && coveredLetters(cs, ce, sentenceFound) * 10 >= letters(cs, ce) * 9) {
            return false;
        }
        Speaker speaker;
        if (participle) {
            int sentStart = tok.sentStart[tok.sentence[cueS]];
            // "Fowler is calling for ...": a progressive verb's own subject, else the sentence's
            Np own = isProgressive(cueS, sentStart) ? npBefore(cueS, sentStart) : null;
            if (own == null && cueS <= sentStart + 3 && b + 2 < tok.size && tok.lower[b + 1].equals(",")) {
                // "Having announced that ..., Judge Berman said": the subject after the opening clause
                Np after = npAfter(b + 2, tok.sentEnd[tok.sentence[cueS]]);
                own = after.empty() || !tok.isCap(after.s()) && !tok.has(after.s(), F_DETERMINER) ? null : after;
            }
            Np subj = own != null && !own.empty() ? own : sentenceSubject(sentStart, cueS);
            speaker = subj == null ? null : resolve(subj, tok.start[subj.s()]);
            if (speaker == null && lastSpeaker != null) {
                speaker = carried(lastSpeaker);
            }
        } else {
            speaker = resolve(subject, tok.start[subject.s()]);
        }
        if (speaker == null) {
            return false;
        }
        String cue = text.substring(tok.start[cueStart(cueS, subject == null ? cueS : Math.min(cueS, subject.e()))],
                tok.end[cueE - 1]);
        double confidence = speaker.named() ? 0.75 : 0.7;
        if (gapFrom > cs && gapTo < ce) {
            found.add(new Found(ClaimKind.INDIRECT, cs, ce, cue, speaker, null, confidence,
                    List.of(new int[] {cs, gapFrom}, new int[] {gapTo, ce})));
        } else {
            found.add(new Found(ClaimKind.INDIRECT, cs, ce, cue, speaker, null, confidence));
        }
        lastIndirectEnd = b + 1;
        lastSpeaker = speaker;
        lastSpeakerParagraph = tok.paragraph[cueS];
        if (speaker.person() != null && speaker.start() >= 0) {
            cast.subject(speaker.start(), speaker.person());
        }
        return true;
    }

    private int letters(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Letters and digits of [from, to) inside claims found since {@code firstFound} (which may overlap). */
    private int coveredLetters(int from, int to, int firstFound) {
        int n = 0;
        int done = from; // everything before `done` is counted; claims are visited by start
        List<Found> inside = new ArrayList<>(found.subList(firstFound, found.size()));
        inside.sort(Comparator.comparingInt(Found::start));
        for (Found f : inside) {
            int a = Math.max(done, f.start());
            int b = Math.min(to, f.end());
            if (a < b) {
                n += letters(a, b);
                done = b;
            }
        }
        return n;
    }

    /** Extends a clause that ends inside a quote it opened to the closing mark: "... to “win the decade.”". */
    private int closeOpenQuote(int cs, int ce) {
        int open = 0;
        int straight = 0;
        for (int i = cs; i < ce; i++) {
            char ch = text.charAt(i);
            if (ch == '“') {
                open++;
            } else if (ch == '”' && open > 0) {
                open--;
            } else if (ch == '"') {
                straight++;
            }
        }
        if (open == 0 && straight % 2 == 0) {
            return ce;
        }
        char close = open > 0 ? '”' : '"';
        int i = ce;
        while (i < text.length() && i < ce + 3 && (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == '!'
                || text.charAt(i) == '?')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == close ? i + 1 : ce;
    }

    /** The claims of the first reading; null during it. */
    private List<Found> firstReading;

    /**
     * Whom a bare role description ("the spy chief") at {@code at} most likely means: the person with the most
     * claims before it in the first reading, else the article's main speaker.
     */
    Cast.Person dominantAt(int at) {
        if (firstReading == null) {
            return null;
        }
        java.util.Map<Cast.Person, Integer> counts = new java.util.HashMap<>();
        Cast.Person best = null;
        int bestCount = 0;
        for (Found f : firstReading) {
            if (f.start() >= at) {
                break;
            }
            if (f.speaker() != null && f.speaker().person() != null && f.speaker().person().human) {
                int n = counts.merge(f.speaker().person(), 1, Integer::sum);
                if (n > bestCount || n == bestCount && f.speaker().person().firstMention < best.firstMention) {
                    best = f.speaker().person();
                    bestCount = n;
                }
            }
        }
        return best != null ? best : dominant;
    }

    /** The named person with the most claims in this article; on a tie, the one named first. */
    private Cast.Person mainSpeaker() {
        java.util.Map<Cast.Person, Integer> counts = new java.util.HashMap<>();
        Cast.Person best = null;
        int bestCount = 0;
        for (Found f : found) {
            if (f.speaker() != null && f.speaker().person() != null && f.speaker().person().human) {
                counts.merge(f.speaker().person(), 1, Integer::sum);
            }
        }
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && best != null
                    && e.getKey().firstMention < best.firstMention) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    Cast cast() {
        return cast;
    }

    Page page() {
        return page;
    }

    // ---------------------------------------------------------------- names

    /**
     * Registers every capitalised name run, marks the ones that open a sentence (or precede a speech verb) as
     * subjects for pronouns, and records appositions and pre-modifiers as the person's descriptions.
     */
    private void findNames() {
        int[] speechScore = new int[0];
        int titledName = -1;
        boolean titledInitial = false;
        for (int i = 0; i < tok.size; i++) {
            if (i != titledName && !startsName(i)) {
                continue;
            }
            int j = i + 1;
            while (j < tok.size && tok.sentence[j] == tok.sentence[i] && continuesName(j) && !endsWithPossessive(j - 1)) {
                j++;
            }
            i = pastOffice(i, j, -1);
            for (int k = i; k < j - 1; k++) {
                if (isHyphenModifier(k)) {
                    i = k + 1; // "a Los Angeles-area Sanders volunteer": the name, if any, starts after it
                }
            }
            int titled = titledNameAfter(j);
            if (titled >= 0) {
                // "Former Arizona governor Jan Brewer": Arizona describes the governor, and the sentence starts
                // with Jan Brewer if it starts with Arizona
                titledName = titled;
                titledInitial = tok.quote[i] < 0 && isSentenceInitial(tok.sentStart[tok.sentence[i]], i);
                i = titled - 1;
                continue;
            }
            List<String> words = new ArrayList<>(j - i);
            for (int k = i; k < j; k++) {
                words.add(tok.surface(k));
            }
            boolean outside = tok.quote[i] < 0;
            int sentStart = tok.sentStart[tok.sentence[i]];
            boolean sentenceInitial = outside && (i == titledName ? titledInitial : isSentenceInitial(sentStart, i));
            int after = skipFillers(j);
            boolean speechSubject = outside && tok.isWord(after) && tok.has(after, F_SPEECH)
                    && !tok.has(after, F_PARTICIPLE) && !endsWithPossessive(j - 1)
                    && !(i > 0 && NP_PREPOSITIONS.contains(tok.lower[i - 1])); // ("took to Twitter to say")
            boolean invertedSubject = outside && i > 0 && tok.isWord(i - 1)
                    && tok.has(i - 1, F_SPEECH) && i - 2 >= 0 && tok.kind[i - 2] != Tokens.WORD;
            Cast.Person p = cast.name(words, tok.start[i], false);
            if (p == null) {
                i = j - 1;
                continue;
            }
            boolean knownFirst = p.gender != Cast.UNKNOWN && p.first != null;
            String pre = tok.isWord(i - 1) && !tok.isCap(i - 1) ? premodifier(i) : null;
            if (pre != null) {
                p.descriptions.add(pre);
                p.human = true;
            }
            if (j - i > 1 && Cast.isTitle(tok.lower[i])) {
                String title = strippedTitle(words);
                if (title != null) {
                    p.descriptions.add(title);
                }
            }
            String appos = j < tok.size && tok.lower[j].equals(",") ? apposition(j) : null;
            if (appos == null && j < tok.size && tok.isWord(j) && tok.lower[j].length() <= 7) {
                appos = copula(j);
            }
            if (appos != null) {
                if (appos.startsWith("or ")) {
                    p.aliases.add(appos.substring(3));
                } else {
                    p.descriptions.add(appos);
                    for (String w : appos.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                        if (Lexicon.role(w) != null || Lexicon.TITLES.contains(w)) {
                            p.human = true;
                        }
                    }
                }
            }
            if (knownFirst || speechSubject || invertedSubject) {
                p.human = p.human || !Cast.isAcronym(p.last) && !Cast.isOrgWord(p.last);
            }
            if (speechSubject || invertedSubject) {
                p.claims++;
            }
            if ((sentenceInitial || speechSubject) && p.human && !endsWithPossessive(j - 1)) {
                cast.subject(tok.start[i], p);
            }
            i = j - 1;
        }
        cast.markNameSubjects();
    }

    /**
     * Where the name starts when the capitalised run ending before {@code j} only modifies the lower-case title
     * after it ("Arizona governor Jan Brewer", "US secretary of state Madeleine Albright"); -1 otherwise.
     */
    private int titledNameAfter(int j) {
        if (!(j < tok.size && tok.isWord(j) && !tok.isCap(j) && Cast.isTitle(tok.lower[j]))) {
            return -1;
        }
        int k = j + 1;
        if (tok.is(k, "of") && k + 1 < tok.size && tok.isWord(k + 1)) {
            k += 2; // "secretary of state"
        }
        boolean name = k < tok.size && tok.sentence[k] == tok.sentence[j] && !Cast.isTitle(tok.lower[k])
                && (startsName(k) || tok.isCap(k) && tok.isCap(k + 1)); // ("Jan Brewer": a month, then a name)
        return name ? k : -1;
    }

    private boolean startsName(int i) {
        if (!tok.isCap(i)) {
            return false;
        }
        String b = tok.bare(i);
        if (Lexicon.CAPITALISED_FUNCTION_WORDS.contains(Cast.stripPossessive(b)) && !Cast.isTitle(b)) {
            return false;
        }
        if ((b.endsWith("ing") || b.endsWith("ly")) && isCapitalisedOnlyAsFirstWord(i)) {
            return false; // "Injecting Clinton’s marital troubles ...", "Domestically, ..."
        }
        if (b.endsWith("n't") || b.endsWith("n’t")) {
            return false; // "Don't", "Can’t": a verb, not a name
        }
        // an all-capitals opening word of a tabloid sentence ("RUSSIANS appalled") is not a name
        return !(tok.isAcronym(i) && tok.end[i] - tok.start[i] > 4 && !tok.isCap(i + 1));
    }

    /**
     * Where a name starts after the office that follows a title: the capitalised run "State John Kerry" after
     * "Secretary of" is John Kerry, "the House Paul Ryan" after "Speaker of" is Paul Ryan; {@code i} otherwise. The
     * run ends at {@code end}; {@code floor} is the first token before it that may not be looked at.
     */
    private int pastOffice(int i, int end, int floor) {
        int k = i;
        if (k - 2 > floor && tok.is(k - 1, "the") && isTitleOf(k - 2)) {
            k--;
        } else if (!(k - 1 > floor && isTitleOf(k - 1))) {
            return i;
        }
        while (k < end - 1 && Lexicon.OFFICES.contains(tok.lower[k])) {
            k++;
        }
        return Math.max(k, i);
    }

    /** A place or a name made an adjective by a hyphen: "Los Angeles-area", "Iowa-based", "Clinton-backed". */
    private boolean isHyphenModifier(int k) {
        int end = tok.end[k];
        int i = end;
        while (i > tok.start[k] && Character.isLowerCase(text.charAt(i - 1))) {
            i--;
        }
        return end - i >= 3 && i - 1 > tok.start[k] && text.charAt(i - 1) == '-';
    }

    /** The "of" of a title with its office: "Secretary of State", "Minister of Defense". */
    private boolean isTitleOf(int k) {
        return tok.is(k, "of") && k > 0 && k + 2 < tok.size && tok.isCap(k - 1)
                && (tok.isCap(k + 1) || tok.is(k + 1, "the") && tok.isCap(k + 2))
                && Lexicon.TITLES_WITH_OFFICE.contains(tok.lower[k - 1]); // (not "Peter King of New York")
    }

    /** Where the run of capitalised words (and name particles, "de", "van") starting at {@code k} ends. */
    private int nameRunEnd(int k, int limit) {
        int e = k;
        while (e < limit && (tok.isCap(e) || continuesName(e))) {
            e++;
        }
        return e;
    }

    private boolean continuesName(int j) {
        if (tok.isCap(j)) {
            String b = tok.bare(j);
            return !Lexicon.CAPITALISED_FUNCTION_WORDS.contains(b) || Cast.isTitle(b)
                    || j > 0 && tok.isCap(j - 1) && !isDayOrMonth(b) && !b.equals("i")
                    && !Lexicon.CAPITALISED_FUNCTION_WORDS.contains(tok.bare(j - 1));
        }
        if (tok.isWord(j) && j + 1 < tok.size && tok.isCap(j + 1)) {
            String l = tok.lower[j];
            return l.equals("de") || l.equals("van") || l.equals("von") || l.equals("bin") || l.equals("al")
                    || l.equals("da") || l.equals("del") || l.equals("der") || l.equals("di") || l.equals("le")
                    || l.equals("la") || l.equals("du") || l.equals("dos") || l.equals("ibn");
        }
        return false;
    }

    private boolean endsWithPossessive(int i) {
        String l = tok.lower[i];
        return l.endsWith("’s") || l.endsWith("'s") || (i + 1 < tok.size && tok.kind[i + 1] == Tokens.MARK
                && tok.end[i] == tok.start[i + 1] && l.endsWith("s") && (tok.lower[i + 1].equals("’")
                || tok.lower[i + 1].equals("'")) && (i + 2 >= tok.size || tok.isWord(i + 2)));
    }

    private boolean isSentenceInitial(int sentStart, int i) {
        int k = sentStart;
        // opening marks, bullets, dashes, emoji
        while (k < i && (tok.kind[k] == Tokens.MARK || tok.kind[k] == Tokens.PUNCT && !tok.lower[k].equals(",")
                && !tok.lower[k].equals("("))) {
            k++;
        }
        if (k == i) {
            return true;
        }
        // "Ex-Army officer Col Richard Kemp", "Former GRU officer ...": a few lower-case modifiers, no comma
        int words = 0;
        for (int m = k; m < i; m++) {
            String l = tok.lower[m];
            if (tok.kind[m] != Tokens.WORD || Lexicon.NP_BREAKERS.contains(l) || Lexicon.SPEECH_VERBS.contains(l)) {
                return false;
            }
            String w = tok.surface(m);
            boolean modifier = !tok.isCap(m) && !l.endsWith("ed") || w.indexOf('-') > 0 || Cast.isAcronym(w)
                    || Cast.isTitle(l) || Lexicon.DETERMINERS.contains(l);
            if (!modifier) {
                return false;
            }
            words++;
        }
        return words <= 4;
    }

    private String premodifier(int i) {
        int k = i - 1;
        if (!tok.isWord(k) || tok.isCap(k)) {
            return null;
        }
        String head = tok.lower[k];
        if (Lexicon.role(head) == null && !Lexicon.TITLES.contains(head)) {
            return null;
        }
        int s = k;
        while (s - 1 >= 0 && k - s < 3 && tok.isWord(s - 1) && tok.sentence[s - 1] == tok.sentence[i]
                && !tok.has(s - 1, F_BREAKER) && !tok.has(s - 1, F_DETERMINER)
                && !tok.has(s - 1, F_SPEECH)) {
            s--;
        }
        return text.substring(tok.start[s], tok.end[k]);
    }

    private static String strippedTitle(List<String> words) {
        int lastTitle = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (Cast.isTitle(words.get(i))) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0) {
            return null;
        }
        String t = String.join(" ", words.subList(0, lastTitle + 1));
        return Lexicon.TITLES.contains(Cast.bare(t)) && t.length() <= 4 ? null : t;
    }

    /** "Alan Hale is the agency's chief." : a description the article states with "is" or "was". */
    private String copula(int j) {
        if (j + 2 >= tok.size || !(tok.is(j, "is") || tok.is(j, "was") || tok.is(j, "became") || tok.is(j, "remains"))
                || !(tok.is(j + 1, "the") || tok.is(j + 1, "a") || tok.is(j + 1, "an"))) {
            return null;
        }
        int k = j + 1;
        while (k < tok.size && k < j + 10 && tok.sentence[k] == tok.sentence[j] && tok.isWord(k)
                && !tok.is(k, "who") && !tok.is(k, "which") && !tok.is(k, "and") && !tok.is(k, "but")
                && !tok.is(k, "in") && !tok.is(k, "at") && !tok.is(k, "since") && !tok.is(k, "for")) {
            k++;
        }
        boolean hasRole = false;
        for (int m = j + 2; m < k; m++) {
            if (Lexicon.role(Cast.bare(Cast.stripPossessive(tok.lower[m]))) != null || tok.has(m, F_TITLE)) {
                hasRole = true;
            }
        }
        return hasRole && k - j > 2 ? text.substring(tok.start[j + 1], tok.end[k - 1]) : null;
    }

    /** ", the spy agency's chief," or ", or 'C'," right after a name. */
    private String apposition(int j) {
        if (j >= tok.size || !tok.lower[j].equals(",") || !tok.isWord(j + 1)) {
            return null;
        }
        String first = tok.lower[j + 1];
        if (!Lexicon.DETERMINERS.contains(first) && !first.equals("or")) {
            return null;
        }
        int k = j + 1;
        int limit = Math.min(tok.size, j + 16);
        while (k < limit && tok.sentence[k] == tok.sentence[j] && !tok.lower[k].equals(",") && !tok.isTerminator(k)
                && !(tok.isWord(k) && tok.has(k, F_SPEECH) && k > j + 2)
                && !(tok.isWord(k) && (tok.lower[k].equals("who") || tok.lower[k].equals("which")))) {
            k++;
        }
        if (k >= limit || k == j + 1 || !tok.lower[k].equals(",")) {
            return null;
        }
        String s = text.substring(tok.start[j + 1], tok.end[k - 1]);
        if (first.equals("or")) {
            return s.replace("'", "").replace("‘", "").replace("’", "");
        }
        return s;
    }

    // ---------------------------------------------------------------- quotes

    /** Attributes the top-level quote {@code qi}; returns how many quotes it consumed (2 when split by its cue). */
    private int attributeQuote(int qi) {
        Quote q = top.get(qi);
        int oTok = tok.at(q.open);
        if (oTok >= tok.size || tok.start[oTok] != q.open || q.open > 0 && text.charAt(q.open - 1) == '=') {
            return 1; // not at a token, or a markup attribute's value (<tweet author="...">)
        }
        int cTok = q.close >= 0 ? tok.at(q.close) : lastTokenBefore(q.contentEnd);
        if (cTok >= tok.size) {
            cTok = tok.size - 1;
        }
        int sentO = tok.sentence[oTok];
        int sentC = tok.sentence[cTok];
        int leftStart = tok.sentStart[sentO];
        for (int k = oTok - 1; k >= leftStart; k--) {
            if (tok.quote[k] >= 0 && tok.quote[k] != qi) {
                leftStart = k + 1;
                break;
            }
        }
        while (leftStart < oTok && tok.kind[leftStart] == Tokens.MARK && tok.quote[leftStart] < 0) {
            leftStart++; // a stray mark that opens no quotation: ‹"“If I was a donor, ...›
        }
        int rightEnd = tok.sentEnd[sentC];
        for (int k = cTok + 1; k < rightEnd; k++) {
            if (tok.quote[k] >= 0 && tok.quote[k] != qi && !isShortAside(tok.quote[k], cTok)) {
                rightEnd = k;
                break;
            }
        }
        int paragraph = tok.paragraph[oTok];
        String content = text.substring(q.contentStart, q.contentEnd);
        int words = countWords(content);

        Speaker speaker = null;
        String cue = null;
        String relayedBy = null;
        double confidence = 0;

        // a transcript turn: "WALLACE: Let's start ..." inside the quote
        int label = transcriptLabel(q);
        int contentStart = q.contentStart;
        if (label > 0) {
            int labelEnd = text.indexOf(':', q.contentStart);
            int ls = tok.at(q.contentStart);
            int le = tok.at(labelEnd);
            speaker = capitalsLabel(ls, le);
            cue = ":";
            confidence = 0.9;
            contentStart = labelEnd + 1;
            while (contentStart < q.contentEnd && Page.isSpace(text.charAt(contentStart))) {
                contentStart++;
            }
        }

        Cue c = null;
        boolean cueAfter = false;
        if (speaker == null) {
            c = rightCue(cTok + 1, rightEnd, q);
            cueAfter = c != null;
            if (c == null) {
                c = leftCue(leftStart, oTok);
            }
            if (c == null && leftStart < oTok) {
                c = anyCueInSentence(leftStart, oTok, cTok + 1, rightEnd);
            }
            if (c == null && leftStart == oTok && oTok > 0 && tok.lower[oTok - 1].equals(":")
                    && tok.paragraph[oTok - 1] == paragraph - 1 && tok.quote[oTok - 1] < 0) {
                // "The New York Times reports:" closing the paragraph before a quoted block
                int prev = tok.sentStart[tok.sentence[oTok - 1]];
                c = leftCue(prev, oTok);
                if (c != null) {
                    leftStart = prev;
                }
            }
        }
        if (c == null && speaker == null && leftStart == oTok) {
            Np signed = signOff(cTok);
            if (signed != null) {
                speaker = resolve(signed, q.open);
                cue = text.substring(tok.start[signed.s() - 1], tok.end[signed.s() - 1]);
                confidence = 0.85;
            }
        }
        if (c != null) {
            speaker = speakerOf(c, leftStart, oTok, q.open);
            cue = text.substring(tok.start[c.s()], tok.end[c.e() - 1]);
            if (c.relayedBy() != null) {
                Speaker r = resolve(c.relayedBy(), q.open);
                relayedBy = r == null ? null : r.name();
                if (r != null && r.person() != null) {
                    cast.subject(tok.start[c.relayedBy().s()], r.person());
                }
            }
            confidence = speaker == null ? 0.3 : speaker.person() != null || !speaker.named() ? 0.9 : 0.85;
            if (speaker != null && speaker.start() < 0) {
                confidence = 0.8;
            }
        }
        if (c == null && speaker == null && leftStart < oTok && !isDirect(q, leftStart, oTok, null)
                && (!isTitleOfWork(content, null) || headlines.get(paragraph)) // a headline capitalises every quote
                && embeddedPredicate(q, oTok, cTok, contentStart)) {
            for (Quote inner : q.children) {
                attributeInner(inner, q, lastSpeaker);
            }
            return 1;
        }
        boolean continues = false;
        if (speaker == null && lastSpeaker != null && paragraph - lastSpeakerParagraph <= 2
                && (q.continuation || leftStart == oTok || paragraph - lastSpeakerParagraph <= 1)) {
            speaker = carried(lastSpeaker);
            continues = true;
            confidence = paragraph == lastSpeakerParagraph ? 0.8 : 0.7;
        }
        if (speaker == null && leftStart == oTok && words >= 4) {
            // a free-standing quote after a sentence about someone: that sentence's subject
            Speaker s = previousSentenceSubject(oTok);
            if (s != null) {
                speaker = s;
                continues = true;
                confidence = 0.6;
            }
        }
        boolean direct = isDirect(q, leftStart, oTok, c);
        if (isTitleOfWork(content, c) && (!continues || !direct || words <= 2) || isProgramme(q, oTok)) {
            return 1;
        }
        if (continues && !direct && words < 3 && c == null && paragraph != lastSpeakerParagraph) {
            return 1; // a one- or two-word fragment with no cue near it is a term, not a claim
        }
        if (speaker == null) {
            // nobody to attribute it to: a claim tracker cannot place it on anyone's timeline (and on PolNeAR
            // train these were more often wrong than right), unless it sits in a clause reported below
            if (!direct) {
                unattributed.add(new Found(ClaimKind.PARTIAL, contentStart, q.contentEnd, null, null, null, 0.6));
            }
            return 1;
        }
        Quote second = cueAfter && speaker != null ? splitContinuation(qi, cTok, sentC) : null;
        if (second != null && !direct && !continuesSentence(second)) {
            // ‹called it “a disaster,” Kile said. “We need ...”›: a partial quote joins only a sentence that goes on
            second = null;
        }
        if (second == null && speaker != null && direct) {
            second = gluedContinuation(qi);
        }
        if (speaker != null) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = tok.paragraph[cTok];
            if (speaker.person() != null && !continues && relayedBy == null) {
                cast.subject(speaker.start() >= 0 ? speaker.start() : q.open, speaker.person());
            }
        }
        if (second != null) {
            // one quotation split by its attribution: one claim from the first part to the last
            found.add(new Found(ClaimKind.DIRECT, contentStart, second.contentEnd, cue, speaker, relayedBy, confidence,
                    List.of(new int[] {contentStart, q.contentEnd}, new int[] {second.contentStart, second.contentEnd})));
            lastSpeakerParagraph = tok.paragraph[Math.min(tok.size - 1, tok.at(second.contentEnd))];
            for (Quote inner : q.children) {
                attributeInner(inner, q, speaker);
            }
            for (Quote inner : second.children) {
                attributeInner(inner, second, speaker);
            }
            return 2;
        }
        List<Quote> listed = coordinatedQuotes(qi);
        if (!listed.isEmpty()) {
            // “profane” and “sexist”, “We are Orlando” and “Disarm hate.”: one claim in parts
            List<int[]> parts = new ArrayList<>();
            parts.add(new int[] {contentStart, q.contentEnd});
            for (Quote l : listed) {
                parts.add(new int[] {l.contentStart, l.contentEnd});
            }
            Quote lastListed = listed.get(listed.size() - 1);
            found.add(new Found(direct ? ClaimKind.DIRECT : ClaimKind.PARTIAL, contentStart, lastListed.contentEnd, cue,
                    speaker, relayedBy, confidence, parts));
            lastSpeakerParagraph = tok.paragraph[Math.min(tok.size - 1, tok.at(lastListed.contentEnd))];
            return 1 + listed.size();
        }
        found.add(new Found(direct ? ClaimKind.DIRECT : ClaimKind.PARTIAL, contentStart, q.contentEnd, cue, speaker,
                relayedBy, confidence));
        for (Quote inner : q.children) {
            attributeInner(inner, q, speaker);
        }
        return 1;
    }

    /**
     * The name signing a quotation that ends its paragraph, on the next line after a dash: ‹"... that bill."› then
     * ‹- Sanders.› or ‹-President Obama, tweeting after the speech.›; null if the next line is not such a signature.
     */
    private Np signOff(int cTok) {
        int k = cTok + 1;
        while (k < tok.size && tok.paragraph[k] == tok.paragraph[cTok] && !tok.isWord(k)) {
            k++;
        }
        if (k + 1 >= tok.size || tok.paragraph[k] != tok.paragraph[cTok] + 1 || !isDash(k) || !tok.isCap(k + 1)
                || tok.quote[k + 1] >= 0) {
            return null;
        }
        int end = k + 1;
        while (end < tok.size && tok.paragraph[end] == tok.paragraph[k] && end - k <= 16) {
            end++;
        }
        if (end < tok.size && tok.paragraph[end] == tok.paragraph[k]) {
            return null; // a long line is a sentence of its own, not a signature
        }
        // the name, then perhaps where or what the speaker is: "-Michelle Marks, Philadelphia."
        int e = nameRunEnd(k + 1, end);
        return e < end && tok.isWord(e) ? null : new Np(k + 1, e);
    }

    /**
     * The quotes that follow quote {@code qi} in its sentence joined to it by "and", "or" or a comma only, each
     * without a cue of its own: ‹“profane” and “sexist”›, ‹“Criminal Minds,” “Game of Thrones” and “Veep”›.
     */
    private List<Quote> coordinatedQuotes(int qi) {
        List<Quote> out = new ArrayList<>(2);
        Quote q = top.get(qi);
        for (int n = qi + 1; n < top.size() && out.size() < 6; n++) {
            Quote next = top.get(n);
            if (q.close < 0 || next.paragraph != q.paragraph || !next.children.isEmpty() && next.unclosed) {
                break;
            }
            int gapFrom = q.close + q.closeWidth;
            String gap = text.substring(gapFrom, Math.max(gapFrom, next.open)).strip();
            if (!(gap.equals("and") || gap.equals("or") || gap.equals(",") || gap.equals(", and") || gap.equals(", or")
                    || gap.equals("and then") || gap.isEmpty() && !text.substring(q.contentEnd, q.close).contains("."))) {
                break;
            }
            if (!hasNoCueAfter(n)) {
                break;
            }
            out.add(next);
            q = next;
        }
        return out;
    }

    /**
     * A short quote inside the words after another quote's close, not right after it: a name or a label in the
     * speaker's description ("“...,” Bill Eastland, wearing “Ted Cruz” campaign pins, said").
     */
    private boolean isShortAside(int qi, int afterTok) {
        Quote q = top.get(qi);
        int o = tok.at(q.open);
        return o > afterTok + 2 && q.close >= 0 && countWords(text.substring(q.contentStart, q.contentEnd)) <= 3;
    }

    /**
     * A partial quote in a sentence without a verb of saying, where the sentence's subject is its source: "Trump
     * openly admires Putin as a “strong leader”", "Reid has been pounding Trump as a “con artist”". The quote is
     * the subject's, and so is the predicate around it (from after the verb to the end of the clause).
     */
    private boolean embeddedPredicate(Quote q, int oTok, int cTok, int contentStart) {
        int sent = tok.sentence[oTok];
        int ss = tok.sentStart[sent];
        int se = tok.sentEnd[sent];
        for (int k = ss; k < oTok; k++) {
            if (tok.quote[k] >= 0) {
                return false; // an earlier quote of the sentence decided (or declined) it
            }
        }
        Np subject = sentenceSubject(ss, oTok);
        boolean headline = headlines.get(tok.paragraph[oTok]);
        if (subject == null || subject.e() >= oTok || !isPersonLike(subject) && !headline) {
            return false; // (a headline's subject is its actor: "Popular Website Shows Bias ...")
        }
        int v = subject.e();
        if (v + 1 < oTok && (tok.is(v, "of") || tok.is(v, "from")) && tok.isCap(v + 1)) {
            v++; // "Gov. Earl Ray Tomblin of West Virginia lauded ..."
            while (v < oTok && (tok.isCap(v) || continuesName(v))) {
                v++;
            }
        }
        v = pastParentheses(v, oTok); // "Harry Reid (D-Nev.), in particular, has been pounding ..."
        int cueFrom = v;
        if (v < oTok && tok.lower[v].equals(",")) {
            // "Aaron Kall, the director of debate at the University of Michigan, compared ...": past the apposition
            int k = v + 1;
            while (k < oTok && k <= v + 14 && !tok.lower[k].equals(",") && tok.kind[k] != Tokens.MARK) {
                k++;
            }
            if (k < oTok && tok.lower[k].equals(",") && k > v + 1) {
                v = k + 1;
                cueFrom = v;
            }
        }
        if (v < oTok && tok.isWord(v) && !tok.isCap(v) && tok.lower[v].endsWith("ing") && !isCharacterizingVerb(v)) {
            // "Protesters marching through the streets chanted ...": past the participle phrase to the verb
            for (int k = v + 1; k < oTok && k <= v + 8 && tok.isWord(k); k++) {
                if (!tok.isCap(k) && tok.lower[k].endsWith("ed") && isCharacterizingVerb(k)) {
                    v = k;
                    cueFrom = k;
                    break;
                }
            }
        }
        while (v < oTok && tok.isWord(v) && !tok.isCap(v) && (AUXILIARIES.contains(tok.lower[v])
                || BE_FORMS.contains(tok.lower[v]) || isAdverb(v))) {
            v++;
        }
        // in a title-case headline any verb after the subject carries its quote ("Hillary Clinton Speaks
        // ‘Directly To White People’", "Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools.’")
        boolean headlineVerb = headline && v < oTok && tok.isWord(v)
                && !tok.has(v, F_DETERMINER) && !NP_PREPOSITIONS.contains(tok.lower[v]);
        if (v >= oTok || !tok.isWord(v) || tok.isCap(v) || !isCharacterizingVerb(v) && !headlineVerb) {
            return false;
        }
        int last = se;
        while (last > ss && tok.kind[last - 1] != Tokens.WORD && !(tok.kind[last - 1] == Tokens.MARK
                && tok.quote[last - 1] >= 0)) {
            last--;
        }
        int a = v + 1;
        if (a > oTok) {
            return false;
        }
        int end = Math.max(clauseEnd(a, last), Math.min(last, cTok + 1));
        Speaker speaker = resolve(subject, tok.start[subject.s()]);
        String head = Cast.bare(Cast.stripPossessive(tok.lower[subject.e() - 1]));
        boolean someone = HUMAN_HEADS.contains(head) || Lexicon.SPEAKER_NOUNS.contains(head) || Lexicon.role(head) != null;
        if (speaker == null || speaker.person() == null && !someone && (tok.isCap(subject.e() - 1)
                || subject.e() - subject.s() == 1 && tok.has(subject.s(), F_PRONOUN))) {
            return false; // "That is ...", "Will there ...", "It invited ...": no one's words ("Protesters" are someone)
        }
        String cue = text.substring(tok.start[cueFrom], tok.end[v]);
        int before = found.size();
        found.add(new Found(ClaimKind.PARTIAL, contentStart, q.contentEnd, cue, speaker, null, 0.6));
        emitIndirect(a, end - 1, v, v + 1, subject, false, before);
        lastSpeaker = speaker;
        lastSpeakerParagraph = tok.paragraph[cTok];
        return true;
    }

    private boolean isCharacterizingVerb(int v) {
        String l = tok.lower[v];
        return Lexicon.CHARACTERIZING_VERBS.contains(l) || Lexicon.SPEECH_VERBS.contains(l)
                || Lexicon.BELIEF_VERBS.contains(l);
    }

    private static final Set<String> BE_FORMS = Lexicon.words("is", "was", "are", "were", "be", "been", "being",
            "has", "have", "had", "'s");

    /**
     * The next quote opening right at this one's closing mark, the paragraph break between them lost in the page's
     * text (‹...an open door.""In that sense...›), with no cue of its own: the same quotation goes on.
     */
    private Quote gluedContinuation(int qi) {
        Quote q = top.get(qi);
        if (qi + 1 >= top.size() || q.close < 0) {
            return null;
        }
        Quote q2 = top.get(qi + 1);
        if (q2.open != q.close + q.closeWidth || q2.unclosed && q2.lastParagraph != q2.paragraph) {
            return null;
        }
        return tok.at(q2.open) < tok.size && hasNoCueAfter(qi + 1) ? q2 : null;
    }

    /** Whether no cue follows quote {@code qi} in its sentence (up to the next quote). */
    private boolean hasNoCueAfter(int qi) {
        Quote q = top.get(qi);
        int c = q.close >= 0 ? tok.at(q.close) : lastTokenBefore(q.contentEnd);
        if (c >= tok.size) {
            return false;
        }
        int rightEnd = tok.sentEnd[tok.sentence[c]];
        for (int k = c + 1; k < rightEnd; k++) {
            if (tok.quote[k] >= 0 && tok.quote[k] != qi) {
                rightEnd = k;
                break;
            }
        }
        return rightCue(c + 1, rightEnd, q) == null;
    }

    /**
     * The second half of "“A,” he said, “B.”" or "“A,” he said. “B.”": the next quote, in the same paragraph, opening
     * right after the cue, with no cue of its own.
     */
    /** ‹..., she says, “but I don't know ...”›: the second part goes on with the sentence (comma, lower case). */
    private boolean continuesSentence(Quote second) {
        int o2 = tok.at(second.open);
        return o2 > 0 && tok.lower[o2 - 1].equals(",") && second.contentStart < second.contentEnd
                && Character.isLowerCase(text.charAt(second.contentStart));
    }

    private Quote splitContinuation(int qi, int cTok, int sentC) {
        if (qi + 1 >= top.size()) {
            return null;
        }
        Quote q2 = top.get(qi + 1);
        int o2 = tok.at(q2.open);
        if (o2 >= tok.size || tok.start[o2] != q2.open || tok.paragraph[o2] != tok.paragraph[cTok] || q2.unclosed
                && q2.lastParagraph != q2.paragraph) {
            return null;
        }
        int s2 = tok.sentence[o2];
        boolean sameSentence = s2 == sentC;
        boolean nextSentence = s2 == sentC + 1 && o2 == tok.sentStart[s2] && tok.sentStart[s2] == tok.sentEnd[sentC];
        if (!sameSentence && !nextSentence) {
            return null;
        }
        for (int k = cTok + 1; k < o2; k++) {
            if (tok.quote[k] >= 0 && tok.quote[k] != qi) {
                return null;
            }
        }
        String before = tok.lower[o2 - 1];
        // the cue ends on an abbreviation that ends the sentence too: "at a rally in Binghamton, N.Y. “..."
        boolean abbreviationEnd = tok.isWord(o2 - 1) && text.charAt(tok.end[o2 - 1] - 1) == '.';
        // ‹“...,” she said, and “clear consequences ...”›: the quotation goes on after the cue
        boolean andAfterCue = before.equals("and") && tok.lower[o2 - 2].equals(",") && o2 - 2 > cTok + 1;
        if (!nextSentence && !before.equals(",") && !before.equals(":") && !tok.isTerminator(o2 - 1) && !abbreviationEnd
                && !andAfterCue) {
            return null;
        }
        return hasNoCueAfter(qi + 1) ? q2 : null;
    }

    /** A quote inside a quote: the inner speaker is named inside the outer quote, or is the one addressed. */
    private void attributeInner(Quote inner, Quote outer, Speaker outerSpeaker) {
        String content = text.substring(inner.contentStart, inner.contentEnd);
        if (firstReading == null || countWords(content) < 2 || outerSpeaker == null) {
            return;
        }
        int oTok = tok.at(inner.open);
        int from = tok.at(outer.contentStart);
        // the words of the outer quote before the inner one, back to two sentence ends
        int s = oTok - 1;
        int ends = 0;
        while (s > from) {
            if (tok.isTerminator(s - 1) && s - 1 < oTok - 1) {
                ends++;
                if (ends == 2) {
                    break;
                }
            }
            s--;
        }
        Speaker speaker = null;
        String cue = null;
        for (int k = oTok - 1; k >= s && speaker == null; k--) {
            if (!tok.isWord(k) || !tok.has(k, F_SPEECH)) {
                continue;
            }
            String l = tok.lower[k];
            if (l.startsWith("quot")) {
                Np np = npAfter(k + 1, oTok);
                if (!np.empty() && endsWithPossessive(np.s()) && tok.isCap(np.s())) {
                    np = new Np(np.s(), np.s() + 1); // "I quote Prigozhin's own words"
                }
                if (!np.empty()) {
                    speaker = resolveInside(np, from);
                }
            }
            if (speaker == null && !Lexicon.PARTICIPLE_CUES.contains(l)) {
                Np np = npBefore(k, s);
                if (!np.empty()) {
                    speaker = resolveInside(np, from);
                }
            }
            if (speaker != null) {
                cue = tok.surface(k);
            }
        }
        if (speaker == null && oTok - 1 >= s && tok.lower[oTok - 1].equals(":")) {
            int ss = oTok - 1;
            while (ss > s && !tok.isTerminator(ss - 1)) {
                ss--;
            }
            Np np = npForward(ss, oTok - 1);
            if (!np.empty()) {
                speaker = resolveInside(np, from);
                cue = ":";
            }
        }
        boolean addressed = false;
        if (speaker == null) {
            addressed = addressesSomeone(outer);
            if (addressed) {
                Cast.Person p = addressee(outer, outerSpeaker);
                if (p != null) {
                    speaker = new Speaker(p.name, p.name, -1, -1, true, p);
                }
            }
        }
        String relayedBy = outerSpeaker.name();
        if (speaker == null) {
            speaker = carried(outerSpeaker); // the speaker quoting his own words
            relayedBy = null;
        }
        if (speaker.person() != null && outerSpeaker.person() == speaker.person()) {
            relayedBy = null;
        }
        Quote parentSentence = inner;
        boolean direct = oTok - 1 >= 0 && (tok.lower[oTok - 1].equals(":") || tok.isTerminator(oTok - 1)
                || tok.lower[oTok - 1].equals(","));
        found.add(new Found(direct ? ClaimKind.DIRECT : ClaimKind.PARTIAL, inner.contentStart, inner.contentEnd, cue,
                speaker, relayedBy, 0.6));
        for (Quote deeper : parentSentence.children) {
            attributeInner(deeper, inner, speaker);
        }
    }

    private boolean addressesSomeone(Quote outer) {
        int a = tok.at(outer.contentStart);
        int b = tok.at(outer.contentEnd);
        for (int k = a; k < b; k++) {
            if (tok.isWord(k) && (tok.lower[k].equals("you") || tok.lower[k].equals("your"))) {
                return true;
            }
        }
        return false;
    }

    /** Who a reply speaks to: a name used in the quote as a vocative, else the article's main speaker. */
    private Cast.Person addressee(Quote outer, Speaker outerSpeaker) {
        int a = tok.at(outer.contentStart);
        int b = tok.at(outer.contentEnd);
        for (int k = a; k + 1 < b; k++) {
            if (tok.lower[k].equals(",") && tok.isCap(k + 1) && k > a && (tok.lower[k - 1].equals("you"))) {
                int e = k + 1;
                List<String> w = new ArrayList<>();
                while (e < b && tok.isCap(e)) {
                    w.add(tok.surface(e));
                    e++;
                }
                Cast.Person p = findPerson(w);
                if (p != null && p != outerSpeaker.person()) {
                    return p;
                }
            }
        }
        if (dominant != null && dominant != outerSpeaker.person()) {
            return dominant;
        }
        return null;
    }

    private Cast.Person findPerson(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String last = Cast.stripPossessive(words.get(words.size() - 1));
        for (Cast.Person p : cast.withSurname(last)) {
            if (p.human) {
                return p;
            }
        }
        return null;
    }

    private Speaker resolveInside(Np np, int quoteStartTok) {
        if (np.e() - np.s() == 1 && tok.has(np.s(), F_PRONOUN)) {
            String pr = tok.lower[np.s()];
            if (pr.equals("he") || pr.equals("she")) {
                // the most recent person named inside the quote
                for (int k = np.s() - 1; k >= quoteStartTok; k--) {
                    if (tok.isCap(k) && startsNameBackward(k)) {
                        Cast.Person p = findPerson(List.of(tok.surface(k)));
                        if (p != null) {
                            return new Speaker(p.name, tok.surface(np.s()), tok.start[np.s()], tok.end[np.s()], true, p);
                        }
                    }
                }
            }
            return null;
        }
        return resolve(np, tok.start[np.s()]);
    }

    private boolean startsNameBackward(int k) {
        String b = tok.bare(k);
        return !Lexicon.CAPITALISED_FUNCTION_WORDS.contains(b);
    }

    // ---------------------------------------------------------------- cues

    /** ", said Moore.", ", Moore said.", ", he added", ", according to X", "― Name", ", quoting Hamlet,". */
    private Cue rightCue(int from, int to, Quote q) {
        int k = from;
        while (k < to && (tok.lower[k].equals(",") || tok.kind[k] == Tokens.MARK)) {
            k++;
        }
        if (k >= to) {
            return null;
        }
        String w = tok.lower[k];
        if (tok.kind[k] == Tokens.PUNCT && (w.equals("―") || w.equals("—") || w.equals("–") || w.equals("-")
                || w.equals("--"))) {
            Np np = npAfter(k + 1, to);
            if (!np.empty() && tok.isCap(np.s())) {
                return new Cue(k, k + 1, np, false, null);
            }
            return null;
        }
        if (!tok.isWord(k)) {
            return null;
        }
        if (w.equals("according") && tok.is(k + 1, "to")) {
            Np np = npAfter(k + 2, to);
            return np.empty() ? null : new Cue(k, k + 2, np, false, null);
        }
        if (Lexicon.SPEECH_VERBS.contains(w)) {
            if (Lexicon.PARTICIPLE_CUES.contains(w)) {
                int e = w.startsWith("quot") ? npAfter(k + 1, to).e() : k + 1;
                return new Cue(k, Math.max(k + 1, e), null, true, null);
            }
            Np np = npAfter(k + 1, to);
            if (!np.empty()) {
                return new Cue(k, k + 1, np, false, null);
            }
            return null;
        }
        // NP [fillers] verb
        Np np = npForward(k, to);
        if (np.empty()) {
            return longSubjectCue(k, to, q);
        }
        int v = np.e();
        if (v < to && tok.lower[v].equals("(")) {
            v = pastParentheses(v, to); // "Rep. Gwen Moore (D-Wis.) said"
        } else if (v + 2 < to && tok.lower[v].equals(",") && isPartyTag(v + 1)) {
            // "Mitch McConnell, R-Ky., said"
            int c = v + 2;
            if (c < to && tok.lower[c].equals(".")) {
                c++;
            }
            if (c < to && tok.lower[c].equals(",")) {
                v = c + 1;
            }
        }
        v = skipFillers(v);
        if (v < to && tok.isWord(v) && (tok.has(v, F_SPEECH) || isPointOut(v))
                && !tok.has(v, F_PARTICIPLE)) {
            return new Cue(v, cueEnd(v, to), np, false, null);
        }
        if (v < to && (tok.is(v, "in") || tok.is(v, "of") || tok.is(v, "at") || tok.is(v, "from") || tok.is(v, "for")
                || tok.is(v, "with")) && !tok.isCap(np.s())) {
            // "a narrator in the Clinton ad asks": an unnamed source with its phrase
            int w2 = v + 1;
            while (w2 < to && w2 < v + 6 && tok.isWord(w2) && !tok.has(w2, F_SPEECH)) {
                w2++;
            }
            if (w2 < to && w2 > v + 1 && tok.isWord(w2) && !tok.isCap(w2) && tok.has(w2, F_SPEECH)
                    && !tok.has(w2, F_PARTICIPLE)
                    && (!AMBIGUOUS.contains(tok.lower[w2]) || w2 + 1 >= to || tok.kind[w2 + 1] == Tokens.PUNCT)) {
                // ("a narrator in the ad states." ends on its verb; "the leaders in the states" has none)
                return new Cue(w2, cueEnd(w2, to), new Np(np.s(), w2), false, null);
            }
        }
        // NP, apposition, verb: "Texas delegate Bill Eastland, wearing a cowboy hat, said"
        if (v < to) {
            for (int m = v + 1; m < to && m < v + 32; m++) {
                if (tok.isWord(m) && !tok.isCap(m) && tok.has(m, F_SPEECH)
                        && !tok.has(m, F_PARTICIPLE) && tok.lower[m - 1].equals(",")) {
                    Np subject = npBefore(m, k);
                    // the phrase itself, or the name set off right after it ("Sanders's campaign manager, Jeff
                    // Weaver, said")
                    if (!subject.empty() && (subject.s() <= k + 3 || tok.lower[np.e()].equals(",")
                            && subject.s() == np.e() + 1)) {
                        return new Cue(m, cueEnd(m, to), subject, false, null);
                    }
                    break;
                }
            }
        }
        return longSubjectCue(k, to, q);
    }

    /**
     * After a quotation that closes on its own comma the cue follows, however long its subject: ‹“...,” Fight for
     * $15 organizing director Kendall Fells told Fox News.›; null if no name stands right before a verb of saying.
     */
    private Cue longSubjectCue(int k, int to, Quote q) {
        int before = q.close - 1;
        while (before > q.open && Page.isSpace(text.charAt(before))) {
            before--;
        }
        if (q.close < 0 || text.charAt(before) != ',') {
            return null;
        }
        for (int m = k + 1; m < to && m < k + 14 && tok.quote[m] < 0; m++) {
            if (tok.isWord(m) && !tok.isCap(m) && tok.has(m, F_SPEECH) && !tok.has(m, F_PARTICIPLE)) {
                Np subject = npBefore(m, k);
                return tok.isCap(m - 1) && !subject.empty() && subject.e() == m
                        ? new Cue(m, cueEnd(m, to), subject, false, null) : null;
            }
        }
        return null;
    }

    /** "He said: “", "Moore said “", "told CNN: “", ", saying: “", "quoted Prigozhin as saying, “", "Moscow : “". */
    private Cue leftCue(int from, int oTok) {
        int k = oTok - 1;
        if (k < from) {
            return null;
        }
        boolean colon = tok.lower[k].equals(":");
        boolean comma = tok.lower[k].equals(",");
        if (colon || comma) {
            k--;
        }
        // "said that “", "told CNN “", "went on to say that “"
        if (k >= from && tok.is(k, "that")) {
            k--;
        }
        int verb = -1;
        if (k - 1 >= from && tok.is(k, "it") && (tok.is(k - 1, "put") || tok.is(k - 1, "puts")) && (colon || comma)) {
            verb = k - 1; // "As Professor Foner put it: “...”"
        }
        for (int m = k; verb < 0 && m >= from && m >= k - 3; m--) {
            if (m - 1 >= from && isPointOut(m - 1)) {
                verb = m - 1; // "As David Byler pointed out in December, “...”"
                break;
            }
            if (tok.isWord(m) && tok.has(m, F_SPEECH)) {
                if (AMBIGUOUS.contains(tok.lower[m]) && !isVerbUse(m, from)) {
                    break; // "rated 32% of Republican claims as “false”": a noun
                }
                verb = m;
                break;
            }
            if (!tok.isWord(m)) {
                break;
            }
        }
        if (verb < 0 && colon) {
            // a colon lead-in without a speech verb: "X wanted to send a message to Moscow: “..."
            for (int m = k; m >= from; m--) {
                if (tok.isWord(m) && tok.has(m, F_SPEECH)
                        && !tok.has(m, F_WEAK)) {
                    verb = m;
                    break;
                }
            }
            if (verb < 0) {
                Np subject = sentenceSubject(from, oTok);
                return subject == null ? null : new Cue(oTok - 1, oTok, subject, false, null);
            }
        }
        if (verb < 0) {
            return null;
        }
        return verbCue(verb, from, oTok);
    }

    /** Builds the cue around a speech verb found before a quote. */
    private Cue verbCue(int verb, int from, int limit) {
        String l = tok.lower[verb];
        if (Lexicon.PARTICIPLE_CUES.contains(l)) {
            // "quoted Prigozhin as saying": Prigozhin speaks, relayed by the subject of "quoted"
            if (tok.is(verb - 1, "as") && verb - 2 >= from) {
                int objEnd = verb - 1;
                int q = -1;
                for (int m = objEnd - 1; m >= from && m >= objEnd - 6; m--) {
                    if (tok.isWord(m) && tok.lower[m].startsWith("quot")) {
                        q = m;
                        break;
                    }
                }
                if (q >= 0) {
                    Np speaker = new Np(q + 1, objEnd);
                    Np relayer = npBefore(q, from);
                    return new Cue(q, verb + 1, speaker, false, relayer.empty() ? null : relayer);
                }
            }
            return new Cue(verb, verb + 1, null, true, null);
        }
        Np antecedent = limit - verb <= 4 ? relativeAntecedent(verb, from) : null;
        if (antecedent != null && !antecedent.empty()) {
            // "the Chicago Police Department which reported “...”", "Obama, who called it “...”"
            return new Cue(verb, cueEnd(verb, limit), antecedent, false, null);
        }
        Np np = subjectBefore(verb, from);
        if (np.empty()) {
            // inverted before the quote: "Said Trump: “..."
            if (verb != from) {
                return null;
            }
            Np after = npAfter(verb + 1, limit);
            if (after.empty()) {
                return null;
            }
            return new Cue(verb, verb + 1, after, false, null);
        }
        return new Cue(cueStart(verb, np.e()), cueEnd(verb, limit), np, false, null);
    }

    /**
     * The subject of the verb at {@code verb}: the noun phrase before it, or the name before a phrase of place or
     * time that sits between them ("Trump in his announcement speech called ...").
     */
    private Np subjectBefore(int verb, int from) {
        Np np = npBefore(verb, from);
        if (np.empty() || np.s() - 2 < from || !NP_PREPOSITIONS.contains(tok.lower[np.s() - 1])) {
            return np;
        }
        // the noun found is a preposition's object: the subject is a name before the phrase it ends
        int p = np.s() - 1;
        if (np.s() - 2 > from && tok.lower[np.e()].equals(",")) {
            // "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said": the phrase is set off
            // by commas; the subject is before its first comma
            for (int c = p - 1; c > from && c > np.s() - 14; c--) {
                if (tok.lower[c].equals(",")) {
                    Np outer = nameEndingAt(c, from, false, false);
                    if (outer != null) {
                        return outer;
                    }
                    break;
                }
            }
        }
        if (!tok.isCap(np.s()) && (tok.is(p, "in") || tok.is(p, "during") || tok.is(p, "at"))) {
            Np outer = nameEndingAt(p, from, false, false); // "Trump in his announcement speech called ..."
            if (outer != null) {
                return outer;
            }
        }
        int w = p - 1; // the word the phrase hangs on
        if (w - 1 >= from && tok.isWord(w) && !tok.isCap(w)) {
            if (tok.lower[w].endsWith("ing")) {
                Np outer = nameEndingAt(w, from, true, false); // "Protesters marching through the streets chanted"
                if (outer != null) {
                    return outer;
                }
            }
            if (tok.is(verb - 1, "to") && !NP_PREPOSITIONS.contains(tok.lower[w])) {
                Np outer = nameEndingAt(w, from, false, true); // "Trump took to Twitter overnight to accuse ..."
                if (outer != null) {
                    return outer;
                }
            }
        }
        return np;
    }

    /**
     * The noun phrase that ends right before token {@code e} when it is a name (or, as asked, a description of
     * people or a pronoun); null otherwise.
     */
    private Np nameEndingAt(int e, int from, boolean personLike, boolean pronoun) {
        Np np = npBefore(e, from);
        return !np.empty() && np.e() == e && (tok.isCap(e - 1) || personLike && isPersonLike(np)
                || pronoun && tok.has(np.s(), F_PRONOUN)) ? np : null;
    }

    /** Prepositions: a noun phrase after one is their object ("Democrats on Capitol Hill"). */
    private static final Set<String> NP_PREPOSITIONS = Lexicon.words("to", "on", "in", "at", "from", "with", "via",
            "into", "onto", "over", "under", "about", "for", "by", "of", "during", "through");

    /** A speech verb anywhere in the reporter's part of the sentence, for quoted fragments inside paraphrase. */
    private Cue anyCueInSentence(int leftFrom, int leftTo, int rightFrom, int rightTo) {
        for (int m = leftTo - 1; m >= leftFrom; m--) {
            if (tok.isWord(m) && (tok.has(m, F_SPEECH) || tok.has(m, F_BELIEF))
                    && tok.quote[m] < 0
                    && (!tok.has(m, F_WEAK) && !NOUN_LIKE.contains(tok.lower[m])
                    && !tok.has(m, F_BELIEF) || isStrongUse(m, leftFrom))) {
                Cue c = verbCue(m, leftFrom, leftTo);
                if (c != null) {
                    return c;
                }
            }
            if (tok.isWord(m) && tok.lower[m].equals("according") && tok.is(m + 1, "to")) {
                Np np = npAfter(m + 2, leftTo);
                if (!np.empty()) {
                    return new Cue(m, m + 2, np, false, null);
                }
            }
        }
        for (int m = rightFrom; m < rightTo; m++) {
            if (tok.isWord(m) && tok.quote[m] < 0 && tok.has(m, F_SPEECH)
                    && !tok.has(m, F_WEAK)
                    && !tok.has(m, F_PARTICIPLE) && !(AMBIGUOUS.contains(tok.lower[m]) && !isVerbUse(m, rightFrom))) {
                Np np = npBefore(m, rightFrom);
                if (!np.empty()) {
                    return new Cue(m, m + 1, np, false, null);
                }
            }
        }
        return null;
    }

    /**
     * A weak verb ("expressed", "described") counts when a subject sits right before it; a form that is also a
     * plural noun ("states", "claims", "reports") only when a clause or a quote follows it.
     */
    private boolean isStrongUse(int m, int from) {
        String l = tok.lower[m];
        if (AMBIGUOUS.contains(l) && !isVerbUse(m, from)) {
            return false;
        }
        if (NOUN_LIKE.contains(l) && !(tok.is(m + 1, "that") || tok.is(m + 1, ":") || tok.kind[m + 1] == Tokens.MARK)) {
            return false;
        }
        return !npBefore(m, from).empty();
    }

    /** Capitalised adjectives: a noun of saying after one is a noun ("Democratic calls", "Republican claims"). */
    private static final Set<String> NOUN_ADJECTIVES = Lexicon.words("democratic", "republican", "american",
            "conservative", "liberal", "progressive", "russian", "chinese", "european", "british", "french", "german",
            "israeli", "palestinian", "mexican", "federal", "national", "international", "public", "official");

    /** Verb forms that are also nouns ("the claim that", "15 states that"). */
    private static final Set<String> AMBIGUOUS = Lexicon.words("state", "states", "note", "notes", "report",
            "reports", "claim", "claims", "answer", "answers", "tweet", "tweets", "hold", "holds", "comment",
            "comments", "remark", "remarks", "charge", "charges", "reply", "replies", "call", "calls", "post",
            "posts", "promise", "promises", "pledge", "pledges", "vow", "vows", "quote", "quotes", "counter",
            "counters", "demand", "demands", "question", "questions", "stress", "stresses", "recall", "recalls",
            "warning", "warnings", "concern", "concerns", "boast", "boasts", "joke", "jokes", "attack", "attacks",
            "praise", "praises", "welcome", "welcomes", "mock", "mocks", "hail", "hails", "slam", "slams",
            "blast", "blasts", "lament", "laments", "cite", "cites", "tout", "touts", "mention", "mentions");

    private static final Set<String> AUXILIARIES = Lexicon.words("will", "would", "to", "did", "does", "do", "can",
            "could", "may", "might", "must", "should", "shall", "has", "have", "had", "not", "never", "also", "often",
            "still", "even", "repeatedly", "publicly", "privately", "later", "then", "reportedly", "now", "once",
            "frequently", "always", "usually", "typically", "generally", "just", "recently", "previously", "long");

    /** A verb form that is also a noun is a verb after a pronoun, an auxiliary, a name, or a plural source. */
    private boolean isVerbUse(int m, int s) {
        int k = m - 1;
        while (k >= s && isAdverb(k)) {
            k--;
        }
        if (k < s || !tok.isWord(k)) {
            return false;
        }
        String prev = tok.lower[k];
        if (Lexicon.PRONOUNS.contains(prev) || prev.equals("who") || prev.equals("which")
                || AUXILIARIES.contains(prev)) {
            return true;
        }
        if (endsWithPossessive(k)) {
            return false; // "Moore's claims that ..."
        }
        if (tok.isCap(k)) {
            if (NOUN_ADJECTIVES.contains(prev)) {
                return false; // "Democratic calls for her to bow out": an adjective, so a noun follows
            }
            int r = k;
            while (r - 1 >= s && tok.isCap(r - 1)) {
                r--;
            }
            // "the Mueller reports", "Trump's campaign claims": an article makes a noun of it; "former Rep. David
            // Duke reports that" is a verb after a name with its title
            int d = r - 1;
            if (d - 1 >= s && tok.has(d, F_DETERMINER) && !ARTICLES.contains(tok.lower[d])) {
                d--; // "a former Confederate state that ...": the article comes before "former"
            }
            return !(d >= s && tok.isWord(d) && (ARTICLES.contains(tok.lower[d]) || tok.lower[d].equals("of")));
        }
        if (!Lexicon.SPEAKER_NOUNS.contains(prev) && !WRITTEN_SOURCES.contains(prev)) {
            return false;
        }
        // agreement: "officials say", "the report states"
        boolean pluralSubject = prev.endsWith("s") && !prev.endsWith("ss");
        return pluralSubject != tok.lower[m].endsWith("s");
    }

    private static final Set<String> ARTICLES = Lexicon.words("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "these", "those");

    private static final Set<String> NOUN_LIKE = Lexicon.words("states", "claims", "reports", "calls", "notes",
            "remarks", "comments", "answers", "questions", "demands", "charges", "counters", "posts", "tweets",
            "promises", "pledges", "vows", "warnings", "quotes", "holds", "stresses", "recalls", "responds",
            "replies", "reveals", "denies", "thinks", "fears", "hopes", "expects", "argues", "adds");

    private int cueStart(int verb, int npEnd) {
        int s = verb;
        // "went on to say", "continued to insist"
        if (verb - 3 >= npEnd && tok.is(verb - 1, "to") && tok.is(verb - 2, "on") && tok.is(verb - 3, "went")) {
            s = verb - 3;
        }
        return s;
    }

    /** "a new group called Black Votes Matter": "called" names the noun before it; nobody says anything. */
    private boolean isNamingParticiple(int m) {
        if (!tok.is(m, "called") || m == 0 || !tok.isWord(m - 1) || tok.isCap(m - 1) || !tok.isCap(m + 1)) {
            return false;
        }
        String before = tok.lower[m - 1];
        if (tok.has(m - 1, F_PRONOUN) || tok.has(m - 1, F_FILLER) || AUXILIARIES.contains(before)) {
            return false;
        }
        for (int k = m - 2; k >= 0 && k >= m - 4 && tok.isWord(k); k--) {
            if (tok.is(k, "a") || tok.is(k, "an")) {
                return true; // "a Facebook group called ...", "a new group called ..."
            }
        }
        return !HUMAN_HEADS.contains(before) && !Lexicon.SPEAKER_NOUNS.contains(before);
    }

    /** A quote mark that opens a quote at token {@code k}: ‹vowed to “take our fight” to ...›. */
    private boolean opensQuote(int k) {
        return tok.kind[k] == Tokens.MARK && tok.quote[k] >= 0 && top.get(tok.quote[k]).open == tok.start[k];
    }

    /** "pointed out", "points out": a verb of saying in two words. */
    private boolean isPointOut(int k) {
        return tok.is(k + 1, "out") && (tok.is(k, "pointed") || tok.is(k, "points") || tok.is(k, "point"));
    }

    private int cueEnd(int verb, int limit) {
        int e = verb + 1;
        String l = tok.lower[verb];
        if (e < limit && tok.is(e, "out") && l.startsWith("point")) {
            return e + 1;
        }
        if ((l.equals("told") || l.equals("tells") || l.equals("tell") || l.equals("telling")) && e < limit) {
            e = addresseeEnd(e, limit); // the addressee belongs to the cue: "told CNN", "told reporters"
        }
        return e;
    }

    /**
     * The end of the addressee after "told": an object pronoun ("told him"), a name ("told The New York Times"), or
     * a short phrase ("told reporters", "told a group of supporters"); it stops where the reported clause's own
     * subject starts ("told reporters she was ...", "told AFP the race was over").
     */
    private int addresseeEnd(int e, int limit) {
        if (!tok.isWord(e)) {
            return e;
        }
        if (OBJECT_PRONOUNS.contains(tok.lower[e]) && !(tok.is(e, "her") && opensNounPhrase(e + 1))) {
            return e + 1; // ("told her closest aides": "her" owns the addressee)
        }
        int k = e;
        // after an article or a name, capitalised words belong to the addressee ("told the Tampa Bay Times", "told
        // New York magazine"); after a bare noun they start the clause ("told reporters Trump was ...")
        boolean names = true;
        if (tok.has(k, F_DETERMINER) && !tok.is(k, "that")) {
            k++; // "told the Tampa Bay Times", "told The Post"
        } else {
            names = tok.isCap(k);
        }
        while (k < limit && k < e + 6 && tok.isWord(k) && (names || !tok.isCap(k)) && !tok.is(k, "that")
                && !tok.is(k, "to") && !tok.has(k, F_DETERMINER) && !tok.has(k, F_PRONOUN)
                && !(tok.has(k, F_SPEECH) && !tok.isCap(k)) && !BE_FORMS.contains(tok.lower[k])
                && !AUXILIARIES.contains(tok.lower[k])
                && !(SUBORDINATORS.contains(tok.lower[k]) && !tok.is(k, "of"))) {
            k++; // ("told reporters on Monday that": the phrase of time is not the addressee)
        }
        return k;
    }

    /** A lower-case word that goes on a noun phrase after a possessive: "closest", "aides"; not "the", "that", "was". */
    private boolean opensNounPhrase(int k) {
        return tok.isWord(k) && !tok.isCap(k) && !tok.has(k, F_DETERMINER) && !tok.has(k, F_PRONOUN)
                && !tok.has(k, F_BREAKER) && !tok.has(k, F_SPEECH) && !AUXILIARIES.contains(tok.lower[k])
                && !BE_FORMS.contains(tok.lower[k]) && !SUBORDINATORS.contains(tok.lower[k]);
    }

    /** Pronouns as objects: "told him", "people close to her". */
    private static final Set<String> OBJECT_PRONOUNS = Lexicon.words("him", "her", "them", "it", "us", "me", "you");

    private int skipFillers(int k) {
        int n = 0;
        while (k < tok.size && tok.isWord(k) && n < 4
                && isFiller(k)
                && !tok.has(k, F_SPEECH)) {
            k++;
            n++;
        }
        return k;
    }

    /**
     * Where a phrase of time that ends at {@code k} starts ("in the past", "in recent years", "over the years", "at
     * the time"), or -1.
     */
    private int timePhraseStart(int k) {
        if (!tok.isWord(k) || !(DURATIONS.contains(tok.lower[k]) || tok.is(k, "past") || tok.is(k, "time"))) {
            return -1;
        }
        int p = k - 1;
        if (p >= 0 && tok.isWord(p) && (tok.has(p, F_DETERMINER) || tok.is(p, "recent") || tok.is(p, "past"))) {
            p--;
        }
        boolean preposition = p >= 0 && (tok.is(p, "in") || tok.is(p, "over") || tok.is(p, "at") || tok.is(p, "for"));
        return preposition && p < k ? p : -1;
    }

    /** An auxiliary, a listed adverb, a word of time or any adverb in "-ly" ("has just", "then loudly"). */
    private boolean isFiller(int k) {
        return tok.isWord(k) && (tok.has(k, F_FILLER) || tok.has(k, F_TIME) || isAdverb(k));
    }

    /** A lower-case word in "-ly" that is not a listed noun or adjective ("family", "elderly"). */
    private boolean isAdverb(int k) {
        String l = tok.lower[k];
        int n = l.length();
        if (n <= 3 || l.charAt(n - 1) != 'y' || l.charAt(n - 2) != 'l') {
            return false; // (the common case, tested first: the engine asks this of most words)
        }
        return tok.isWord(k) && !tok.isCap(k) && !Lexicon.NOT_ADVERBS.contains(l);
    }

    // ---------------------------------------------------------------- noun phrases

    /** The subject of a speech verb at {@code verb}: "Moore", "The spy chief", "Sir Richard, speaking ..., said". */
    /** The token after a short parenthesis that opens at {@code k} ("(D-Wis.)"), else {@code k}. */
    private int pastParentheses(int k, int limit) {
        if (k < limit && tok.lower[k].equals("(")) {
            int close = k + 1;
            while (close < limit && close < k + 8 && !tok.lower[close].equals(")")) {
                close++;
            }
            if (close < limit && tok.lower[close].equals(")")) {
                return close + 1;
            }
        }
        return k;
    }

    /** The token before a short parenthesis that ends at {@code k} ("(R-Ky.)"), else {@code k}. */
    private int beforeParentheses(int k, int from) {
        if (k >= from && tok.lower[k].equals(")")) {
            int p = k - 1;
            while (p >= from && p > k - 8 && !tok.lower[p].equals("(")) {
                p--;
            }
            if (p >= from && tok.lower[p].equals("(")) {
                return p - 1;
            }
        }
        return k;
    }

    private Np npBefore(int verb, int from) {
        Np np = npBeforeVerb(verb, from);
        if (verb - 1 > from && isSetOff(verb - 1) && (np.empty() || !tok.isCap(np.e() - 1) && !isPersonLike(np))) {
            Np lead = leadingName(verb - 1, from);
            if (lead != null) {
                return lead;
            }
        }
        return np;
    }

    /** A comma or a dash: what sets an aside off from the clause around it. */
    private boolean isSetOff(int k) {
        return tok.lower[k].equals(",") || isDash(k);
    }

    /**
     * A name that opens the sentence and is set off from its verb by a long aside: "Michael Seaman, who lives
     * outside the state capital, Sacramento, said", "Jason Sims — a teacher from Mount Pleasant — says".
     */
    private Np leadingName(int close, int from) {
        int c = from;
        while (c < close && c < from + 6 && (tok.isCap(c) || c > from && continuesName(c))) {
            c++;
        }
        if (c - from < 2 || c >= close || !isSetOff(c) || tok.has(from, F_DETERMINER)
                || Lexicon.CAPITALISED_FUNCTION_WORDS.contains(tok.lower[from])) {
            return null;
        }
        boolean who = tok.is(c + 1, "who");
        if (!who && !tok.has(c + 1, F_DETERMINER) && !tok.has(c + 1, F_TITLE)) {
            return null; // "Michael Seaman, who ...", "Jason Sims — a teacher ...", "Anne Richards, assistant ..."
        }
        for (int k = c + 1; k < close; k++) {
            if (tok.isTerminator(k) || tok.kind[k] == Tokens.MARK || k > c + 40
                    || tok.isWord(k) && tok.has(k, F_SPEECH) && !tok.isCap(k) && !AMBIGUOUS.contains(tok.lower[k])) {
                return null; // the aside has its own report, or is no aside ("the state capital" is a noun)
            }
        }
        return new Np(from, c);
    }

    private Np npBeforeVerb(int verb, int from) {
        int k = verb - 1;
        int skipped = 0;
        while (k >= from && skipped < 6 && !tok.has(k, F_PRONOUN)) {
            int t = timePhraseStart(k); // "have in the past said", "over the years has said"
            if (t >= from) {
                k = t - 1;
            } else if (isFiller(k)) {
                k--;
            } else {
                break;
            }
            skipped++;
        }
        k = beforeParentheses(k, from); // "Sen. Mitch McConnell (R-Ky.) said"
        if (k > from && isDash(k)) {
            int p = k - 1;
            while (p > from && p > k - 32 && !isDash(p) && !tok.isTerminator(p)) {
                p--;
            }
            if (p > from && isDash(p) && tok.isWord(p + 1) && !tok.isCap(p + 1)) {
                // "The justice -- who has been in a scuffle over the past days -- said", "Many speakers — including
                // Muslims, Christians, Jews — said"
                k = p - 1;
            }
        }
        if (k >= from && (tok.lower[k].equals(",") || isClauseComma(k) && tok.quote[k] >= 0)) {
            // a parenthetical between subject and verb: ", speaking at the British embassy,", ", a spokeswoman,",
            // ", the co-author of “Going Viral,”" (a comma inside a quotation does not open it)
            int p = k - 1;
            while (p >= from && p > k - 32 && !(tok.lower[p].equals(",") && tok.quote[p] < 0) && !tok.isTerminator(p)) {
                p--;
            }
            if (p > from && tok.lower[p].equals(",") && p + 1 < k && tok.isWord(p + 1)
                    && (tok.isWord(p - 1) || tok.lower[p - 1].equals(")"))) {
                // "The state's campaign chairman, Phil Lovas, said": the name between the commas is the speaker
                boolean nameOnly = true;
                for (int q = p + 1; q < k && nameOnly; q++) {
                    nameOnly = tok.isCap(q) || continuesName(q);
                }
                if (nameOnly && k - p - 1 >= 2 && !tok.isCap(p - 1)) {
                    return new Np(p + 1, k);
                }
                k = p - 1;
                if (k - 1 > from && (isFiller(k) || ASIDES.contains(tok.lower[k])) && tok.lower[k - 1].equals(",")) {
                    k -= 2; // "Sanders, meanwhile, who sits at zero endorsements, said"
                }
                if (k - 1 > from && isAge(k) && tok.lower[k - 1].equals(",")) {
                    k -= 2; // "Ramil Carr, 31, a freelance photographer, said"
                }
                k = beforeParentheses(k, from); // "Sen. Ted Cruz (R-Texas), also a GOP hopeful, called"
            } else {
                return new Np(verb, verb);
            }
        }
        if (k - 1 >= from && (tok.is(k, "who") && isSetOff(k - 1)
                || tok.is(k, "which") && tok.lower[k - 1].equals(","))) {
            // "voters, who said ...": the speaker is the noun the relative clause hangs on
            Np antecedent = antecedentOf(k, from);
            return antecedent.empty() ? new Np(verb, verb) : antecedent;
        }
        if (k >= from && tok.isWord(k) && tok.has(k, F_PRONOUN)) {
            return new Np(k, k + 1);
        }
        int e = k + 1;
        int n = 0;
        while (k >= from && n < 12) {
            if (tok.isWord(k) && tok.lower[k].endsWith("ed") && k - 1 >= from
                    && WRITTEN_SOURCES.contains(tok.lower[k - 1]) && isWhenOrWhere(k + 1)) {
                e = k; // "A report published Wednesday said": the report, the rest tells when it came out
                k -= 2; // (past the participle and the report itself, a noun here: "A news report published")
                n += 2;
            } else if (isNpWord(k)) {
                k--;
                n++;
            } else if (k - 1 >= from && tok.kind[k] == Tokens.MARK && tok.quote[k] < 0 && endsWithPossessive(k - 1)) {
                k--; // the mark of "Sanders’ team"
            } else if (k - 1 >= from && tok.isWord(k) && POST_MODIFIERS.contains(tok.lower[k - 1])
                    && (tok.is(k, "to") || tok.is(k, "with") || tok.is(k, "on") || tok.is(k, "of") || tok.is(k, "in"))) {
                k -= 2; // "a source close to him", "people familiar with the talks"
                n += 2;
            } else if (tok.isWord(k) && OBJECT_PRONOUNS.contains(tok.lower[k]) && k - 2 >= from
                    && POST_MODIFIERS.contains(tok.lower[k - 2])) {
                k -= 3;
                n += 3;
            } else {
                break;
            }
        }
        int s = k + 1;
        if (s >= e) {
            return new Np(verb, verb);
        }
        // a pronoun is a whole NP
        if (tok.has(e - 1, F_PRONOUN)) {
            return new Np(e - 1, e);
        }
        // trim from the left to something that can open an NP
        while (s < e && !canOpenNp(s)) {
            s++;
        }
        if (s >= e || !isValidNp(s, e)) {
            return new Np(verb, verb);
        }
        return new Np(s, e);
    }

    private static final Set<String> NUMBER_WORDS = Lexicon.words("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
            "plurality", "most", "percent", "%");

    /**
     * A poll's share as the subject of "said": "One in three said", "About four in 10 said", "58 percent of Florida
     * Latino voters said", "Nearly half said" (from the start of the sentence, an unnamed source).
     */
    /** Whether the phrase's last word is the surname of a person this article names ("President Barack Obama"). */
    private boolean namesAPerson(Np np) {
        for (Cast.Person p : cast.withSurname(Cast.stripPossessive(tok.surface(np.e() - 1)))) {
            if (p.human && (p.gender != Cast.UNKNOWN || !p.honorifics.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a relative clause: the comma (outside quotes, or just inside a closing mark) after which the main
     * clause's verb comes ("X, who said A, said B", "X, who called Y “Z,” told ...").
     */
    private int relativeClauseEnd(int verb, int last, boolean dashed) {
        for (int k = verb + 1; k < last; k++) {
            if (!isSetOff(k)) {
                continue; // "X, who said A, said B", "X - who said A - said B"
            }
            boolean inside = tok.quote[k] >= 0;
            if (!tok.lower[k].equals(",")) {
                if (dashed && !inside) {
                    return k; // a dash closes the aside it opened
                }
                continue;
            }
            if (inside && !(k + 1 < last && tok.quote[k + 1] == tok.quote[k] && closesItsQuote(k + 1))) {
                continue;
            }
            int n = inside ? k + 2 : k + 1;
            while (n < last && isAdverb(n)) {
                n++;
            }
            if (n < last && tok.isWord(n) && !tok.isCap(n) && (tok.has(n, F_CUE) || tok.has(n, F_SPEECH)
                    || BE_FORMS.contains(tok.lower[n]) || AUXILIARIES.contains(tok.lower[n]))) {
                return inside ? k + 2 : k;
            }
        }
        return last;
    }

    /**
     * "Mitch McConnell, now the Senate majority leader, who in 2010 said ...": the subject of a relative "who" is
     * the name before it (past one apposition); empty when there is none.
     */
    private Np relativeAntecedent(int verb, int s) {
        int k = verb - 1;
        while (k > s && k > verb - 5 && (isFiller(k) || tok.is(k, "in") || tok.kind[k] == Tokens.WORD
                && Character.isDigit(tok.lower[k].charAt(0)))) {
            k--;
        }
        return antecedentOf(k, s);
    }

    /** The noun phrase a relative pronoun at {@code k} ("who", "which") hangs on; empty when it is none. */
    private Np antecedentOf(int k, int s) {
        if (k - 1 > s && (tok.is(k, "who") || tok.is(k, "which")) && tok.isWord(k - 1) && !tok.has(k - 1, F_PRONOUN)) {
            // "the Chicago Police Department which reported ...": a restrictive relative, no comma
            Np np = nameEndingAt(k, s, true, false);
            return np != null ? np : new Np(k, k);
        }
        if (k - 2 >= s && tok.is(k, "which") && tok.lower[k - 1].equals(",")) {
            // "the Associated Press report, which notes, ...": a source, not a clause, said it
            Np np = npBefore(k - 1, s);
            if (np.empty() || np.e() != k - 1) {
                return new Np(k, k);
            }
            int d = np.e() - 1;
            while (d > np.s() && !tok.has(d, F_DETERMINER)) {
                d--; // "the release linked to the report": the phrase from its last determiner
            }
            np = new Np(d, np.e());
            return tok.isCap(np.e() - 1) || WRITTEN_SOURCES.contains(tok.lower[np.e() - 1]) || isPersonLike(np)
                    ? np : new Np(k, k);
        }
        if (k - 2 < s || !tok.is(k, "who") || !isSetOff(k - 1)) {
            return new Np(k, k); // "voters, who ...", "Donald Trump - who previously said ..."
        }
        int comma = k - 1;
        Np described = null; // "voters, who ...", or the apposition of a name further back
        for (int tries = 0; tries < 2 && comma > s; tries++) {
            Np np = npBefore(comma, s);
            if (!np.empty() && np.e() == comma && np.s() - 2 > s && NP_PREPOSITIONS.contains(tok.lower[np.s() - 1])) {
                // "nervous Democrats on Capitol Hill, who have argued": the head before the preposition
                Np head = npBefore(np.s() - 1, s);
                if (!head.empty() && head.e() == np.s() - 1 && isPersonLike(head) && !namesAPerson(np)) {
                    return head;
                }
            }
            if (!np.empty() && np.e() == comma && tok.isCap(np.e() - 1)) {
                return np; // "Mitch McConnell, who ...", "Mitch McConnell, now the majority leader, who ..."
            }
            if (tries == 0 && !np.empty() && np.e() == comma && isPersonLike(np)) {
                described = np;
            }
            int c = comma - 1;
            while (c > s && c > comma - 12 && !tok.lower[c].equals(",")) {
                c--;
            }
            if (c <= s || !tok.lower[c].equals(",")) {
                break;
            }
            comma = c;
        }
        return described != null ? described : new Np(k, k);
    }

    private Np pollSubject(int verb, int s) {
        int from = skipDateline(s, verb);
        if (verb - from < 1 || verb - from > 10 || !(tok.is(verb, "said") || tok.is(verb, "say") || tok.is(verb, "says"))) {
            return new Np(verb, verb);
        }
        boolean number = false;
        for (int k = from; k < verb; k++) {
            String w = tok.lower[k];
            if (!tok.isWord(k) && !w.equals("%") && !w.equals("-")) {
                return new Np(verb, verb);
            }
            if (w.equals("no") || w.equals("not") || w.equals("none") || w.equals("who") || DURATIONS.contains(w)) {
                // "No one said ...": nobody said it; "Two weeks later said": a time; "those who said": a relative
                return new Np(verb, verb);
            }
            if (k == from && (OPENING_SUBORDINATORS.contains(w) || w.equals("but") || w.equals("and"))) {
                from++; // "While those surveyed said ..."
                continue;
            }
            number |= NUMBER_WORDS.contains(w) || Character.isDigit(w.charAt(0)) || UNNAMED_SHARES.contains(w);
        }
        return number ? new Np(from, verb) : new Np(verb, verb);
    }

    /** "Some said", "Another said", "Several said", "Those surveyed said": an unnamed part of a group. */
    private static final Set<String> UNNAMED_SHARES = Lexicon.words("some", "many", "several", "another", "both",
            "few", "those", "all");

    private boolean isAge(int k) {
        String w = tok.lower[k];
        return tok.isWord(k) && w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    /** A noun phrase that starts at {@code from}: "Moore", "the head of MI6", "Maria Zakharova". */
    private Np npForward(int from, int to) {
        int k = from;
        if (k < to && tok.isWord(k) && tok.has(k, F_PRONOUN)) {
            return new Np(k, k + 1);
        }
        if (k < to && tok.isCap(k) && !Lexicon.DETERMINERS.contains(tok.bare(k))) {
            // a name: the capitalised run, and after a possessive the noun it owns ("Ukraine's border guard")
            boolean possessive = false;
            while (k < to && k < from + 8 && (tok.isCap(k) || continuesName(k) || isTitleOf(k)
                    || tok.is(k, "the") && isTitleOf(k - 1))) { // "Speaker of the House Paul Ryan"
                k++;
                if (endsWithPossessive(k - 1)) {
                    while (k < to && k < from + 10 && isNpWord(k) && !looksLikeVerb(k, from)) {
                        k++;
                    }
                    possessive = true;
                    break;
                }
            }
            // a place or body, a role noun, then the name: "New York attorney Eric Levine"
            int role = possessive ? -1 : roleBeforeName(k, to);
            if (role > k) {
                k = role;
                while (k < to && k < role + 5 && (tok.isCap(k) || continuesName(k))) {
                    k++;
                }
            }
        } else if (tok.isWord(k) && roleBeforeName(k, to) > k) {
            // "widow Terry Strada", "veteran analyst Charlie Cook"
            k = roleBeforeName(k, to);
            int role = k;
            while (k < to && k < role + 5 && (tok.isCap(k) || continuesName(k))) {
                k++;
            }
            return new Np(from, k);
        } else {
            while (k < to && k < from + 10 && isNpWord(k) && !looksLikeVerb(k, from)) {
                k++;
            }
        }
        if (k == from || !canOpenNp(from) || !isValidNp(from, k)) {
            return new Np(from, from);
        }
        return new Np(from, k);
    }

    /** "R-Ky", "D-Calif", "I-Vt": a party and a state, as written after a lawmaker's name. */
    private boolean isPartyTag(int k) {
        String w = tok.surface(k);
        return tok.isWord(k) && w.length() >= 4 && w.length() <= 9 && (w.charAt(0) == 'R' || w.charAt(0) == 'D'
                || w.charAt(0) == 'I') && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2));
    }

    /** Where the name starts after "attorney" in "New York attorney Eric Levine" (lower-case words ending in a role noun), else -1. */
    private int roleBeforeName(int k, int to) {
        int r = k;
        while (r < to && r < k + 4 && (tok.isWord(r) && !tok.isCap(r) && (!tok.has(r, F_SPEECH) || isNounOfSaying(r))
                && !tok.has(r, F_DETERMINER)
                || tok.is(r, "/") && r > k)) {
            r++;
        }
        if (r == k || r >= to || !tok.isCap(r)) {
            return -1;
        }
        String head = tok.lower[r - 1];
        for (int k2 = k + 1; k2 < r - 1; k2++) {
            if (tok.is(k2, "of")) {
                head = tok.lower[k2 - 1]; // "secretary of state Madeleine Albright", "chief of staff Jon Wolf"
                break;
            }
        }
        return Lexicon.role(head) != null || Lexicon.TITLES.contains(head) || HUMAN_HEADS.contains(head) ? r : -1;
    }

    /** The NP after an inverted verb: "said Moore in ...", "said the head of MI6." */
    private Np npAfter(int from, int to) {
        int k = from;
        while (k < to && tok.isWord(k) && (tok.has(k, F_TIME) && !tok.isCap(k) || isDayOrMonth(tok.lower[k]))) {
            k++;
        }
        if (k < to && tok.isWord(k) && (tok.lower[k].equals("he") || tok.lower[k].equals("she"))) {
            return new Np(k, k + 1);
        }
        return npForward(k, to);
    }

    /** A lower-case "-ed" word after the head of a phrase is its verb ("the scumbags decided"). */
    /**
     * A verb phrase with the sentence's subject left out: "did not", "declined", "also said"; an adverb only before a
     * verb ("but also hungry for ..." goes on describing).
     */
    private boolean startsVerbPhrase(int j) {
        if (!VP_STARTS.contains(tok.lower[j])) {
            return false;
        }
        if (!VERB_ADVERBS.contains(tok.lower[j])) {
            return true;
        }
        int v = j + 1;
        if (!tok.isWord(v) || tok.isCap(v)) {
            return false;
        }
        String l = tok.lower[v];
        return tok.has(v, F_SPEECH) || VP_STARTS.contains(l) || AUXILIARIES.contains(l) || IRREGULAR_VERBS.contains(l)
                || IRREGULAR_PAST.contains(l) || l.endsWith("ed");
    }

    private static final Set<String> VERB_ADVERBS = Lexicon.words("also", "later", "then", "never", "only", "still");

    private boolean looksLikeVerb(int k, int from) {
        if (k - from < 1 || tok.isCap(k)) {
            return false;
        }
        String l = tok.lower[k];
        if (IRREGULAR_VERBS.contains(l)) {
            return true;
        }
        if (k - from < 2) {
            return false;
        }
        String prev = tok.lower[k - 1];
        return (l.endsWith("ed") || l.endsWith("es") && !l.endsWith("ees") && tok.isWord(k + 1) && !tok.isCap(k + 1))
                && !Lexicon.DETERMINERS.contains(prev) && !prev.endsWith("ly") && !prev.equals("of");
    }

    /** Past forms without "-ed" and negated auxiliaries: "the campaign sent", "the results aren't". */
    private static final Set<String> IRREGULAR_VERBS = Lexicon.words("sent", "sought", "took", "made", "gave",
            "got", "went", "came", "saw", "thought", "felt", "kept", "brought", "bought", "began", "ran", "won",
            "met", "paid", "spent", "stood", "wrote", "spoke", "chose", "drove", "rose", "fell", "grew", "knew",
            "threw", "drew", "broke", "wore", "taught", "caught", "fought", "sold", "told", "said", "became",
            "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", "can't", "couldn't",
            "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", "isn’t", "aren’t", "wasn’t", "weren’t",
            "doesn’t", "don’t", "didn’t", "won’t", "can’t", "couldn’t", "wouldn’t", "shouldn’t", "hasn’t",
            "haven’t", "hadn’t");

    private boolean isNpWord(int k) {
        if (!tok.isWord(k)) {
            return false;
        }
        String l = tok.lower[k];
        if (l.equals("and") && tok.isWord(k - 1) && tok.isWord(k + 1) && !tok.isCap(k + 1)
                && !tok.has(k - 1, F_BREAKER) && !tok.has(k + 1, F_BREAKER)
                && !tok.has(k + 1, F_SPEECH) && !tok.has(k - 1, F_SPEECH)
                && !tok.lower[k + 1].endsWith("ed") && (tok.isCap(k - 1) || !tok.lower[k - 1].endsWith("s"))) {
            return true; // "Ukrainian military and intelligence officials"
        }
        if (tok.isCap(k)) {
            String b = Cast.bare(l);
            if (k > 0 && tok.isCap(k - 1) && tok.sentence[k - 1] == tok.sentence[k]
                    && !Lexicon.CAPITALISED_FUNCTION_WORDS.contains(tok.bare(k - 1))) {
                return true; // the surname of "Ian Read", "Theresa May"
            }
            return !(Lexicon.CAPITALISED_FUNCTION_WORDS.contains(b) && !Lexicon.DETERMINERS.contains(b)
                    && !Cast.isTitle(b)) && !isDayOrMonth(b);
        }
        if (isAdverb(k)) {
            // "the mentally ill scumbags": an adverb inside a phrase, not one before its verb
            return tok.isWord(k + 1) && !tok.has(k + 1, F_BREAKER)
                    && !tok.has(k + 1, F_SPEECH) && !tok.lower[k + 1].endsWith("ed")
                    && k > 0 && tok.has(k - 1, F_DETERMINER);
        }
        return !Lexicon.NP_BREAKERS.contains(l) && (!Lexicon.SPEECH_VERBS.contains(l) || isNounOfSaying(k))
                || Lexicon.DETERMINERS.contains(l) || l.equals("of");
    }

    /** A verb of saying used as a noun after "of" or a determiner: "the secretary of state", "his report". */
    private boolean isNounOfSaying(int k) {
        String l = tok.lower[k];
        if (l.endsWith("ing") || l.endsWith("ed") || l.endsWith("s")) {
            return false;
        }
        // "the secretary of state", "his report", and right before its verb: "a news report said"
        return k > 0 && (tok.is(k - 1, "of") || tok.has(k - 1, F_DETERMINER))
                || tok.isWord(k + 1) && tok.has(k + 1, F_SPEECH) && !tok.lower[k + 1].endsWith("ing")
                && WRITTEN_SOURCES.contains(l);
    }

    private static boolean isDayOrMonth(String b) {
        return TIME_WORDS.contains(b) || b.equals("january") || b.equals("february") || b.equals("march")
                || b.equals("april") || b.equals("may") || b.equals("june") || b.equals("july")
                || b.equals("august") || b.equals("september") || b.equals("october") || b.equals("november")
                || b.equals("december");
    }

    private boolean canOpenNp(int s) {
        String l = tok.lower[s];
        return tok.isCap(s) || Lexicon.DETERMINERS.contains(l) || Lexicon.PRONOUNS.contains(l)
                || Character.isDigit(l.charAt(0))
                || Lexicon.SPEAKER_NOUNS.contains(l) || isBareRoleNoun(s);
    }

    private boolean isBareRoleNoun(int s) {
        // "security experts", "intelligence officials": a lower-case modifier before a speaker noun
        for (int k = s; k < tok.size && k < s + 3 && tok.isWord(k); k++) {
            if (tok.has(k, F_SPEAKER_NOUN)) {
                return true;
            }
        }
        return false;
    }

    private boolean isValidNp(int s, int e) {
        String last = tok.lower[e - 1];
        if (e - s == 1 && Lexicon.DETERMINERS.contains(Cast.bare(last))) {
            return false;
        }
        if (tok.isCap(e - 1) || Lexicon.PRONOUNS.contains(last) || Lexicon.SPEAKER_NOUNS.contains(last)) {
            return true;
        }
        String b = Cast.bare(Cast.stripPossessive(last));
        if (DURATIONS.contains(b) && e - s <= 3 && !(s > 0 && NP_PREPOSITIONS.contains(tok.lower[s - 1]))
                && (e - s == 1 || !tok.is(e - 2, "last") && !NP_PREPOSITIONS.contains(tok.lower[e - 2]))) {
            return false; // "One month later said", "The next month, ... said": a time, not a speaker
        }
        if (Lexicon.role(b) != null || Lexicon.TITLES.contains(b) || b.endsWith("man") || b.endsWith("woman")
                || b.endsWith("ist") || b.endsWith("er") || b.endsWith("or") || b.endsWith("ent")
                || b.endsWith("ant") || b.endsWith("ian") || b.endsWith("ary") || b.equals("source")
                || b.equals("official") || b.equals("officials") || b.endsWith("ists") || b.endsWith("ers")
                || b.endsWith("ors") || b.endsWith("ents") || b.endsWith("ants") || b.endsWith("ians")) {
            return true;
        }
        // "Ukraine's border guard", "Russian officials", "the combined company": a phrase opened by a
        // determiner, a possessive or a capitalised modifier
        return e - s >= 2 && (tok.has(s, F_DETERMINER) || tok.isCap(s) || endsWithPossessive(s));
    }

    private static final Set<String> DURATIONS = Lexicon.words("month", "months", "year", "years", "week", "weeks",
            "day", "days", "minutes", "hours", "decade", "decades", "moment", "moments");

    private static final Set<String> POST_MODIFIERS = Lexicon.words("close", "familiar", "briefed", "knowledge",
            "involved", "acquainted", "loyal", "allied", "near", "opposed", "sympathetic", "connected", "linked");

    /** The first noun phrase of a sentence, after an opening adverbial clause ("Before making this promise, ..."). */
    private Np sentenceSubject(int from, int to) {
        int k = skipDateline(from, to);
        while (k < to && tok.kind[k] == Tokens.MARK) {
            k++;
        }
        if (k < to && tok.quote[k] >= 0) {
            return null; // the sentence opens with a quotation: its first words are not the subject
        }
        // up to two opening phrases: "On Thursday, after remaining neutral throughout the primary, X"
        for (int phrase = 0; phrase < 2; phrase++) {
            Np asSaid = asSaidSubject(k, to);
            if (asSaid != null) {
                return asSaid; // "As Joel Pollak observed, the biggest victor was ...:": the sentence is his
            }
            int next = pastOpeningPhrase(k, to, phrase == 0);
            if (next < 0) {
                return null;
            }
            if (next == k) {
                break;
            }
            k = next;
        }
        Np np = npForward(k, to);
        return np.empty() ? null : np;
    }

    /** The speaker of an opening "as X observed," phrase at {@code k}, or null. */
    private Np asSaidSubject(int k, int to) {
        if (!tok.is(k, "as")) {
            return null;
        }
        for (int v = k + 2; v < to && v < k + 12 && tok.isWord(v); v++) {
            if (tok.has(v, F_SPEECH) && !tok.has(v, F_PARTICIPLE) && tok.is(v + 1, ",")) {
                Np np = npForward(k + 1, v);
                return np.empty() || !isPersonLike(np) ? null : np;
            }
        }
        return null;
    }

    /**
     * Where the sentence goes on after the opening phrase at {@code k}: {@code k} itself if none opens there, -1 if
     * the first phrase never ends. A second phrase must end at a comma too.
     */
    private int pastOpeningPhrase(int k, int to, boolean first) {
        boolean participleOpening = k + 1 < to && !headlines.get(tok.paragraph[k]) && tok.isWord(k) && tok.isWord(k + 1) && !tok.isCap(k + 1)
                && tok.lower[k].length() >= 5 && (tok.lower[k].endsWith("ed") || tok.lower[k].endsWith("ing"))
                && !NOT_PARTICIPLES.contains(tok.lower[k]);
        int dated = openingDate(k, to);
        if (k + 2 < to && tok.isWord(k) && tok.lower[k].endsWith("ly") && tok.lower[k + 1].equals(",")) {
            return k + 2; // "Conversely, PolitiFact rated ..."
        }
        if (dated > k) {
            return dated;
        }
        if (k < to && tok.isWord(k) && (SUBORDINATORS.contains(tok.lower[k]) || participleOpening)
                && (first || !tok.isCap(k))) {
            // "Although ..., X", "Chastened by the analyses, X", "Speaking in Rome, X"
            for (int m = k + 1; m < to && m < k + 25; m++) {
                if (tok.lower[m].equals(",")) {
                    return pastPlaceAndDate(m, to);
                }
            }
            return first ? -1 : k;
        }
        return k;
    }

    /**
     * After the comma that closes an opening phrase, the start of what follows, past a state after its city and a
     * day set off by commas: "At an event in Ames, Iowa, on Sunday, Mrs. Clinton ...".
     */
    private int pastPlaceAndDate(int comma, int to) {
        int k = comma + 1;
        for (int round = 0; round < 2; round++) {
            int e = k;
            while (e < to && e < k + 4 && tok.isWord(e)) {
                e++;
            }
            if (e == k || e >= to || !tok.lower[e].equals(",")) {
                break;
            }
            boolean state = round == 0 && tok.isCap(comma - 1) && e - k <= 2 && tok.isCap(k);
            boolean date = (tok.is(k, "on") || tok.is(k, "in") || tok.is(k, "last")) && e - k <= 3
                    && isDayOrMonth(tok.lower[e - 1]);
            if (!state && !date) {
                break;
            }
            k = e + 1;
        }
        return k;
    }

    /** After "On September 27 (,)" or "In 2010" opening a sentence, where its subject starts; else {@code k}. */
    private int openingDate(int k, int to) {
        if (k >= to || !(tok.is(k, "on") || tok.is(k, "in") || tok.is(k, "last") || tok.is(k, "by"))) {
            return k;
        }
        int j = k + 1;
        while (j < to && j <= k + 4 && tok.isWord(j) && (isDayOrMonth(tok.lower[j]) && !tok.is(j, "on")
                || Character.isDigit(tok.lower[j].charAt(0)))) {
            j++;
        }
        if (j > k + 1 && j < to && tok.lower[j].equals(",")) {
            j++;
        }
        return j > k + 1 && j < to && tok.isWord(j) && (tok.has(j, F_PRONOUN) || tok.has(j, F_DETERMINER)
                || tok.isCap(j)) ? j : k;
    }

    private Speaker previousSentenceSubject(int oTok) {
        int sent = tok.sentence[oTok];
        if (sent == 0) {
            return null;
        }
        int ps = tok.sentStart[sent - 1];
        int pe = tok.sentEnd[sent - 1];
        if (tok.paragraph[ps] < tok.paragraph[oTok] - 1) {
            return null;
        }
        Np np = sentenceSubject(ps, pe);
        if (np == null) {
            return null;
        }
        Speaker s = resolve(np, tok.start[np.s()]);
        if (s == null || s.person() == null || !s.person().human) {
            return null;
        }
        return carried(s);
    }

    // ---------------------------------------------------------------- speakers

    private Speaker speakerOf(Cue c, int leftStart, int oTok, int at) {
        if (c.participle()) {
            Np subject = sentenceSubject(leftStart, oTok);
            if (subject != null) {
                Speaker s = resolve(subject, tok.start[subject.s()]);
                if (s != null) {
                    return s;
                }
            }
            return lastSpeaker == null ? null : carried(lastSpeaker);
        }
        return c.np() == null ? null : resolve(c.np(), at);
    }

    /** "One says ...", "Another said ...", "Many say ...": people counted, not named. */
    private static final Set<String> QUANTIFIER_SUBJECTS = Lexicon.words("one", "another", "some", "many", "most",
            "both", "few", "several", "others", "all", "none", "two", "three", "half", "majority");

    /** "He’s saying ...": a pronoun run together with its verb. */
    /** A pronoun with a verb attached, and "his"/"her" (only ever as the owner of a noun of saying). */
    private static final java.util.Map<String, String> CONTRACTED_PRONOUNS = contractions(
            "he’s he's he’d he'd he’ll he'll his", "he",
            "she’s she's she’d she'd she’ll she'll her", "she",
            "they’re they're they’ve they've they’d they'd", "they",
            "we’re we're we’ve we've we’d we'd", "we",
            "i’m i'm i’ve i've i’d i'd i’ll i'll", "i",
            "it’s it's", "it",
            "you’re you're you’ve you've", "you");

    private static java.util.Map<String, String> contractions(String... formsAndPronoun) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < formsAndPronoun.length; i += 2) {
            for (String form : formsAndPronoun[i].split(" ")) {
                m.put(form, formsAndPronoun[i + 1]);
            }
        }
        return java.util.Map.copyOf(m);
    } // "his" and "her" only ever as the owner of a noun of saying

    private Set<String> midSentenceCapitals;

    /**
     * The words this article capitalises inside a sentence (after a word or a comma) outside its headlines: names,
     * as opposed to words capitalised only because a sentence or a title-case headline starts or runs on.
     * Computed once, before the headlines' words are lowered.
     */
    private Set<String> capitalisedInsideSentences() {
        if (midSentenceCapitals == null) {
            midSentenceCapitals = new java.util.HashSet<>();
            for (int i = 1; i < tok.size; i++) {
                if (tok.cap[i] && !headlines.get(tok.paragraph[i]) && tok.paragraph[i - 1] == tok.paragraph[i]
                        && (tok.kind[i - 1] == Tokens.WORD || tok.lower[i - 1].equals(","))) {
                    midSentenceCapitals.add(tok.lower[i]);
                }
            }
        }
        return midSentenceCapitals;
    }

    /**
     * A capitalised word opening its sentence that the article never capitalises inside a sentence, and that is
     * no role, no known surname and no acronym: an ordinary word, not a name.
     */
    private boolean isCapitalisedOnlyAsFirstWord(int k) {
        if (!tok.isCap(k) || k > 0 && tok.paragraph[k - 1] == tok.paragraph[k] && (tok.isWord(k - 1)
                || tok.lower[k - 1].equals(",")) || tok.isAcronym(k)) {
            return false;
        }
        Set<String> midSentenceCapitals = capitalisedInsideSentences();
        if (midSentenceCapitals.contains(tok.lower[k]) || tok.has(k, F_TITLE)) {
            return false;
        }
        String w = Cast.stripPossessive(tok.lower[k]);
        return (w == tok.lower[k] || !midSentenceCapitals.contains(w)) && !QUANTIFIER_SUBJECTS.contains(w)
                && Lexicon.role(w) == null && cast.withSurname(Cast.stripPossessive(tok.surface(k))).isEmpty();
    }

    /** Resolves a speaker NP within this article: a name, a pronoun, a description or an unnamed source. */
    /**
     * Where a person's name ends before the place they come from: "Sen. Marco Rubio of Florida" is Marco Rubio.
     * Only a name after a title or a person already named: "Bank of America" stays whole.
     */
    private int beforeHomePlace(int s, int e) {
        for (int of = s + 1; of + 1 < e; of++) {
            if (!tok.is(of, "of")) {
                continue;
            }
            if (e - of - 1 > 3 || Cast.isTitle(tok.lower[of - 1])) {
                return e; // "Secretary of State Madeleine Albright"
            }
            int first = s;
            while (first < of && Cast.isTitle(tok.lower[first])) {
                first++;
            }
            for (int k = first; k < of; k++) {
                if (!tok.isCap(k) && !continuesName(k)) {
                    return e;
                }
            }
            if (of - first < 2 || of - first > 4) {
                return e;
            }
            boolean known = false;
            for (Cast.Person p : cast.withSurname(Cast.stripPossessive(tok.surface(of - 1)))) {
                known |= p.human && p.name.startsWith(tok.surface(first));
            }
            return first > s || known ? of : e;
        }
        return e;
    }

    private Speaker resolve(Np np, int at) {
        int s = np.s();
        int e = np.e();
        String mention = text.substring(tok.start[s], tok.end[e - 1]);
        int ms = tok.start[s];
        int me = tok.end[e - 1];
        if (e - s == 1 && (tok.has(s, F_PRONOUN) || CONTRACTED_PRONOUNS.containsKey(tok.lower[s]))) {
            String pr = CONTRACTED_PRONOUNS.getOrDefault(tok.lower[s], tok.lower[s]);
            if (pr.equals("he") || pr.equals("she")) {
                Cast.Person p = cast.pronoun(pr, ms);
                if (p != null) {
                    return new Speaker(p.name, mention, ms, me, true, p);
                }
            }
            if (pr.equals("they") && lastSpeaker != null && !lastSpeaker.named()) {
                return new Speaker(lastSpeaker.name(), mention, ms, me, false, null);
            }
            // an unresolved pronoun is named by the pronoun itself, however written ("She", "I'm", "his")
            return new Speaker(pr.equals("i") ? "I" : pr, mention, ms, me, false, null);
        }
        boolean determiner = tok.has(s, F_DETERMINER);
        if (e - s == 1 && tok.has(s, F_SPEAKER_NOUN)) {
            return new Speaker(mention, mention, ms, me, false, null); // "Analysts", "Officials": unnamed
        }
        if (e - s == 1 && isCapitalisedOnlyAsFirstWord(s)) {
            return null; // "Having said that", "Perhaps", "Recently": capitalised only because a sentence starts
        }
        e = beforeHomePlace(s, e);
        boolean capitalLast = tok.isCap(e - 1) && !(determiner && Cast.isAcronym(tok.surface(e - 1)));
        if (capitalLast && !isPossessiveNp(s, e)) {
            int rs = e - 1;
            while (rs - 1 >= s && (tok.isCap(rs - 1) || continuesName(rs - 1)) && !endsWithPossessive(rs - 1)
                    && !Lexicon.DETERMINERS.contains(tok.bare(rs - 1)) && !isHyphenModifier(rs - 1)) {
                rs--;
            }
            rs = pastOffice(rs, e, s);
            List<String> words = new ArrayList<>(e - rs);
            for (int k = rs; k < e; k++) {
                words.add(tok.surface(k));
            }
            Cast.Person p = cast.name(words, ms, false);
            if (p != null) {
                return new Speaker(p.name, mention, ms, me, p.human || !determiner, p);
            }
        }
        // a description: tied to a person by this article, else an unnamed source as written
        List<String> words = new ArrayList<>(e - s);
        for (int k = s; k < e; k++) {
            words.add(tok.lower[k]);
        }
        if (tok.has(s, F_DETERMINER) && (tok.lower[s].equals("the") || tok.lower[s].equals("his")
                || tok.lower[s].equals("her") || tok.lower[s].equals("its") || tok.lower[s].equals("their"))) {
            if (firstReading == null && Cast.hasHeadRole(words)) {
                secondReadingMatters = true; // only "the head of ..." falls back to the main speaker
            }
            Cast.Person p = cast.description(words, dominantAt(ms));
            if (p != null) {
                return new Speaker(p.name, mention, ms, me, true, p);
            }
        }
        return new Speaker(mention, mention, ms, me, false, null);
    }

    private boolean isPossessiveNp(int s, int e) {
        for (int k = s; k < e - 1; k++) {
            if (endsWithPossessive(k)) {
                return !tok.isCap(e - 1);
            }
        }
        return false;
    }

    private static Speaker carried(Speaker s) {
        return new Speaker(s.name(), s.mention(), -1, -1, s.named(), s.person());
    }

    // ---------------------------------------------------------------- shapes

    private boolean isDirect(Quote q, int leftStart, int oTok, Cue c) {
        if (leftStart >= oTok) {
            return true;
        }
        String prev = tok.lower[oTok - 1];
        if (prev.equals(":")) {
            return true;
        }
        char first = text.charAt(q.contentStart);
        if (prev.equals(",") && Character.isUpperCase(first)) {
            return true;
        }
        if (tok.isWord(oTok - 1) && Lexicon.SPEECH_VERBS.contains(prev) && Character.isUpperCase(first)) {
            return true;
        }
        return false;
    }

    private boolean isTitleOfWork(String content, Cue c) {
        if (c != null && !c.participle() && c.np() != null) {
            return false;
        }
        int words = 0;
        int caps = 0;
        boolean inWord = false;
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            boolean space = Page.isSpace(ch);
            if (!space && !inWord) {
                words++;
                if (Character.isUpperCase(ch)) {
                    caps++;
                }
            }
            inWord = !space;
        }
        return words <= 5 && caps == words && (words == 1 || !content.endsWith(".") && !content.endsWith("!"));
    }

    private int transcriptLabel(Quote q) {
        if (!QuoteScanner.startsTurn(text, q.contentStart, q.contentEnd)) {
            return 0;
        }
        return 1;
    }

    private int lastTokenBefore(int c) {
        int k = tok.at(c);
        return Math.max(0, k - 1);
    }

    private static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
