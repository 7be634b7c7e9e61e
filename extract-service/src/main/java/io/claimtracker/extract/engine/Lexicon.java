package io.claimtracker.extract.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the engine reasons with: verbs that introduce speech, honorifics and titles that are not
 * part of a person's name, pronouns, and the function words that cannot sit inside a speaker's noun phrase.
 * General English knowledge only; nothing here knows about any particular article.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Inflected forms of verbs that attribute speech or a stated position (lower case). */
    static final Set<String> SPEECH_VERBS = Lexicon.words(
            "say", "says", "said", "saying",
            "tell", "tells", "told", "telling",
            "add", "adds", "added", "adding",
            "warn", "warns", "warned", "warning",
            "state", "states", "stated", "stating",
            "announce", "announces", "announced", "announcing",
            "write", "writes", "wrote", "writing", "written",
            "ask", "asks", "asked", "asking",
            "insist", "insists", "insisted", "insisting",
            "explain", "explains", "explained", "explaining",
            "note", "notes", "noted", "noting",
            "argue", "argues", "argued", "arguing",
            "claim", "claims", "claimed", "claiming",
            "declare", "declares", "declared", "declaring",
            "continue", "continues", "continued", "continuing",
            "promise", "promises", "promised", "promising",
            "vow", "vows", "vowed", "vowing",
            "pledge", "pledges", "pledged", "pledging",
            "urge", "urges", "urged", "urging",
            "respond", "responds", "responded", "responding",
            "reply", "replies", "replied", "replying",
            "repeat", "repeats", "repeated", "repeating",
            "reiterate", "reiterates", "reiterated", "reiterating",
            "recall", "recalls", "recalled", "recalling",
            "suggest", "suggests", "suggested", "suggesting",
            "acknowledge", "acknowledges", "acknowledged", "acknowledging",
            "admit", "admits", "admitted", "admitting",
            "confirm", "confirms", "confirmed", "confirming",
            "deny", "denies", "denied", "denying",
            "tweet", "tweets", "tweeted", "tweeting",
            "post", "posted",
            "comment", "comments", "commented", "commenting",
            "remark", "remarks", "remarked", "remarking",
            "predict", "predicts", "predicted", "predicting",
            "quip", "quips", "quipped", "quipping",
            "joke", "jokes", "joked", "joking",
            "charge", "charges", "charged", "charging",
            "complain", "complains", "complained", "complaining",
            "contend", "contends", "contended", "contending",
            "assert", "asserts", "asserted", "asserting",
            "maintain", "maintains", "maintained", "maintaining",
            "observe", "observes", "observed", "observing",
            "conclude", "concludes", "concluded", "concluding",
            "emphasize", "emphasizes", "emphasized", "emphasizing",
            "emphasise", "emphasises", "emphasised", "emphasising",
            "stress", "stresses", "stressed", "stressing",
            "testify", "testifies", "testified", "testifying",
            "concede", "concedes", "conceded", "conceding",
            "boast", "boasts", "boasted", "boasting",
            "mention", "mentions", "mentioned", "mentioning",
            "report", "reports", "reported", "reporting",
            "reveal", "reveals", "revealed", "revealing",
            "disclose", "discloses", "disclosed", "disclosing",
            "caution", "cautions", "cautioned", "cautioning",
            "demand", "demands", "demanded", "demanding",
            "counter", "counters", "countered", "countering",
            "retort", "retorts", "retorted", "retorting",
            "shout", "shouts", "shouted", "shouting",
            "yell", "yells", "yelled", "yelling",
            "sing", "sings", "sang", "singing", "chant", "chants", "chanted", "chanting",
            "exclaim", "exclaims", "exclaimed", "exclaiming",
            "whisper", "whispers", "whispered",
            "muse", "mused", "musing",
            "lament", "laments", "lamented", "lamenting",
            "quote", "quotes", "quoted", "quoting",
            "describe", "describes", "described", "describing",
            "express", "expresses", "expressed", "expressing",
            "recount", "recounts", "recounted", "recounting",
            "question", "questioned", "questioning",
            "answer", "answers", "answered", "answering",
            "predict", "predicted",
            "allege", "alleges", "alleged", "alleging",
            "accuse", "accuses", "accused", "accusing",
            "blast", "blasts", "blasted", "blasting",
            "criticize", "criticizes", "criticized", "criticizing",
            "criticise", "criticises", "criticised", "criticising",
            "call", "calls", "called", "calling",
            "agree", "agrees", "agreed", "agreeing",
            "propose", "proposes", "proposed", "proposing",
            "advise", "advises", "advised", "advising",
            "brag", "brags", "bragged", "bragging",
            "snap", "snapped", "scoff", "scoffed",
            "hold", "holds", "held",
            // manner of speaking: "“...,” Toomey fumed", "Trump assured Jones"
            "fume", "fumes", "fumed", "fuming", "assure", "assures", "assured", "assuring",
            "reassure", "reassures", "reassured", "reassuring", "reasoned",
            "scream", "screams", "screamed", "plead", "pleads", "pleaded", "pleading", "snipe", "sniped",
            "grumble", "grumbles", "grumbled", "gush", "gushes", "gushed", "rave", "raved", "sigh", "sighed",
            "thunder", "thundered", "bellow", "bellowed", "interject", "interjected", "opine", "opines", "opined",
            "gripe", "gripes", "griped", "grouse", "groused", "mutter", "muttered", "murmur", "murmured",
            "bark", "barks", "barked", "beamed", "cried", "hollered", "roared", "snarled", "growled", "sneered",
            "gasped", "laughed", "reads",
            "growl", "growled", "marvel", "marveled", "marvelled", "emailed", "e-mailed", "texted");

    /** Speech verbs that only attribute when they sit right at the cue, never as a general verb ("held", "call"). */
    static final Set<String> WEAK_SPEECH_VERBS = Lexicon.words(
            "hold", "holds", "held", "call", "calls", "called", "calling", "post", "posted", "question",
            "questioned", "questioning", "answer", "answers", "answered", "answering", "agree", "agrees",
            "agreed", "agreeing", "express", "expresses", "expressed", "expressing", "describe", "describes",
            "described", "describing", "continue", "continues", "continuing", "maintain", "maintains",
            "maintained", "maintaining", "observe", "observes", "observed", "observing", "charge", "charges",
            "charged", "charging", "counter", "counters", "note", "notes", "state", "states", "report",
            "reports", "snap", "snapped", "demand", "demands", "demanded", "demanding", "accuse", "accuses",
            "accused", "accusing", "blast", "blasts", "blasted", "blasting", "criticize", "criticizes",
            "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising", "propose",
            "proposes", "proposed", "proposing", "advise", "advises", "advised", "advising", "answer",
            "urge", "urges", "urged", "urging", "repeat", "repeats", "repeated", "repeating", "recall", "recalls",
            "recalled", "recalling", "post", "mention", "mentions", "mentioned", "mentioning");

    /** Verbs that commonly introduce reported speech with a following clause ("said (that) ..."). */
    static final Set<String> REPORTING_VERBS = Lexicon.words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "warn", "warns", "warned", "warning", "state", "states", "stated", "announce", "announces",
            "announced", "write", "writes", "wrote", "insist", "insists", "insisted", "insisting", "explain",
            "explains", "explained", "note", "notes", "noted", "noting", "argue", "argues", "argued", "arguing",
            "claim", "claims", "claimed", "claiming", "declare", "declares", "declared", "promise", "promises",
            "promised", "promising", "vow", "vows", "vowed", "pledge", "pledged", "reply", "replied",
            "suggest", "suggests", "suggested", "suggesting", "acknowledge", "acknowledges", "acknowledged",
            "acknowledging", "admit", "admits", "admitted", "admitting", "confirm", "confirms", "confirmed",
            "confirming", "deny", "denies", "denied", "denying", "predict", "predicts", "predicted", "contend",
            "contends", "contended", "assert", "asserts", "asserted", "asserting", "maintain", "maintains",
            "maintained", "conclude", "concluded", "emphasize", "emphasized", "emphasise", "emphasised",
            "emphasizing", "emphasising", "stress", "stressed", "stresses", "stressing", "testify", "testified",
            "concede", "concedes", "conceded", "boast", "boasted", "report", "reports", "reported", "reveal",
            "reveals", "revealed", "disclose", "disclosed", "caution", "cautioned", "counter", "countered",
            "allege", "alleges", "alleged", "alleging", "charge", "charged", "complain", "complained",
            "complains", "recall", "recalled", "recalls", "tweet", "tweeted", "tweets", "agree", "agreed",
            "agrees", "mention", "mentioned", "observe", "observed", "hold", "held", "holds", "reiterate",
            "reiterated", "remark", "remarked", "answer", "answered", "respond", "responded", "write",
            "written", "ask", "asked", "asks", "asking", "urge", "urged", "urges", "urging", "quip", "quipped",
            "joke", "joked", "assure", "assures", "assured", "reassure", "reassured", "reassures",
            "reasoned", "comment", "comments", "commented", "muse", "muses", "mused", "lament", "laments",
            "lamented", "retort", "retorted", "scoffed", "opine", "opines", "opined", "recount", "recounted",
            "recounts", "griped", "grumbled",
            // participles after a comma: "..., stating that ...", "..., explaining that ..."
            "stating", "declaring", "explaining", "predicting", "replying", "responding", "contending",
            "concluding", "complaining", "boasting", "cautioning", "countering", "observing", "joking",
            "quipping", "lamenting");

    /** Participles that hang on the sentence's subject: "..., saying: “...”". */
    static final Set<String> PARTICIPLE_CUES = Lexicon.words(
            "saying", "adding", "noting", "arguing", "telling", "warning", "insisting", "explaining", "claiming",
            "declaring", "promising", "stating", "writing", "asking", "quoting", "stressing", "emphasising",
            "emphasizing", "continuing", "suggesting", "acknowledging", "admitting", "recalling", "urging",
            "calling", "describing", "joking", "quipping", "concluding", "repeating", "answering", "replying",
            "responding", "tweeting", "predicting", "vowing", "pledging", "lamenting", "boasting",
            "complaining", "countering", "observing", "asserting", "contending", "denying", "confirming",
            "revealing", "cautioning", "charging", "alleging", "accusing", "mentioning", "commenting");

    /**
     * Verbs that characterise, judge or use words: their object around a partial quote is the subject's wording
     * ("dismissed Estonia as being in the “suburbs of St. Petersburg”", "likened him to a “vicious snake”").
     * Verbs of saying and belief count too ({@link #SPEECH_VERBS}, {@link #BELIEF_VERBS}); they are not repeated here.
     */
    static final Set<String> CHARACTERIZING_VERBS = union(verbForms("label", "brand", "dub", "term", "liken",
            "compare", "dismiss", "praise", "hail", "herald", "laud", "tout", "blame", "slam", "mock", "ridicule",
            "decry", "denounce", "condemn", "defend", "refer", "reference",
            "cite", "invoke", "echo", "imply", "credit", "bemoan", "disavow", "dispute", "reject",
            "deride", "lambaste", "chide", "scold", "characterize", "characterise", "portray", "paint",
            "welcome", "applaud", "thank", "encourage", "question", "challenge", "vilify", "attack",
            "fault", "hit", "knock", "rip", "trash", "pan", "scorn", "post", "write", "sing", "chant",
            "coin", "use", "paraphrase", "parrot", "decree", "order", "promote", "champion", "advocate",
            "favor", "favour", "oppose", "embrace", "endorse", "support", "back", "hint", "admit",
            "rate", "rule", "find", "pronounce", "proclaim", "brag", "grouse", "gripe", "protest",
            "object", "highlight", "point", "frame", "cast", "depict", "present", "pitch", "sell",
            "market", "bill", "style", "nickname", "rename", "christen", "tag", "peg", "see", "view",
            "regard", "consider", "deem", "judge", "believe", "think", "fear", "hope", "expect", "worry",
            "doubt", "wonder", "quip", "muse", "opine", "relate", "admire", "celebrate", "salute",
            "mourn", "lambast", "skewer", "needle", "taunt", "tease", "insult", "pound", "hammer", "chant",
            "shout", "yell", "scream", "chide", "blast"),
            // forms verbForms does not make: irregular, or with a doubled consonant
            words("saw", "seen", "sang", "sung", "thought", "found", "hit", "hitting", "cast", "casting", "put",
            "putting", "spoke", "spoken", "chose", "chosen", "sold", "taught", "swore", "sworn", "meant", "dubbed",
            "dubbing",
            "referred", "referring", "tagged", "tagging", "pegged", "pegging", "ripped", "ripping", "panned",
            "panning", "slammed", "slamming"));

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return java.util.Collections.unmodifiableSet(all); // a HashSet, as in words()
    }

    /** A verb's forms from its base: "call" -> call, calls, called, calling; "describe" -> describes, described. */
    static Set<String> verbForms(String... bases) {
        List<String> forms = new ArrayList<>();
        for (String b : bases) {
            forms.add(b);
            boolean e = b.endsWith("e");
            boolean y = b.endsWith("y") && b.length() > 2 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0;
            String stem = e ? b.substring(0, b.length() - 1) : b;
            forms.add(y ? stem.substring(0, stem.length() - 1) + "ies" : b.endsWith("s") || b.endsWith("sh")
                    || b.endsWith("ch") || b.endsWith("x") ? b + "es" : b + "s");
            forms.add(y ? stem.substring(0, stem.length() - 1) + "ied" : stem + "ed");
            forms.add(stem + "ing");
        }
        return words(forms.toArray(String[]::new));
    }

    /** Verbs of belief and stance: attributions of a position, used only next to their subject. */
    static final Set<String> BELIEF_VERBS = words(
            "believe", "believes", "believed", "convinced", "think", "thinks", "thought", "fear", "fears",
            "feared", "expect", "expects", "expected", "hope", "hopes", "hoped", "worry", "worries", "worried",
            "doubt", "doubts", "doubted", "predict", "predicts", "estimate", "estimates", "estimated", "suspect",
            "suspects", "suspected", "contend", "contends", "feel", "feels", "felt", "agree", "agrees", "agreed");

    /** Auxiliaries and adverbs that may sit between a subject and its speech verb ("has just claimed"). */
    static final Set<String> VERB_FILLERS = Lexicon.words(
            "has", "have", "had", "hasn't", "haven't", "hadn't", "hasn’t", "haven’t", "hadn’t", "didn't", "didn’t",
            "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "wouldn't", "wouldn’t", "also", "later", "then", "again", "just", "previously", "earlier", "once",
            "would", "will", "did", "does", "do", "had", "already", "further", "repeatedly", "publicly",
            "privately", "recently", "separately", "simply", "flatly", "quickly", "reportedly", "often",
            "frequently", "still", "even", "only", "first", "bluntly", "angrily", "famously", "emphatically",
            "is", "was", "were", "are", "been", "being", "went", "goes", "go", "on", "to", "might", "may",
            "could", "can", "should", "openly", "directly", "explicitly", "clearly", "tersely", "curtly",
            "wryly", "pointedly", "confidently", "firmly", "softly", "never", "not", "wanted", "wants", "want",
            "sought", "seeks", "tried", "tries", "hastened", "decided", "chose", "went", "continued", "keen",
            "eager", "quick", "careful", "seemed", "seems", "appeared", "appears", "struggled", "struggles",
            "hoped", "hopes", "planned", "plans", "managed", "began", "begins", "started", "starts", "intended",
            "intends", "attempted", "attempts");

    /** Words in "-ly" that are nouns or adjectives, never adverbs ("family", "elderly"). */
    static final Set<String> NOT_ADVERBS = Lexicon.words(
            "ally", "family", "assembly", "anomaly", "monopoly", "homily", "elderly", "italy", "july", "belly",
            "jelly", "lily", "holy", "ugly", "silly", "melancholy");

    /** Titles followed by "of" and an office: "Secretary of State", "Speaker of the House", "Mayor of London". */
    static final Set<String> TITLES_WITH_OFFICE = Lexicon.words("secretary", "minister", "director", "chief",
            "chairman", "chairwoman", "chair", "president", "head", "commissioner", "speaker", "mayor", "governor",
            "leader", "deputy", "undersecretary", "administrator", "superintendent");

    /** The offices in a title with "of": "Secretary of State", "Director of National Intelligence". */
    static final Set<String> OFFICES = Lexicon.words("state", "defense", "defence", "treasury", "labor", "labour",
            "commerce", "energy", "education", "agriculture", "interior", "justice", "transportation", "health",
            "human", "services", "housing", "urban", "development", "veterans", "affairs", "homeland", "security",
            "national", "intelligence", "staff", "foreign", "home", "war", "navy", "army", "finance", "trade",
            "communications", "policy", "elections", "the", "house", "senate", "commons", "exchequer");

    /** Honorifics and titles: dropped from a canonical name ("Sir Richard Moore" is "Richard Moore"). */
    static final Set<String> TITLES = Lexicon.words(
            "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "col", "colonel",
            "gen", "general", "lt", "lieutenant", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm",
            "admiral", "cmdr", "commander", "cpl", "pvt", "sen", "senator", "rep", "representative", "gov",
            "governor", "president", "vice", "minister", "secretary", "chancellor", "mayor", "judge", "justice",
            "rev", "reverend", "pope", "king", "queen", "prince", "princess", "ambassador", "chairman",
            "chairwoman", "chair", "director", "chief", "speaker", "congressman", "congresswoman", "councilman",
            "councilwoman", "commissioner", "attorney", "officer", "spokesman", "spokeswoman", "spokesperson",
            "leader", "sheriff", "detective", "inspector", "superintendent", "gov.", "premier", "emir",
            "sheikh", "ayatollah", "father", "sister", "brother", "rabbi", "imam", "bishop", "archbishop",
            "cardinal", "deputy", "assistant", "acting", "former", "ex", "candidate", "nominee", "hon", "st",
            "pres", "supt", "insp", "det", "atty", "ceo", "cfo", "coo", "founder", "owner", "executive",
            "anchor", "host", "columnist", "correspondent", "editor", "analyst", "strategist", "adviser",
            "advisor", "aide", "manager", "pollster", "economist", "professor", "coach", "dean", "principal",
            "councilmember", "councilor", "councillor", "member", "assemblyman", "assemblywoman", "assemblymember",
            "lawmaker", "legislator", "delegate", "counsel");

    /** Honorifics that tell gender. */
    static final Set<String> MALE_TITLES = Lexicon.words("sir", "lord", "mr", "king", "prince", "father", "brother",
            "congressman", "councilman", "chairman", "spokesman");
    static final Set<String> FEMALE_TITLES = Lexicon.words("dame", "lady", "mrs", "ms", "miss", "queen", "princess",
            "sister", "congresswoman", "councilwoman", "chairwoman", "spokeswoman");

    /** Capitalised words that start sentences but never names. */
    static final Set<String> CAPITALISED_FUNCTION_WORDS = Lexicon.words(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "these", "those", "but", "and", "or", "so", "yet", "in", "on", "at",
            "of", "for", "to", "from", "by", "with", "as", "if", "when", "while", "after", "before", "since",
            "although", "though", "because", "however", "meanwhile", "there", "here", "what", "who", "which",
            "where", "why", "how", "some", "many", "most", "all", "no", "not", "one", "two", "three", "both",
            "each", "every", "any", "such", "also", "still", "even", "now", "then", "today", "yesterday",
            "last", "next", "other", "another", "more", "less", "under", "over", "about", "into", "despite",
            "during", "without", "within", "among", "against", "between", "through", "until", "unless", "do",
            "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "let", "just", "only", "yes", "well", "oh",
            "whether", "once", "instead", "indeed", "perhaps", "maybe", "speaking", "asked", "according",
            "regarding", "following", "read", "photo", "credit", "advertisement", "mr", "mrs", "ms", "dr",
            "first", "second", "third", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "sept", "jan", "feb", "aug", "oct", "nov", "dec", "thanks",
            "like", "unlike", "whatever", "whoever", "nor", "neither", "either", "said", "says", "every", "several");

    /** Words that end a speaker noun phrase when scanning away from the cue. */
    static final Set<String> NP_BREAKERS = Lexicon.words(
            "that", "and", "but", "or", "as", "when", "while", "which", "who", "whom", "whose", "where",
            "because", "if", "after", "before", "since", "though", "although", "to", "is", "was", "were",
            "are", "be", "been", "has", "have", "had", "in", "on", "at", "by", "with", "from", "into", "not",
            "also", "it", "this", "so", "than", "then", "about", "over", "under", "during", "without",
            "against", "through", "until", "would", "will", "could", "can", "should", "may", "might", "must",
            "did", "does", "do", "there", "here", "what", "why", "how", "all", "said", "says", "say", "told",
            "later", "again", "just", "once", "even", "only", "still", "now", "today", "yesterday", "for",
            "earlier", "previously", "tonight", "recently", "however", "meanwhile", "instead", "well", "too",
            "very", "really", "up", "out", "off", "down", "like", "ago", "since", "per", "via", "upon",
            "being", "having", "speaking", "according", "its", "because", "unless", "whether", "nor", "yet",
            "both", "either", "neither", "those", "these", "we", "you", "i", "me", "us", "him", "them");

    /** Words that open a description noun phrase ("the head of MI6", "a security official"). */
    static final Set<String> DETERMINERS = Lexicon.words(
            "the", "a", "an", "one", "another", "his", "her", "their", "its", "our", "some", "many", "several",
            "two", "three", "four", "five", "other", "most", "few", "both", "each", "senior", "top", "former",
            "several", "numerous", "multiple", "any", "my", "your");

    static final Set<String> PRONOUNS = Lexicon.words("he", "she", "they", "i", "we", "it", "you");

    /** Lower-case head nouns that make a bare plural or a description a plausible speaker. */
    static final Set<String> SPEAKER_NOUNS = Lexicon.words(
            "analysts", "experts", "officials", "sources", "critics", "observers", "officers", "aides",
            "advisers", "advisors", "lawmakers", "legislators", "senators", "diplomats", "economists",
            "researchers", "scientists", "witnesses", "residents", "protesters", "protestors", "voters",
            "supporters", "opponents", "democrats", "republicans", "investigators", "prosecutors",
            "authorities", "police", "people", "leaders", "members", "spokesmen", "commentators", "pollsters",
            "strategists", "insiders", "staffers", "activists", "organizers", "organisers", "doctors",
            "historians", "scholars", "campaigners", "allies", "representatives", "lawyers", "attorneys",
            "others", "some", "many", "reporters", "journalists", "polls", "surveys", "studies", "data",
            "documents", "records", "reports", "statements", "percent", "respondents", "majority", "half",
            "third", "quarter", "plurality", "minority", "adults", "americans", "participants", "women", "men",
            "parents", "students", "workers", "employees", "delegates", "donors", "backers", "fans", "citizens",
            "surveys", "polls", "poll", "survey", "study", "report", "statement", "group", "campaign",
            "committee", "administration", "department", "agency", "spokesman", "spokeswoman", "spokesperson",
            "official", "source", "aide", "adviser", "advisor", "lawyer", "attorney", "friend", "colleague");

    /** Role nouns; "head", "chief", "boss" ... are one role for matching descriptions. */
    static String role(String lowerWord) {
        return switch (lowerWord) {
            case "head", "chief", "boss", "leader", "director", "chairman", "chairwoman", "chair" -> "head";
            case "spokesman", "spokeswoman", "spokesperson" -> "spokesperson";
            case "official", "officer" -> "official";
            default -> null;
        };
    }

    static final Set<String> FEMALE_NAMES = Lexicon.words(
            "maria", "mary", "hillary", "anna", "anne", "ann", "elizabeth", "sarah", "sara", "jane", "kate",
            "katherine", "catherine", "kathleen", "karen", "susan", "linda", "barbara", "patricia", "jennifer",
            "jessica", "nancy", "lisa", "margaret", "betty", "sandra", "ashley", "emily", "michelle", "amanda",
            "melissa", "deborah", "stephanie", "rebecca", "laura", "helen", "sharon", "cynthia", "kathy",
            "amy", "angela", "shirley", "brenda", "pamela", "nicole", "samantha", "christine", "rachel",
            "carolyn", "janet", "heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan",
            "evelyn", "lauren", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline",
            "frances", "gloria", "ann", "teresa", "kathryn", "sophia", "sophie", "alice", "julia", "judy",
            "grace", "denise", "marilyn", "beverly", "danielle", "theresa", "diana", "natalie", "brittany",
            "charlotte", "marie", "kayla", "alexis", "lori", "olga", "natalia", "natasha", "irina", "elena",
            "yulia", "svetlana", "tatiana", "ekaterina", "marine", "angela", "theresa", "nicola", "priti",
            "liz", "suella", "ursula", "kamala", "nikki", "elizabeth", "sheryl", "huma", "donna", "chelsea",
            "melania", "ivanka", "michele", "carly", "kellyanne", "debbie", "dianne", "nancy", "madeleine",
            "condoleezza", "sonia", "valerie", "jill", "tulsi", "kirsten", "claire", "gina", "roberta",
            "paula", "jeanne", "ruth", "janice", "lois", "rosa", "eva", "ella", "zoe", "mia", "isabel",
            "isabella", "carmen", "ana", "lucia", "laura", "monica", "veronica", "erica", "erin", "tina",
            "wendy", "tracy", "dana", "leslie", "robin", "beth", "meg", "peggy", "loretta", "barbara",
            "sally", "molly", "holly", "abby", "abigail", "ellen", "esther", "naomi", "miriam", "debra",
            "carol", "caroline", "anita", "gwen", "hope", "kim", "kristen", "katie", "jenna", "jane",
            "samantha", "yvonne", "ivana", "marla", "gennifer", "jennifer", "paula", "kathleen", "alicia",
            "hilary", "theresa", "sheila", "penny", "harriet", "bernadette", "fiona", "nadia", "leila",
            "amal", "aisha", "fatima", "mariya", "anastasia", "oksana", "meghan", "kamala");

    static final Set<String> MALE_NAMES = Lexicon.words(
            "richard", "john", "james", "robert", "michael", "william", "david", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew",
            "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
            "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
            "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary",
            "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah",
            "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan",
            "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne",
            "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip",
            "johnny", "vladimir", "sergei", "sergey", "dmitry", "yevgeny", "alexei", "boris", "mikhail",
            "igor", "ivan", "nikolai", "viktor", "volodymyr", "bernie", "barack", "bill", "mitt", "ted",
            "marco", "jeb", "mike", "chris", "tim", "newt", "rudy", "reince", "ben", "rand", "lindsey",
            "rick", "jim", "tom", "bob", "dick", "harry", "mitch", "chuck", "hugh", "colin", "rishi", "keir",
            "emmanuel", "olaf", "xi", "recep", "benjamin", "bibi", "jens", "antony", "lloyd", "jake", "hunter",
            "kim", "corey", "steve", "stephen", "jared", "eric", "sean", "newt", "herman", "martin", "luther",
            "abraham", "dwight", "franklin", "ronald", "gerald", "lyndon", "jimmy", "al", "dan", "jon",
            "jeff", "greg", "matt", "nick", "tony", "sam", "max", "leo", "oliver", "harold", "ian", "neil",
            "gordon", "tony", "alastair", "nigel", "jeremy", "boris", "ali", "mohammed",
            "muhammad", "ahmed", "omar", "hassan", "hussein", "bashar", "hosni", "abdel", "fidel", "raul",
            "hugo", "nicolas", "luiz", "jair", "justin", "pierre", "francois", "jean", "jacques", "angelo",
            "giuseppe", "silvio", "matteo", "pedro", "carlos", "diego", "luis", "jorge", "alexis", "yanis",
            "ruslan", "ramzan", "aleksandr", "alexandr", "gennady", "vitaly", "valery", "andriy", "oleksiy",
            "kurt", "hans", "karl", "friedrich", "wolfgang", "helmut", "gerhard", "shinzo", "narendra",
            "rodrigo", "kevin", "mick", "jerome", "lester", "wolf", "anderson", "tucker", "sean", "bret",
            "ted", "reid", "elijah", "cory", "tim", "rahm", "joaquin", "julian", "beto", "pete", "cory");

    /** A word set that tolerates repeats in the source lists. */
    static Set<String> words(String... words) {
        return new WordSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    /**
     * Whether {@code words} holds {@link #lower}(w). For a set of {@link #words} and an ASCII word the lower-case
     * form is only hashed and compared, never built: names ask this of capitalised words all the time.
     */
    static boolean containsLower(Set<String> words, String w) {
        return words instanceof WordSet set ? set.containsLower(w) : words.contains(lower(w));
    }

    /**
     * A read-only word set for the hot paths: {@code contains} probes an open-addressed table of the words' hashes,
     * so the usual miss costs an int comparison or two and no string comparison. Iterates as the HashSet it holds.
     */
    private static final class WordSet extends java.util.AbstractSet<String> {
        private final Set<String> words;
        /** Per slot the word's hash and the word (null: empty); at most a quarter full. */
        private final int[] hashes;
        private final String[] table;
        private final int mask;

        WordSet(Set<String> words) {
            this.words = java.util.Collections.unmodifiableSet(words);
            int n = Integer.highestOneBit(Math.max(16, words.size() * 8));
            hashes = new int[n];
            table = new String[n];
            mask = n - 1;
            for (String w : words) {
                int k = slot(w.hashCode());
                while (table[k] != null) {
                    k = (k + 1) & mask;
                }
                hashes[k] = w.hashCode();
                table[k] = w;
            }
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String w)) {
                return false;
            }
            int h = w.hashCode();
            for (int k = slot(h); table[k] != null; k = (k + 1) & mask) {
                if (hashes[k] == h && table[k].equals(w)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code contains(lower(w))}. */
        boolean containsLower(String w) {
            int h = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= 128) {
                    return contains(w.toLowerCase(Locale.ROOT));
                }
                h = 31 * h + lowerAscii(c); // String.hashCode of the lower-case word
            }
            for (int k = slot(h); table[k] != null; k = (k + 1) & mask) {
                if (hashes[k] == h && isLowerOf(table[k], w)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether t is w with A-Z lower-cased (w is ASCII). */
        private static boolean isLowerOf(String t, String w) {
            if (t.length() != w.length()) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (t.charAt(i) != lowerAscii(c)) {
                    return false;
                }
            }
            return true;
        }

        private int slot(int h) {
            return (h ^ (h >>> 16)) & mask;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }

    static String lower(String s) {
        // most words are ASCII, which lower-case the same without the locale-aware path: A-Z to a-z
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return s.toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        return upper ? lowerAscii(s) : s;
    }

    /** An ASCII character in lower case: A-Z to a-z, anything else as it is. */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static String lowerAscii(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = lowerAscii(c);
        }
        return new String(out);
    }
}
