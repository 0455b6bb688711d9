package org.crimegraph.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.crimegraph.text.SafeText;

/**
 * Jackson escapes for export files: besides the C0 controls JSON always escapes, the C1 controls and
 * bidi overrides of {@link SafeText} are written as {@code \}{@code uXXXX}, so the file shows them
 * when viewed and still decodes to the original text.
 */
final class SafeJsonEscapes extends CharacterEscapes {

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch <= 0xFFFF && SafeText.isUnsafe((char) ch)) {
            StringBuilder escape = new StringBuilder(6);
            SafeText.appendEscape(escape, (char) ch);
            return new SerializedString(escape.toString());
        }
        return null;
    }
}
