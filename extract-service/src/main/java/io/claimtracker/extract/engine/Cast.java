package io.claimtracker.extract.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people (and bodies) one article names, with what the article itself establishes about them: the full name
 * without honorifics, the honorifics and short forms used ("Sir Richard", "Moore"), and the descriptions tied to
 * the name by apposition or pre-modifier ("Richard Moore, the spy agency's chief", "MI6 chief Richard Moore").
 * Resolves a mention (a name, a pronoun, a description) to one of them using only this article.
 */
final class Cast {

    static final int UNKNOWN = 0;
    static final int MALE = 1;
    static final int FEMALE = 2;

    static final class Person {
        final int id;
        String name;
        String first;
        String last;
        final Set<String> honorifics = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> descriptions = new LinkedHashSet<>();
        int gender;
        boolean human;
        int mentions;
        int claims;
        int firstMention;
        /** {@link Cast#isGroup} of {@code groupTestedFor}, kept because pronouns ask it of every subject. */
        private boolean group;
        private String groupTestedFor;

        boolean isGroup() {
            if (groupTestedFor != name) {
                group = Cast.isGroup(name);
                groupTestedFor = name;
            }
            return group;
        }

        Person(int id, String name, String first, String last, int at) {
            this.id = id;
            this.name = name;
            this.first = first;
            this.last = last;
            this.firstMention = at;
        }
    }

    /** A place in the text where a person was the subject of a sentence or of a speech verb. */
    record Subject(int at, Person person) {
    }

    final List<Person> people = new ArrayList<>();
    private final java.util.Map<String, Set<String>> descriptionWords = new java.util.HashMap<>();
    private final java.util.Map<String, List<Person>> byLast = new java.util.HashMap<>();
    private final java.util.Map<String, List<Person>> byFirst = new java.util.HashMap<>();
    private final List<Subject> subjects = new ArrayList<>();

    private Person add(String name, String first, String last, int at) {
        Person p = new Person(people.size(), name, first, last, at);
        people.add(p);
        byLast.computeIfAbsent(last, k -> new ArrayList<>(2)).add(p);
        if (first != null) {
            byFirst.computeIfAbsent(first, k -> new ArrayList<>(2)).add(p);
        }
        return p;
    }

    /** People with this surname, oldest first. */
    List<Person> withSurname(String last) {
        return byLast.getOrDefault(last, List.of());
    }

    /** Registers a name as written ("Sir Richard Moore", "Col Kemp", "Putin’s"); null when nothing is left. */
    Person name(List<String> words, int at, boolean subject) {
        // a single word with no title to strip is the common case: no lists, no joins
        if (words.size() == 1) {
            String w = stripPossessive(words.get(0));
            if (w.isEmpty() || isTitle(w)) {
                return w.isEmpty() ? null : nameSlow(words, at, subject);
            }
            Person p = single(w, Set.of(), at);
            p.mentions++;
            if (!w.equals(p.name)) {
                p.aliases.add(w);
            }
            if (p.gender == UNKNOWN) {
                p.gender = genderOf(p, Set.of());
            }
            if (subject) {
                subject(at, p);
            }
            return p;
        }
        return nameSlow(words, at, subject);
    }

    private Person nameSlow(List<String> words, int at, boolean subject) {
        List<String> core = new ArrayList<>(words.size());
        int lastTitle = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (isTitle(words.get(i))) {
                lastTitle = i;
            }
        }
        Set<String> honorifics = lastTitle < 0 ? Set.of() : new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = stripPossessive(words.get(i));
            if (i <= lastTitle) {
                if (isTitle(w)) {
                    honorifics.add(bare(w));
                }
                continue;
            }
            if (w.isEmpty()) {
                continue;
            }
            core.add(w);
        }
        if (core.isEmpty()) {
            return null;
        }
        if (core.size() > 2 && Lexicon.containsLower(PARTY_WORDS, core.get(0))) {
            // "Republican Donald Trump", "Democrat Hillary Clinton": the party is a description, not the name
            String next = core.get(1);
            if (Lexicon.containsLower(Lexicon.MALE_NAMES, next) || Lexicon.containsLower(Lexicon.FEMALE_NAMES, next)) {
                core = core.subList(1, core.size());
            }
        }
        if (core.size() > 2) {
            // the canonical name leaves out a middle initial and a suffix: "Joseph R. Biden Jr." is "Joseph Biden"
            List<String> kept = new ArrayList<>(core.size());
            for (int i = 0; i < core.size(); i++) {
                String w = core.get(i);
                boolean initial = i < core.size() - 1 && (w.length() == 1 || w.length() == 2 && w.endsWith("."));
                if (!initial && !(i == core.size() - 1 && isSuffix(w))) {
                    kept.add(w);
                }
            }
            core = kept;
        }
        if (core.size() > 3) {
            core = core.subList(core.size() - 2, core.size());
        }
        String last = core.get(core.size() - 1);
        if (core.size() > 1 && isSuffix(last)) {
            last = core.get(core.size() - 2);
        }
        Person p;
        if (core.size() == 1) {
            p = single(core.get(0), honorifics, at);
        } else {
            String first = core.get(0);
            p = find(first, last, String.join(" ", core));
            if (p == null) {
                p = add(String.join(" ", core), first, last, at);
                p.human = !isOrgWord(last) && !isAcronym(last) && !isAcronym(first);
                // a short name seen before ("Moore") now gets its full form
                for (Person q : withSurname(last)) {
                    if (q != p && q.first == null) {
                        q.name = p.name;
                    }
                }
            }
        }
        if (p == null) {
            return null;
        }
        p.mentions++;
        if (!honorifics.isEmpty()) {
            p.honorifics.addAll(honorifics);
        }
        if (p.aliases.size() < 16) {
            String written = String.join(" ", words);
            if (!written.equals(p.name)) {
                p.aliases.add(stripPossessive(written));
            }
        }
        if (p.gender == UNKNOWN) {
            p.gender = genderOf(p, honorifics);
        }
        if (!honorifics.isEmpty()) {
            p.human = true;
        }
        if (subject) {
            subject(at, p);
        }
        return p;
    }

    private static final Set<String> PARTY_WORDS = Lexicon.words("republican", "democrat", "democratic", "gop",
            "libertarian", "independent", "billionaire", "businessman", "candidate", "nominee", "presidential");

    private Person single(String w, Set<String> honorifics, int at) {
        Person best = null;
        // "Sir Richard": a first name with the honorific this article used for one person
        for (Person p : byFirst.getOrDefault(w, List.of())) {
            if (p.last != null && !w.equals(p.last)) {
                if (!honorifics.isEmpty() && p.honorifics.containsAll(honorifics)) {
                    return p;
                }
                if (best == null && honorifics.isEmpty()) {
                    best = p;
                }
            }
        }
        List<Person> sameSurname = withSurname(w);
        if (!sameSurname.isEmpty()) {
            // a clash goes to the one the article names most, then to the most recently registered
            Person most = null;
            for (Person p : sameSurname) {
                if (most == null || p.mentions >= most.mentions) {
                    most = p;
                }
            }
            return most;
        }
        if (best != null) {
            return best;
        }
        Person p = add(w, null, w, at);
        p.human = !honorifics.isEmpty();
        return p;
    }

    private Person find(String first, String last, String full) {
        for (Person p : withSurname(last)) {
            if (first.equals(p.first) || p.first == null) {
                if (p.first == null) {
                    p.first = first;
                    p.name = full; // "Erdogan" first, then "Recep Tayyip Erdogan"
                    byFirst.computeIfAbsent(first, k -> new ArrayList<>(2)).add(p);
                }
                return p;
            }
        }
        return null;
    }

    private int nameSubjects = -1;

    void subject(int at, Person p) {
        if (p != null && p.human) {
            subjects.add(new Subject(at, p));
        }
    }

    /** Subjects found from names alone; speaker subjects added later can be dropped for a second reading. */
    void markNameSubjects() {
        nameSubjects = subjects.size();
    }

    void clearSpeakerSubjects() {
        if (nameSubjects >= 0) {
            subjects.subList(nameSubjects, subjects.size()).clear();
        }
    }

    List<Subject> subjectsForDebug() {
        return subjects;
    }

    /** The person a "he"/"she" at char offset {@code at} most likely refers to. */
    Person pronoun(String pronoun, int at) {
        int want = pronoun.equals("she") ? FEMALE : pronoun.equals("he") ? MALE : UNKNOWN;
        Subject best = null;
        Subject bestWeak = null;
        for (Subject s : subjects) {
            if (s.at() >= at) {
                continue;
            }
            int g = s.person().gender;
            if (want != UNKNOWN && g != UNKNOWN && g != want || want != UNKNOWN && s.person().isGroup()) {
                continue; // ("Democrats said ... He added": a group is never "he" or "she")
            }
            // a single word of unknown gender that never spoke and has no title ("Twitter", "Arizona") is a person
            // only if nobody better is in sight ("Cruz said", "President Obama" are people)
            Person p = s.person();
            boolean weak = g == UNKNOWN && p.first == null && p.honorifics.isEmpty() && p.claims == 0;
            if (weak) {
                if (bestWeak == null || s.at() >= bestWeak.at()) {
                    bestWeak = s;
                }
            } else if (best == null || s.at() >= best.at()) {
                best = s;
            }
        }
        if (best == null) {
            best = bestWeak;
        }
        if (best != null) {
            if (want != UNKNOWN && best.person().gender == UNKNOWN) {
                best.person().gender = want;
            }
            return best.person();
        }
        return null;
    }

    /** A group or nobody in particular: "Democrats", "Prosecutors", "Latinos", "Chinese", "Nobody". */
    static boolean isGroup(String name) {
        if (name == null || name.indexOf(' ') >= 0) {
            return false;
        }
        String l = Lexicon.lower(name);
        // (a demonym is long: "Americans", "Chinese", "Latinos"; "Evans" is a surname)
        return Lexicon.SPEAKER_NOUNS.contains(l) || l.length() >= 7 && (l.endsWith("ans") || l.endsWith("ese")
                || l.endsWith("inos"))
                || l.equals("nobody") || l.equals("everybody") || l.equals("somebody") || l.equals("everyone")
                || l.equals("someone");
    }

    /** A definite description ("the head of MI6", "the spy chief") tied to a person by this article, or null. */
    Person description(List<String> lowerWords, Person dominant) {
        Set<String> mention = contentWords(lowerWords);
        if (mention.isEmpty()) {
            return null;
        }
        Person best = null;
        int bestScore = 0;
        for (Person p : people) {
            for (String d : p.descriptions) {
                Set<String> desc = descriptionWords.computeIfAbsent(d,
                        k -> contentWords(List.of(DESCRIPTION_SPLIT.split(k.toLowerCase(java.util.Locale.ROOT)))));
                int shared = 0;
                for (String w : mention) {
                    if (desc.contains(w)) {
                        shared++;
                    }
                }
                boolean roleShared = false;
                for (String w : mention) {
                    if (Lexicon.role(w) != null && desc.contains(w)) {
                        roleShared = true;
                    }
                }
                if (roleShared && (shared >= 2 || shared == mention.size()) && shared > bestScore) {
                    best = p;
                    bestScore = shared;
                }
            }
        }
        if (best != null) {
            return best;
        }
        // "the head of ..." with no apposition in the article: the article's main speaker, if it has one
        return hasHeadRole(lowerWords) ? dominant : null;
    }

    private static final java.util.regex.Pattern DESCRIPTION_SPLIT = java.util.regex.Pattern.compile("[\\s’']+");

    static boolean hasHeadRole(List<String> lowerWords) {
        for (String w : lowerWords) {
            if ("head".equals(Lexicon.role(w))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            String b = bare(stripPossessive(w));
            if (b.isEmpty() || Lexicon.DETERMINERS.contains(b) || b.equals("of") || b.equals("for")
                    || b.equals("at") || b.equals("man") || b.equals("woman") || b.equals("real") || b.equals("or")) {
                continue;
            }
            String role = Lexicon.role(b);
            out.add(role != null ? role : b);
        }
        return out;
    }

    private int genderOf(Person p, Set<String> honorifics) {
        for (String h : honorifics) {
            if (Lexicon.MALE_TITLES.contains(h)) {
                return MALE;
            }
            if (Lexicon.FEMALE_TITLES.contains(h)) {
                return FEMALE;
            }
        }
        if (p.first != null) {
            if (Lexicon.containsLower(Lexicon.FEMALE_NAMES, p.first)) {
                return FEMALE;
            }
            if (Lexicon.containsLower(Lexicon.MALE_NAMES, p.first)) {
                return MALE;
            }
        }
        if (p.last != null) {
            String l = Lexicon.lower(p.last);
            // Slavic surnames mark gender: -ova, -eva, -ina, -aya are women's forms
            if (l.length() > 5 && (l.endsWith("ova") || l.endsWith("eva") || l.endsWith("skaya"))) {
                return FEMALE;
            }
        }
        return UNKNOWN;
    }

    static boolean isTitle(String w) {
        if (w.indexOf('.') < 0 && w.indexOf('-') < 0) {
            return Lexicon.containsLower(Lexicon.TITLES, w); // bare(w) is lower(w): asked without building it
        }
        return Lexicon.TITLES.contains(bare(w));
    }

    static String bare(String w) {
        String l = Lexicon.lower(w);
        if (l.indexOf('.') < 0 && l.indexOf('-') < 0) {
            return l;
        }
        if (l.endsWith(".")) {
            l = l.substring(0, l.length() - 1);
        }
        int dash = l.indexOf('-');
        if (dash > 0 && (l.startsWith("ex-") || l.startsWith("former-"))) {
            l = l.substring(dash + 1);
        }
        return l;
    }

    static String stripPossessive(String w) {
        int n = w.length();
        if (n == 0) {
            return w;
        }
        char last = w.charAt(n - 1); // asked of most words, which end in neither an "s" nor an apostrophe
        if ((last == 's' || last == 'S') && n >= 2 && isApostrophe(w.charAt(n - 2))) {
            return w.substring(0, n - 2);
        }
        if (isApostrophe(last)) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '\'';
    }

    private static boolean isSuffix(String w) {
        String b = bare(w);
        return b.equals("jr") || b.equals("sr") || b.equals("ii") || b.equals("iii") || b.equals("iv");
    }

    static boolean isAcronym(String w) {
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    static boolean isOrgWord(String w) {
        return Lexicon.containsLower(ORG_WORDS, stripPossessive(w));
    }

    private static final Set<String> ORG_WORDS = Lexicon.words(
            "service", "services", "ministry", "party", "house", "group", "agency", "department", "committee",
            "council", "news", "post", "times", "journal", "street", "university", "republic", "union",
            "kingdom", "states", "court", "company", "inc", "corp", "bank", "office", "club", "channel",
            "network", "army", "force", "forces", "administration", "campaign", "foundation", "institute",
            "center", "centre", "association", "commission", "review", "magazine", "press", "media",
            "television", "radio", "airport", "bridge", "square", "city", "county", "spring", "war", "day",
            "week", "senate", "congress", "parliament", "government", "police", "guard", "fund", "board",
            "school", "college", "hospital", "church", "corporation", "industries", "organization",
            "organisation", "coalition", "alliance", "federation", "federal", "bureau", "authority", "trust",
            "society", "tribune", "herald", "globe", "telegraph", "guardian", "gazette", "daily", "weekly",
            "reuters", "project", "program", "programme", "initiative", "network", "studios", "airlines",
            "motors", "systems", "technologies", "partners", "capital", "holdings", "group", "team", "league",
            "america", "york", "washington", "jersey", "carolina", "dakota", "virginia", "island", "islands",
            "sea", "ocean", "river", "lake", "mountain", "mountains", "valley", "east", "west", "north",
            "south", "africa", "asia", "europe", "union", "nations", "wall", "hall", "building", "avenue",
            "road", "park", "center", "station", "base", "region", "province", "state", "district",
            "peninsula", "gulf", "coast", "bay");
}
