package io.claimtracker.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One word-level difference between a claim's canonical wording and a variant: words {@code replaced},
 * {@code inserted} by the variant or {@code deleted} from it. Words compare case-insensitively and without the
 * punctuation around them ("Open," is "open"), so only a change of words shows, never a change of quote marks or
 * capitals; each side is shown as written (the original text from its first to its last word).
 *
 * @param canonical the canonical words replaced or deleted; absent for an insertion
 * @param variant   the variant's words replacing or inserted; absent for a deletion
 */
record WordingChange(String type,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String canonical,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String variant) {

    static final String REPLACED = "replaced";
    static final String INSERTED = "inserted";
    static final String DELETED = "deleted";

    /** The changes that turn {@code canonical} into {@code variant}, in reading order; none when they agree. */
    static List<WordingChange> between(String canonical, String variant) {
        if (canonical == null || variant == null) {
            return List.of();
        }
        List<Word> from = Word.split(canonical);
        List<Word> to = Word.split(variant);
        List<WordingChange> changes = new ArrayList<>();
        for (AbstractDelta<Word> delta : DiffUtils.diff(from, to, Word::sameAs).getDeltas()) {
            String removed = Word.span(canonical, delta.getSource().getLines());
            String added = Word.span(variant, delta.getTarget().getLines());
            if (delta.getType() == DeltaType.CHANGE) {
                changes.add(new WordingChange(REPLACED, removed, added));
            } else if (delta.getType() == DeltaType.INSERT) {
                changes.add(new WordingChange(INSERTED, null, added));
            } else if (delta.getType() == DeltaType.DELETE) {
                changes.add(new WordingChange(DELETED, removed, null));
            }
        }
        return List.copyOf(changes);
    }

    /**
     * A word of a wording: where it stands (without the punctuation around it) and the key it compares by.
     * Pure punctuation ("—", "...") is no word.
     */
    private record Word(int start, int end, String key) {

        static List<Word> split(String text) {
            List<Word> words = new ArrayList<>();
            int i = 0;
            int length = text.length();
            while (i < length) {
                while (i < length && isSpace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                int tokenStart = i;
                while (i < length && !isSpace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                Word word = of(text, tokenStart, i);
                if (word != null) {
                    words.add(word);
                }
            }
            return words;
        }

        /** The token's core, from its first to its last letter or digit; null when it has none. */
        private static Word of(String text, int tokenStart, int tokenEnd) {
            int start = tokenStart;
            while (start < tokenEnd && !Character.isLetterOrDigit(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            int end = tokenEnd;
            while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            if (start >= end) {
                return null;
            }
            // curly and straight apostrophes inside a word ("don’t" / "don't") are the same word
            String key = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC)
                    .replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
            return new Word(start, end, key);
        }

        private static boolean isSpace(int codePoint) {
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
        }

        static boolean sameAs(Word a, Word b) {
            return a.key.equals(b.key);
        }

        /** The text as written from the first to the last of {@code words} (their inner punctuation kept). */
        static String span(String text, List<Word> words) {
            return words.isEmpty() ? null : text.substring(words.get(0).start, words.get(words.size() - 1).end);
        }
    }
}
