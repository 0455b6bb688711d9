package org.crimegraph.generate;

/**
 * Invented identifiers in the forms ingest accepts, each derived from an index so that distinct indices give
 * distinct values (no look-up table, nothing kept in memory):
 * <ul>
 *   <li>mobile numbers in E.164: UK {@code +447400000000}… ({@code +4474} then 8 digits), France
 *       {@code +33700000000}… ({@code +337} then 8 digits): <em>possible</em> numbers (right length) as
 *       libphonenumber checks them, invented;</li>
 *   <li>shared "hub" numbers (taxi firms, pizzerias) in the ranges reserved for drama: London
 *       {@code +44 20 7946 0xxx} (Ofcom) and Paris {@code +33 1 99 00 xx xx} (ARCEP);</li>
 *   <li>IBANs with correct mod-97 check digits (ISO 13616) and, for France, a correct RIB key, at invented
 *       banks;</li>
 *   <li>registrations in the current UK ({@code AB12 CDE}) and French SIV ({@code AB-123-CD}) formats.</li>
 * </ul>
 */
final class SyntheticIdentifiers {

    /** Letters used in registrations (no I, O, Q, U, Z: never issued in one or both systems). */
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXY";
    private static final int L = PLATE_LETTERS.length();
    /** Capacity of each registration format; a multiplier coprime with it scrambles the sequence. */
    private static final long UK_PLATES = (long) L * L * 100 * L * L * L;
    private static final long FR_PLATES = (long) L * L * 999 * L * L;
    private static final long SCRAMBLE = 2_654_435_761L; // odd, not a multiple of 3 or 7: coprime with both

    /** Most persons a case may hold: every mobile range below has room for this many numbers. */
    static final int MAX_PHONES = 90_000_000;

    private SyntheticIdentifiers() {
    }

    /** A mobile number for phone {@code index} in {@code country} (GB or FR). */
    static String mobile(int index, String country) {
        StringBuilder b = new StringBuilder(14);
        appendMobile(b, index, country);
        return b.toString();
    }

    /** Appends {@link #mobile}. */
    static void appendMobile(StringBuilder b, int index, String country) {
        if (index < 0 || index >= MAX_PHONES) {
            throw new IllegalArgumentException("phone index out of range: " + index);
        }
        b.append(country.equals("FR") ? "+337" : "+4474");
        appendPadded(b, index, 8);
    }

    /** How many distinct hub numbers exist per country. */
    static final int MAX_HUBS = 1_000;

    /** The number of hub {@code index} (a taxi firm or pizzeria) in {@code country} (GB or FR). */
    static String hubNumber(int index, String country) {
        if (index < 0 || index >= MAX_HUBS) {
            throw new IllegalArgumentException("hub index out of range: " + index);
        }
        StringBuilder b = new StringBuilder(14);
        if (country.equals("FR")) {
            b.append("+3319900"); // 01 99 00 xx xx
            appendPadded(b, index, 4);
        } else {
            b.append("+442079460"); // 020 7946 0xxx
            appendPadded(b, index, 3);
        }
        return b.toString();
    }

    /** A valid IBAN for account {@code index} in {@code country} (GB or FR), at an invented bank. */
    static String iban(int index, String country) {
        StringBuilder bban = new StringBuilder(30);
        if (country.equals("FR")) {
            // bank 5 digits, branch 5 digits, account 11 characters, RIB key 2 digits
            String bank = "30099";
            String branch = padded(10 + index / 100_000_000, 5);
            String account = padded(index % 100_000_000, 11);
            bban.append(bank).append(branch).append(account).append(padded(ribKey(bank, branch, account), 2));
        } else {
            // bank 4 letters, sort code 6 digits, account 8 digits
            bban.append("XTMB").append(padded(600_000 + index / 100_000_000, 6)).append(padded(index % 100_000_000, 8));
        }
        return country + padded(98 - mod97(bban + country + "00"), 2) + bban;
    }

    /** A registration for vehicle {@code index}, with spaces/hyphens as people write them. */
    static String registration(int index, String country) {
        StringBuilder b = new StringBuilder(10);
        if (country.equals("FR")) {
            long n = Math.floorMod((index + 1L) * SCRAMBLE, FR_PLATES);
            b.append(letter(n)).append(letter(n / L)).append('-');
            n /= (long) L * L;
            appendPadded(b, (int) (n % 999) + 1, 3);
            n /= 999;
            b.append('-').append(letter(n)).append(letter(n / L));
        } else {
            long n = Math.floorMod((index + 1L) * SCRAMBLE, UK_PLATES);
            b.append(letter(n)).append(letter(n / L));
            n /= (long) L * L;
            appendPadded(b, (int) (n % 100), 2);
            n /= 100;
            b.append(' ').append(letter(n)).append(letter(n / L)).append(letter(n / L / L));
        }
        return b.toString();
    }

    private static char letter(long n) {
        return PLATE_LETTERS.charAt((int) (n % L));
    }

    /** The French RIB key: 97 - ((89 bank + 15 branch + 3 account) mod 97), digits-only account. */
    static int ribKey(String bank, String branch, String account) {
        long sum = 89 * Long.parseLong(bank) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account);
        return (int) (97 - sum % 97);
    }

    /** The ISO 7064 mod-97 of a string of digits and capital letters (A = 10 … Z = 35). */
    static int mod97(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                r = (r * 10 + (c - '0')) % 97;
            } else {
                r = (r * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return r;
    }

    static String padded(long value, int width) {
        StringBuilder b = new StringBuilder(width);
        appendPadded(b, value, width);
        return b.toString();
    }

    static void appendPadded(StringBuilder b, long value, int width) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            b.append('0');
        }
        b.append(value);
    }
}
