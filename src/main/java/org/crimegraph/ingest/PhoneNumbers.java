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

    private final String defaultRegion;

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
