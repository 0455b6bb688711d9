package org.crimegraph.ingest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;

/**
 * Normalises phone numbers to E.164 with Google's libphonenumber, so that {@code 07700 900123},
 * {@code +44 7700 900123} and {@code 0044 7700900123} become one {@code Phone} node. National forms are
 * read in the default region (e.g. {@code GB} or {@code FR}). Numbers must be <em>possible</em>
 * (right length for their country); validity against the numbering plan is not required, since
 * burner and foreign numbers in intelligence often fall outside the published plan.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Distinct raw numbers remembered (a CDR file names each number many times); beyond this, parsed each time. */
    private static final int REMEMBERED = 1 << 19;

    private final String defaultRegion;
    /** Raw form to its E.164 form, or to the {@link Refused} reason: the answer depends only on the two. */
    private final java.util.Map<String, Object> known = new java.util.concurrent.ConcurrentHashMap<>();

    private record Refused(String reason) {
    }

    public PhoneNumbers(String defaultRegion) {
        String region = defaultRegion.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("unknown phone region '" + defaultRegion + "' (use e.g. GB or FR)");
        }
        this.defaultRegion = region;
    }

    /** The region national numbers are read in, e.g. {@code GB}. */
    public String region() {
        return defaultRegion;
    }

    /** The E.164 form of {@code raw}, or an explanation of why it is not a phone number. */
    public String toE164(String raw) throws IllegalArgumentException {
        Object answer = known.get(raw);
        if (answer == null) {
            try {
                answer = parse(raw);
            } catch (IllegalArgumentException e) {
                answer = new Refused(e.getMessage());
            }
            if (known.size() < REMEMBERED) {
                known.put(raw, answer);
            }
        }
        if (answer instanceof Refused refused) {
            throw new IllegalArgumentException(refused.reason());
        }
        return (String) answer;
    }

    private String parse(String raw) {
        try {
            PhoneNumber number = UTIL.parse(raw, defaultRegion);
            if (!UTIL.isPossibleNumber(number)) {
                throw new IllegalArgumentException("not a possible phone number (wrong length for its country)");
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: " + e.getMessage());
        }
    }
}
