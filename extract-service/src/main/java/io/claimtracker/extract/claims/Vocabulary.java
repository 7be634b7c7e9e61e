package io.claimtracker.extract.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * General English word lists behind {@link Wording}: function words that carry no claim, the commonest content
 * words of news prose (kept for matching at half weight, but too frequent to look candidates up by), negations,
 * and the words that open a new clause after a comma. Nothing here comes from any particular article.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Function words: never content. Contraction leftovers (s, t, ll, ...) are among them. */
    static final Set<String> STOP = Set.of((
            "a about above across after afterwards again against all almost along already also although am among "
            + "amongst an and another any anybody anyone anything anyway anywhere are around as at back be became "
            + "because become becomes been before beforehand behind being below beside besides between both but by "
            + "can could d dr did do does doing done down during each either else elsewhere enough etc even ever "
            + "every everybody everyone everything for from further had has have having he hence her here hereby "
            + "herein hers herself him himself his how however i ie if in indeed inside instead into is it its itself "
            + "just ll least less lest let m many may me meanwhile might mine more moreover most mostly mr mrs ms "
            + "much must my myself namely o of off often on once one's only onto or other others otherwise ought "
            + "our ours ourselves out over own per perhaps quite rather re s same sir shall she should since so some "
            + "somebody someone something sometime sometimes somewhat somewhere such t than that the their theirs "
            + "them themselves then thence there thereafter thereby therefore therein these they this those though "
            + "through throughout thru thus to together too toward towards u under until unto up upon us ve very via "
            + "was we were what whatever when whence whenever where whereas whereby wherein whether which while "
            + "whilst who whoever whole whom whose why will with within would yet you your yours yourself "
            + "yourselves").split(" "));

    /** Negations, all read as "not" so that "didn't", "never" and "no" agree with each other. */
    static final Set<String> NEGATION = Set.of("not", "no", "never", "nothing", "nobody", "none", "neither", "nor",
            "cannot", "nowhere");

    /**
     * Very frequent content stems of news prose (after {@link Stemmer#stem}): they count at half weight when two
     * wordings are compared and are never index words unless a statement has nothing better.
     */
    static final Set<String> COMMON = Set.of((
            "say said tell told ask go goe went gone get got make made take took come came see saw seen know knew "
            + "known think thought want need use used give gave find found look way thing time year day week month "
            + "today now new old good great big small little long high last first next people man men woman women "
            + "person world country state government part place case fact point work call try keep put mean "
            + "become seem feel felt leave left right well also like just really real lot number group "
            + "two three four five six seven eight nine ten hundred thousand million billion percent "
            + "talk speak spoke show mr ms not alway again still back").split(" "));

    /**
     * Near-synonyms that news reports swap when they reword or translate one statement ("razed the villages" /
     * "destroyed the villages", "a sham election" / "a fraudulent election", "a deal" / "an agreement"): general
     * English, each family one sense, with no word that is common in other senses ("accord" would catch
     * "according", "level" and "lower" are also adjectives). Each line is a family, its first word the canonical
     * one, written with their inflections; {@link #FAMILY} maps their stems.
     */
    private static final String[] FAMILIES = {
            // destroying a place
            "destroy destroys destroyed destroying raze razes razed razing pulverise pulverises pulverised "
                    + "pulverising flatten flattens flattened flattening demolish demolishes demolished demolishing "
                    + "obliterate obliterates obliterated obliterating annihilate annihilates annihilated annihilating",
            // not genuine
            "false fake faked fraudulent fraudulently falsified falsify falsifies falsifying bogus phony phoney "
                    + "sham fabricated untrue",
            // an agreement between parties
            "agreement agreements deal deals pact pacts",
            // leaving an office
            "resign resigns resigned resigning quit quits quitting",
            // forbidding
            "ban bans banned banning prohibit prohibits prohibited prohibiting outlaw outlaws outlawed outlawing",
            // taking people by force
            "kidnap kidnaps kidnapped kidnapping abduct abducts abducted abducting",
            // making more
            "increase increases increased increasing raise raises raised raising hike hikes hiked hiking boost "
                    + "boosts boosted boosting",
            // making less
            "cut cuts cutting reduce reduces reduced reducing slash slashes slashed slashing",
            // letting do, and its opposite below
            "allow allows allowed allowing permit permits permitted permitting legalise legalises legalised "
                    + "legalising",
            // backing a person or a cause, and its opposite below
            "support supports supported supporting endorse endorses endorsed endorsing",
            "oppose opposes opposed opposing",
            // an armed revolt
            "mutiny mutinies rebellion rebellions revolt revolts uprising uprisings insurrection insurrections "
                    + "insurgency insurgencies",
    };

    /** Stem of a near-synonym (see {@link #FAMILIES}) -> the stem of its family's canonical word. */
    static final Map<String, String> FAMILY = families();

    /**
     * Families of opposite sense, by canonical stem, both ways: a statement that raises what the other cuts, or
     * bans what the other allows, is another statement however many words they share.
     */
    static final Map<String, String> OPPOSITE = opposites("increas cut", "ban allow", "support oppos");

    private static Map<String, String> opposites(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            String[] two = p.split(" ");
            if (!FAMILY.containsValue(two[0]) || !FAMILY.containsValue(two[1])) {
                throw new IllegalStateException(p + " names no family");
            }
            m.put(two[0], two[1]);
            m.put(two[1], two[0]);
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> families() {
        Map<String, String> m = new HashMap<>();
        for (String line : FAMILIES) {
            String[] words = line.split(" ");
            String canonical = Stemmer.stem(words[0]);
            for (String w : words) {
                String previous = m.put(Stemmer.stem(w), canonical);
                if (previous != null && !previous.equals(canonical)) {
                    throw new IllegalStateException(w + " is in two families");
                }
            }
        }
        return Map.copyOf(m);
    }

    /**
     * Words that open an independent clause after a comma ("..., their secrets will be safe"): a comma followed by
     * one of these and a finite verb may join two statements.
     */
    static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "we", "you", "he", "she", "it", "they", "our", "their",
            "my", "his", "her", "its", "your", "this", "these", "those");

    /** Determiners that open a subject after "and" ("..., and the nation has to act"). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "their", "our", "its", "my", "your", "every", "no");

    /** Personal subject pronouns: after "and", the next word is their verb. */
    static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "they");

    /** Words that open a subordinate clause, which cannot stand as a statement of its own. */
    static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "although", "though", "because",
            "unless", "while", "whether", "until", "once", "since", "as", "after", "before", "whereas");

    /** Finite verbs and auxiliaries that show a clause has its own verb. */
    static final Set<String> FINITE = Set.of("is", "are", "was", "were", "will", "would", "can", "could", "shall",
            "should", "must", "may", "might", "has", "have", "had", "do", "does", "did", "am", "'s", "'re", "'ll",
            "'ve", "'m");

    /** Reporting verbs that, after "and", join two reported statements ("... and said ..."). */
    static final Set<String> REPORTING = Set.of("said", "added", "warned", "argued", "insisted", "noted", "claimed",
            "suggested", "promised", "told", "stressed", "explained", "declared", "predicted", "vowed", "pledged",
            "urged", "called", "accused", "acknowledged", "admitted", "asserted", "maintained", "contended",
            "conceded", "continued", "complained", "boasted", "joked", "wrote", "tweeted", "says", "adds", "warns");

    /** Abbreviations after which a full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "col", "lt",
            "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep", "reps", "sens", "prof", "rev", "hon", "pres",
            "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "vol", "fig", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m",
            "p.m", "d.c", "ph.d", "op", "approx", "dept", "est", "univ");
}
