package org.crimegraph.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crimegraph.text.SafeText;

/**
 * One row of an input file with typed, validating accessors. Every accessor names the field when the
 * value is missing or malformed, so a reject can say exactly what is wrong and where.
 *
 * @param file   the file the row comes from, as given
 * @param line   1-based line where the row starts
 * @param values cell values by column name (blank cells as empty strings)
 * @param context normalisation settings (phone region, default time zone)
 */
public record InputRow(String file, long line, Map<String, String> values, IngestContext context) {

    /** Longest identifier (reportId, personId, callId, ...), in characters. */
    public static final int MAX_ID = 100;
    /** Longest value of any other field (names, agency, bank, make, ...), and of each item of a list. */
    public static final int MAX_TEXT = 200;
    /** Longest free-text field ({@code summary}) and longest list cell ({@code aliases}, {@code attendees}). */
    public static final int MAX_FREE_TEXT = 2000;
    /** Fields that hold free text: longer, and tabs and line breaks are allowed. */
    static final Set<String> FREE_TEXT = Set.of("summary");
    /** Fields that hold a {@code |}-separated list: each item is held to {@link #MAX_TEXT}. */
    static final Set<String> LISTS = Set.of("aliases", "attendees");

    /**
     * The rule every field of every record type passes before it is read (so it lives here, not in the
     * types): no control, NUL or bidi-override character ({@link SafeText}; tab and line breaks only in free text) and
     * no value longer than its field's limit. Checked in field-name order, so the first fault is stable.
     */
    public void checkText() throws InvalidFieldException {
        for (Map.Entry<String, String> cell : new TreeMap<>(values).entrySet()) {
            if (cell.getValue() != null) {
                checkText(cell.getKey(), cell.getValue());
            }
        }
    }

    /** The rule of {@link #checkText()} for one value of {@code field} (also used by edge-list files). */
    public static void checkText(String field, String value) throws InvalidFieldException {
        boolean freeText = FREE_TEXT.contains(field);
        int bad = SafeText.firstUnsafe(value, freeText);
        if (bad >= 0) {
            throw new InvalidFieldException(field, SafeText.abbreviate(value, 80), String.format(Locale.ROOT,
                    "holds the character U+%04X at position %d; control, NUL and bidi-override characters are not allowed",
                    (int) value.charAt(bad), bad + 1));
        }
        int max = freeText || LISTS.contains(field) ? MAX_FREE_TEXT : MAX_TEXT;
        if (value.length() > max) {
            throw new InvalidFieldException(field, SafeText.abbreviate(value, 40),
                    "is " + value.length() + " characters long; at most " + max + " allowed");
        }
        if (LISTS.contains(field)) {
            for (String item : value.split("\\|")) {
                if (item.strip().length() > MAX_TEXT) {
                    throw new InvalidFieldException(field, SafeText.abbreviate(item.strip(), 40), "an item is "
                            + item.strip().length() + " characters long; at most " + MAX_TEXT + " allowed");
                }
            }
        }
    }

    /** The trimmed value, or null if blank. */
    public String optional(String field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The trimmed value; rejects the row if blank. */
    public String required(String field) throws InvalidFieldException {
        String value = optional(field);
        if (value == null) {
            throw new InvalidFieldException(field, "", "required value is missing");
        }
        return value;
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_\\-.:/]+");

    /** An identifier: letters, digits and {@code _ - . : /}, at most {@link #MAX_ID} characters. */
    public String id(String field) throws InvalidFieldException {
        String value = required(field);
        if (value.length() > MAX_ID || !IDENTIFIER.matcher(value).matches()) {
            throw new InvalidFieldException(field, SafeText.abbreviate(value, 40),
                    "identifier may hold only letters, digits and _ - . : / (at most " + MAX_ID + ")");
        }
        return value;
    }

    /** One of the allowed values (compared case-insensitively, returned as listed). */
    public String oneOf(String field, List<String> allowed) throws InvalidFieldException {
        String value = required(field);
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new InvalidFieldException(field, value, "must be one of " + String.join(", ", allowed));
    }

    /** An optional ISO date ({@code 2024-03-05}). */
    public LocalDate optionalDate(String field) throws InvalidFieldException {
        String value = optional(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, value, "not an ISO date (YYYY-MM-DD)");
        }
    }

    /** A required ISO timestamp; one without offset is read in the default zone. */
    public OffsetDateTime timestamp(String field) throws InvalidFieldException {
        String value = required(field);
        return parseTimestamp(field, value);
    }

    /** An optional timestamp, or a date taken as its start of day in the default zone. */
    public OffsetDateTime optionalTimestamp(String field) throws InvalidFieldException {
        String value = optional(field);
        if (value == null) {
            return null;
        }
        if (value.length() == 10) {
            LocalDate date = optionalDate(field);
            return date.atStartOfDay(context.defaultZone()).toOffsetDateTime();
        }
        return parseTimestamp(field, value);
    }

    private OffsetDateTime parseTimestamp(String field, String value) throws InvalidFieldException {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                ZoneId zone = context.defaultZone();
                return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(field, value, "not an ISO timestamp (e.g. 2024-03-05T21:14:00Z)");
            }
        }
    }

    /** A required whole number, at least {@code min}. */
    public long wholeNumber(String field, long min) throws InvalidFieldException {
        String value = required(field);
        try {
            long number = Long.parseLong(value);
            if (number < min) {
                throw new InvalidFieldException(field, value, "must be at least " + min);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, value, "not a whole number");
        }
    }

    /** A required decimal number. */
    public double decimal(String field) throws InvalidFieldException {
        String value = required(field);
        return parseDecimal(field, value);
    }

    /** An optional decimal number within bounds. */
    public Double optionalDecimal(String field, double min, double max) throws InvalidFieldException {
        String value = optional(field);
        if (value == null) {
            return null;
        }
        double number = parseDecimal(field, value);
        if (number < min || number > max) {
            throw new InvalidFieldException(field, value, "must be between " + min + " and " + max);
        }
        return number;
    }

    private static double parseDecimal(String field, String value) throws InvalidFieldException {
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, value, "not a number (use . as decimal point)");
        }
    }

    /** A phone number in E.164 form. */
    public String phone(String field) throws InvalidFieldException {
        String value = required(field);
        try {
            return context.phones().toE164(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, value, e.getMessage());
        }
    }

    /** A validated IBAN in electronic form. */
    public String iban(String field) throws InvalidFieldException {
        String value = required(field);
        try {
            return Ibans.normalise(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, value, e.getMessage());
        }
    }

    /** A two-letter ISO country code, upper case. */
    public String country(String field) throws InvalidFieldException {
        String value = required(field);
        if (!value.matches("[A-Za-z]{2}")) {
            throw new InvalidFieldException(field, value, "must be a two-letter ISO country code");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** A {@code |}-separated list of values, blanks dropped. */
    public List<String> list(String field) {
        String value = optional(field);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
