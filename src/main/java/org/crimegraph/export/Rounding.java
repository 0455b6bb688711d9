package org.crimegraph.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as people read them in tables and spreadsheets: six significant digits, no trailing zeros,
 * never in exponent notation (0.000123457, 12.5, 3). JSON keeps full precision.
 */
public final class Rounding {

    /** Significant digits kept in CSV files. */
    public static final int CSV_DIGITS = 6;

    private Rounding() {
    }

    /** {@code value} to {@link #CSV_DIGITS} significant digits; NaN and infinities unchanged. */
    public static Object csv(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return significant(value, CSV_DIGITS);
    }

    /** {@code value} to {@code digits} significant digits, as a plain decimal. */
    public static BigDecimal significant(double value, int digits) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** As {@link #significant} but as text, e.g. for a CSV cell written by hand. */
    public static String text(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return significant(value, digits).toPlainString();
    }
}
