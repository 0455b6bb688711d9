package org.crimegraph.ingest;

import java.util.Locale;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Validates and normalises IBANs with iban4j (ISO 13616: country length and format, mod-97 check digits).
 * Spaces and case are ignored; the normal form is the electronic one, e.g. {@code GB82WEST12345698765432}.
 */
public final class Ibans {

    private Ibans() {
    }

    /** The normal form of {@code raw}; throws with the reason if it is not a valid IBAN. */
    public static String normalise(String raw) {
        String compact = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(compact);
            return compact;
        } catch (InvalidCheckDigitException e) {
            throw new IllegalArgumentException("IBAN check digits are wrong");
        } catch (UnsupportedCountryException e) {
            throw new IllegalArgumentException("IBAN country is not supported");
        } catch (IbanFormatException e) {
            throw new IllegalArgumentException("not a valid IBAN: " + e.getMessage());
        }
    }

    /** The ISO country code of a normalised IBAN. */
    public static String country(String iban) {
        return iban.substring(0, 2);
    }
}
