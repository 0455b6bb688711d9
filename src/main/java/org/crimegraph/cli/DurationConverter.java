package org.crimegraph.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a duration as ISO-8601 ({@code PT48H}, {@code P2D}) or a number with a unit: {@code 10s},
 * {@code 90m}, {@code 12h}, {@code 3d}, {@code 2w}; a bare {@code 0} is zero.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        if (text.startsWith("p")) {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        }
        if (!text.matches("\\d+[smhdw]")) {
            throw new IllegalArgumentException("'" + value + "' is not a duration: use e.g. 10s, 90m, 12h, 3d, 2w or PT36H");
        }
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }
}
