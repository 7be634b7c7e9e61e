package io.claimtracker.extract.claims;

import java.util.Map;

/**
 * Folds British and American spellings to one form and strips the commonest inflections, so that "pulverising",
 * "pulverizing" and "pulverise" meet as one stem. Light on purpose: both sides of a comparison go through the
 * same steps, so an odd stem ("forc") costs nothing, while an over-eager one would merge different words.
 */
final class Stemmer {

    private Stemmer() {
    }

    /** Whole-word spelling pairs that no suffix rule covers; keys are the British (or rarer) form. */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"),
            Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("pretence", "pretense"), Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("practise", "practice"), Map.entry("practised", "practiced"),
            Map.entry("practising", "practicing"), Map.entry("programme", "program"),
            Map.entry("programmes", "programs"), Map.entry("grey", "gray"), Map.entry("judgement", "judgment"),
            Map.entry("ageing", "aging"), Map.entry("sceptic", "skeptic"), Map.entry("sceptical", "skeptical"),
            Map.entry("scepticism", "skepticism"), Map.entry("mould", "mold"), Map.entry("plough", "plow"),
            Map.entry("aluminium", "aluminum"), Map.entry("manoeuvre", "maneuver"),
            Map.entry("manoeuvres", "maneuvers"), Map.entry("cheque", "check"), Map.entry("tyre", "tire"),
            Map.entry("tyres", "tires"), Map.entry("kerb", "curb"), Map.entry("storey", "story"),
            Map.entry("jewellery", "jewelry"), Map.entry("enrol", "enroll"), Map.entry("fulfil", "fulfill"),
            Map.entry("instalment", "installment"), Map.entry("paediatric", "pediatric"),
            Map.entry("encyclopaedia", "encyclopedia"), Map.entry("oestrogen", "estrogen"),
            Map.entry("foetus", "fetus"), Map.entry("anaemia", "anemia"), Map.entry("diarrhoea", "diarrhea"),
            Map.entry("catalogue", "catalog"), Map.entry("dialogue", "dialog"), Map.entry("analogue", "analog"));

    /** The stem of one lower-case, accent-free word. */
    static String stem(String word) {
        String w = fold(word);
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        // plurals and third person
        if (w.endsWith("ies") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && n > 3) {
            w = w.substring(0, n - 1);
        }
        n = w.length();
        // past and gerund
        if (w.endsWith("ied") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("eed") && n > 4) {
            w = w.substring(0, n - 1);
        } else if (w.endsWith("ed") && n > 4 && hasVowel(w, n - 2)) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("ing") && n > 5 && hasVowel(w, n - 3)) {
            w = w.substring(0, n - 3);
        }
        n = w.length();
        if (w.endsWith("ly") && n > 5) {
            w = w.substring(0, n - 2);
            n = w.length();
        }
        if (w.endsWith("e") && n > 4) {
            w = w.substring(0, n - 1);
            n = w.length();
        }
        // a doubled final consonant: expelled / expel, kidnapping / kidnap, travelled / traveled
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1))) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    /** British to American spelling, on the whole word; the result is still inflected. */
    static String fold(String w) {
        String mapped = SPELLING.get(w);
        if (mapped != null) {
            return mapped;
        }
        int n = w.length();
        if (n < 5) {
            return w;
        }
        // -ise / -ize, -yse / -yze: folded to the -is / -ys form (both sides alike, so the direction is moot)
        int z = izeSuffix(w);
        if (z > 0) {
            char before = w.charAt(z - 1);
            if (before == 'i' && z >= 4) {
                return w.substring(0, z) + 's' + w.substring(z + 1);
            }
            if (before == 'y' && z >= 3) {
                return w.substring(0, z) + 's' + w.substring(z + 1);
            }
        }
        // -our / -or: colour, honoured, favourite (at least three letters before, so four, your, hour stay)
        int our = w.lastIndexOf("our");
        if (our >= 3 && ourSuffix(w.substring(our + 3))) {
            return w.substring(0, our) + "or" + w.substring(our + 3);
        }
        // -tre / -ter, -bre / -ber: centre, theatre, fibre
        if (w.endsWith("tre") || w.endsWith("bre")) {
            return w.substring(0, n - 2) + "er";
        }
        if (w.endsWith("tres") || w.endsWith("bres")) {
            return w.substring(0, n - 3) + "ers";
        }
        return w;
    }

    /** The index of the 'z' of a -ize/-yze family ending (ize, ized, izes, izing, izer, ization...), else -1. */
    private static int izeSuffix(String w) {
        for (String s : new String[] {"ze", "zed", "zes", "zing", "zer", "zers", "zation", "zations", "zational"}) {
            if (w.endsWith(s)) {
                return w.length() - s.length();
            }
        }
        return -1;
    }

    private static boolean ourSuffix(String rest) {
        return switch (rest) {
            case "", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "er", "ers", "less" -> true;
            default -> false;
        };
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
