package org.crimegraph.store;

import java.util.Locale;
import java.util.Map;

/**
 * The embedded store's page cache: {@value #DEFAULT_TEXT} unless the environment variable
 * {@value #VARIABLE} says otherwise ({@code 512m}, {@code 4g}, or a number of bytes).
 *
 * <p>Left to itself, Neo4j sizes the page cache from the machine's free memory (several GiB here), and a
 * command that reads a large store through it (the projection read of {@code score} at a million persons:
 * 15.2 GB resident with {@code -Xmx8g}) grows far beyond its heap. A fixed, stated size keeps a command's
 * memory at heap + page cache + the JVM's own; what the page cache does not hold, the operating system's
 * file cache still serves from memory it can give back (docs/operations.md, "Time and memory").
 */
public final class PageCacheSize {

    /** The environment variable that sets the size. */
    public static final String VARIABLE = "CRIMEGRAPH_PAGE_CACHE";
    static final String DEFAULT_TEXT = "1g";

    private PageCacheSize() {
    }

    /** The size in bytes, from {@code environment} (normally {@link System#getenv()}). */
    public static long of(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return parse(value == null || value.isBlank() ? DEFAULT_TEXT : value);
    }

    /** {@code 512m}, {@code 4g}, {@code 65536k} or bytes; at least 8 MiB. */
    static long parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        long unit = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        if (!digits.matches("\\d{1,12}")) {
            throw new IllegalArgumentException(VARIABLE + "='" + value + "' is not a size: use e.g. 512m or 4g");
        }
        long bytes = Long.parseLong(digits) * unit;
        if (bytes < (8L << 20)) {
            throw new IllegalArgumentException(VARIABLE + "='" + value + "' is too small: the page cache needs at least 8m");
        }
        return bytes;
    }
}
