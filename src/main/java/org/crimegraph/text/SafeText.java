package org.crimegraph.text;

/**
 * The one rule for untrusted text: which characters are unsafe, how ingest recognises them and how
 * every output (terminal, CSV, HTML, XML) neutralises them. Text in a store comes from reports and may
 * be hostile; a name holding a terminal escape, a bidi override or a character XML 1.0 forbids must
 * neither drive the analyst's terminal, reorder what a reader sees, nor break an export.
 *
 * <p>Unsafe: the C0 controls U+0000–U+001F and DEL U+007F, the C1 controls U+0080–U+009F, the bidi
 * embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069, the noncharacters U+FFFE and
 * U+FFFF, and unpaired surrogates. Ingest rejects them (tab and line breaks are allowed in free text); outputs write each
 * as the visible escape <code>&#92;u001b</code> (backslash, {@code u}, four hex digits), which in JSON decodes back
 * to the original character and elsewhere shows what was there.
 */
public final class SafeText {

    private SafeText() {
    }

    /** True if {@code c} is unsafe (see class comment); a surrogate is judged by {@link #firstUnsafe}. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFFFE || c == 0xFFFF;
    }

    /**
     * The index of the first unsafe character of {@code text} (an unpaired surrogate included), or -1.
     *
     * @param freeText whether tab, line feed and carriage return are allowed (free text, where a quoted
     *                 CSV cell may span lines)
     */
    public static int firstUnsafe(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (isUnsafe(c) && !(freeText && isLayout(c)))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with every unsafe character written as <code>&#92;uXXXX</code>; safe text comes back unchanged. */
    public static String neutralise(String text) {
        return neutralise(text, false);
    }

    /**
     * As {@link #neutralise(String)}, but keeping tab, line feed and carriage return: for layout text
     * (XML between elements, multi-line free text) where they are legal and meant.
     */
    public static String neutraliseKeepingLayout(String text) {
        return neutralise(text, true);
    }

    private static String neutralise(String text, boolean keepLayout) {
        if (text == null || firstUnsafe(text, keepLayout) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 12);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (isUnsafe(c) && !(keepLayout && isLayout(c)))) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a spreadsheet cell: neutralised, and with a leading {@code '} if it would start with a
     * character that makes spreadsheets read it as a formula ({@code = + - @}, OWASP "CSV injection").
     */
    public static String forSpreadsheet(String text) {
        String safe = neutralise(text);
        if (safe == null || safe.isEmpty()) {
            return safe;
        }
        return switch (safe.charAt(0)) {
            case '=', '+', '-', '@' -> "'" + safe;
            default -> safe;
        };
    }

    /**
     * Text for XML or HTML element content and attribute values: {@link #neutralise neutralised} (so no control
     * character is left), then {@code & < > "} and the apostrophe written as entities, the apostrophe as
     * {@code apostrophe} ({@code &apos;} in XML and SVG, {@code &#39;} in HTML).
     */
    public static String forMarkup(String text, String apostrophe) {
        String safe = neutralise(text);
        StringBuilder out = new StringBuilder(safe.length());
        for (char c : safe.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophe);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Tab, line feed or carriage return. */
    public static boolean isLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** Appends <code>&#92;uXXXX</code> for {@code c}. */
    public static void appendEscape(StringBuilder out, char c) {
        out.append("\\u").append(String.format("%04x", (int) c));
    }

    /** {@code text} cut to {@code max} characters (with {@code …} when cut) and neutralised, for messages. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
        if (cut.length() > 1 && Character.isHighSurrogate(cut.charAt(cut.length() - 2)) && cut.endsWith("…")) {
            cut = cut.substring(0, cut.length() - 2) + "…";
        }
        return neutralise(cut);
    }

    /**
     * {@code text} cut to {@code width} characters for a table column, the last one {@code …} when cut
     * ({@code ""} for null); unlike {@link #abbreviate} it does not neutralise (the caller's writer does).
     */
    public static String clip(String text, int width) {
        if (text == null) {
            return "";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
