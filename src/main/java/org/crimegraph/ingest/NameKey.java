package org.crimegraph.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching form of a person's name: Unicode NFKD, accents removed, case-folded, punctuation turned
 * into spaces and runs of spaces collapsed, so {@code "Zoé  O'Brien"} and {@code "ZOE O BRIEN"} match.
 * The raw name is kept for display; only this key is used to compare.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String noMarks = decomposed.replaceAll("\\p{M}+", "");
        String folded = noMarks.toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
