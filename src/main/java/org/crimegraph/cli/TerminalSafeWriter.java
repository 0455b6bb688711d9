package org.crimegraph.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.crimegraph.text.SafeText;

/**
 * Everything a command prints goes through this writer: control characters (a terminal escape in a
 * person's name), C1 controls and bidi overrides are written as visible escapes ({@link SafeText}), so
 * case data cannot drive the analyst's terminal or reorder a table. Line feed and tab pass; a carriage
 * return passes only as part of a CRLF line end. JSON output stays valid and decodes to the same text
 * (the escape is JSON's own {@code \}{@code uXXXX}); Jackson already escapes C0 controls itself.
 */
final class TerminalSafeWriter extends FilterWriter {

    private boolean pendingReturn;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingReturn) {
            pendingReturn = false;
            if (ch == '\n') {
                out.write("\r\n");
                return;
            }
            out.write(escape('\r'));
        }
        if (ch == '\r') {
            pendingReturn = true;
        } else if (ch == '\n' || ch == '\t' || !SafeText.isUnsafe(ch)) {
            out.write(ch);
        } else {
            out.write(escape(ch));
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (!pendingReturn && (c == '\n' || c == '\t' || !SafeText.isUnsafe(c))) {
                continue;
            }
            out.write(chars, start, i - start);
            write(c);
            start = i + 1;
        }
        out.write(chars, start, end - start);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        write(text.toCharArray(), off, len);
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write(escape('\r'));
        }
        super.close();
    }

    private static String escape(char c) {
        StringBuilder b = new StringBuilder(6);
        SafeText.appendEscape(b, c);
        return b.toString();
    }
}
