package io.claimtracker.contracts.store;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word tokens that make text searchable without MongoDB's {@code $text} (which the embedded stand-in
 * lacks): lower case, accents folded, British and American spellings of -ise/-our left as written. The writer
 * stores them and the reader tokenises a query the same way, so both sides always agree.
 */
public final class SearchTokens {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "them",
            "they", "this", "to", "was", "were", "will", "with", "s");

    private SearchTokens() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("’", "'").replace("'", "");
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : NON_WORD.split(folded)) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                tokens.add(word);
            }
        }
        return List.copyOf(tokens);
    }
}
