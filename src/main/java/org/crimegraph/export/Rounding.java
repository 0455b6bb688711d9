package org.crimegraph.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Numbers as people read them in tables and spreadsheets: six significant digits, no trailing zeros,
 * never in exponent notation (0.000123457, 12.5, 3). JSON keeps full precision. Ranked score columns
 * of tables and the report use {@link #scoreDecimals}: as many decimals as tell consecutive rows apart.
 */
public final class Rounding {

    /** Significant digits kept in CSV files. */
    public static final int CSV_DIGITS = 6;

    /** Fewest decimals of a printed composite target score. */
    public static final int SCORE_MIN_DECIMALS = 3;
    /** Most decimals of a printed composite target score. */
    public static final int SCORE_MAX_DECIMALS = 6;

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

    /**
     * The fewest decimals, from {@code min} up to {@code max}, with which every two consecutive values that
     * differ are printed differently ({@code max} if even that does not separate them all). A ranked column
     * printed with a fixed 3 decimals shows ties that are not there once the ranked values differ only
     * further down (the composite score of the top persons of a large network), while equal values stay
     * equal whatever the decimals.
     *
     * @param values the values in the order they are shown
     */
    public static int separatingDecimals(List<Double> values, int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("decimals must satisfy 0 <= min <= max, got " + min + ", " + max);
        }
        for (int decimals = min; decimals < max; decimals++) {
            if (separates(values, decimals)) {
                return decimals;
            }
        }
        return max;
    }

    // one more decimal can join two values that fewer kept apart (0.12349 and 0.12351: 0.123 and 0.124 at 3
    // decimals, 0.1235 both at 4), so every pair is checked at each number of decimals
    private static boolean separates(List<Double> values, int decimals) {
        for (int i = 1; i < values.size(); i++) {
            double a = values.get(i - 1);
            double b = values.get(i);
            if (Double.compare(a, b) != 0 && fixed(a, decimals).equals(fixed(b, decimals))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decimals for a column of composite target scores, in the order shown: {@value #SCORE_MIN_DECIMALS} to
     * {@value #SCORE_MAX_DECIMALS}, as {@link #separatingDecimals} finds.
     */
    public static int scoreDecimals(List<Double> scores) {
        return separatingDecimals(scores, SCORE_MIN_DECIMALS, SCORE_MAX_DECIMALS);
    }

    /** {@code value} with exactly {@code decimals} decimals, as {@code String.format("%.nf")} in {@code Locale.ROOT}. */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** As {@link #significant} but as text, e.g. for a CSV cell written by hand. */
    public static String text(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return significant(value, digits).toPlainString();
    }
}
