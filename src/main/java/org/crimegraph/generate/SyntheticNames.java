package org.crimegraph.generate;

import java.util.SplittableRandom;

/**
 * Invented names for synthetic persons, by nationality: common first and last names put together at random
 * (any resemblance to a real person is accidental), with accents and apostrophes as real files have them.
 */
final class SyntheticNames {

    /** Nationalities drawn for persons of a GB cell and of a FR cell, with their shares (per thousand). */
    private static final String[] GB_NATIONALITIES = {"GB", "AL", "VN", "IQ", "RO", "PL", "IE"};
    private static final int[] GB_SHARES = {700, 100, 50, 50, 40, 40, 20};
    private static final String[] FR_NATIONALITIES = {"FR", "AL", "MA", "DZ", "VN", "IQ", "BE"};
    private static final int[] FR_SHARES = {700, 70, 80, 50, 40, 40, 20};

    private static final String[] GB_FIRST = {"Darren", "Lee", "Stacey", "Craig", "Wayne", "Ryan", "Paul", "Dean",
            "Michelle", "Gary", "Marcus", "Jamal", "Kelly", "Liam", "Tyrone", "Danny", "Nathan", "Callum", "Jade",
            "Fiona", "Alistair", "Sophie", "Karen", "Ian", "Robert", "Connor", "Chloe", "Aaron", "Jordan", "Leanne"};
    private static final String[] GB_LAST = {"Cooke", "Masters", "Pearce", "Dunmore", "Ashby", "Holloway", "Kettering",
            "Saunders", "Harker", "Whitfield", "Reid", "Osei", "Brennan", "O'Connor", "Blake", "Fisher", "Cole",
            "Price", "Turner", "Grant", "McLeod", "Hughes", "Pritchard", "Walsh", "Doyle", "Patel", "Khan", "Begum",
            "Clarke", "Hussain", "Evans", "Wright", "Moore", "Barker", "Fletcher"};
    private static final String[] FR_FIRST = {"Julien", "Sébastien", "Nadia", "Thomas", "Kévin", "Mélanie", "Florian",
            "Arnaud", "Yannick", "Ludovic", "Sarah", "Claire", "Hugo", "Benoît", "Émilie", "Sophie", "Olivier",
            "Karim", "Mehdi", "Inès", "Yasmine", "Anthony", "Jérémy", "Aurélie", "Rachid", "Céline", "Mathieu",
            "Laëtitia", "Grégory", "Samir"};
    private static final String[] FR_LAST = {"Marchand", "Lefèvre", "Haddad", "Caron", "Dubois", "Roussel", "Petit",
            "Delattre", "Boulanger", "Vandamme", "Deconinck", "Fontaine", "Mercier", "Lambert", "Garnier", "Laurent",
            "Benali", "Bouzid", "Moreau", "Lefebvre", "Leroy", "Dupont", "Martin", "Bernard", "Cordier", "Dhont",
            "Maes", "Vasseur", "Lemaire", "D'Souza"};
    private static final String[] AL_FIRST = {"Ardit", "Gentian", "Arben", "Erion", "Besnik", "Dritan", "Elira",
            "Blerina", "Klodian", "Fatjon"};
    private static final String[] AL_LAST = {"Hoxha", "Shehu", "Krasniqi", "Dema", "Gashi", "Leka", "Berisha", "Kola",
            "Marku", "Duka"};
    private static final String[] VN_FIRST = {"Long", "Mai", "Minh Tuan", "Thi Hoa", "Van Hung", "Thi Lan", "Duc Anh",
            "Quang"};
    private static final String[] VN_LAST = {"Nguyen", "Tran", "Hoang", "Vo", "Pham", "Le", "Dang", "Bui"};
    private static final String[] KU_FIRST = {"Rebaz", "Dilan", "Hawre", "Shvan", "Aram", "Karwan", "Soran", "Zana"};
    private static final String[] KU_LAST = {"Karim", "Mahmoud", "Ahmed", "Rashid", "Aziz", "Omar", "Salih", "Hama"};
    private static final String[] EE_FIRST = {"Bogdan", "Andrei", "Ionuț", "Marek", "Tomasz", "Agnieszka", "Piotr",
            "Mihai"};
    private static final String[] EE_LAST = {"Ionescu", "Popescu", "Constantin", "Kowalski", "Nowak", "Wiśniewski",
            "Dumitru", "Lewandowski"};
    private static final String[] MA_FIRST = {"Youssef", "Mohamed", "Amine", "Fatima", "Nabil", "Sofiane", "Khadija",
            "Bilal"};
    private static final String[] MA_LAST = {"El Amrani", "Benjelloun", "Bouazza", "Haddou", "Belkacem", "Cherif",
            "Meziane", "Saidi"};
    private static final String[] ALIASES = {"Le Vieux", "Whitey", "Fish", "Le Docker", "Big Man", "Shorty", "Le Gros",
            "Tonton", "Ghost", "Red", "Le Belge", "Doc", "Scouse", "Kiki", "Nono", "Bazza", "La Fouine", "Chef"};

    private SyntheticNames() {
    }

    /** A nationality for a person of a cell in {@code country} (GB or FR). */
    static String nationality(SplittableRandom random, String country) {
        boolean gb = country.equals("GB");
        String[] codes = gb ? GB_NATIONALITIES : FR_NATIONALITIES;
        return byShare(random, codes, gb ? GB_SHARES : FR_SHARES);
    }

    /**
     * One of {@code values}, each drawn with its share out of 1,000 in {@code perMille} (one draw of
     * {@code random}; the first value when the shares add up to less and the draw falls past them).
     */
    static String byShare(SplittableRandom random, String[] values, int[] perMille) {
        int r = random.nextInt(1000);
        for (int i = 0; i < values.length; i++) {
            r -= perMille[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[0];
    }

    /** A full name fitting {@code nationality}. */
    static String name(SplittableRandom random, String nationality) {
        String[] first;
        String[] last;
        switch (nationality) {
            case "GB", "IE" -> { first = GB_FIRST; last = GB_LAST; }
            case "FR", "BE" -> { first = FR_FIRST; last = FR_LAST; }
            case "AL" -> { first = AL_FIRST; last = AL_LAST; }
            case "VN" -> { first = VN_FIRST; last = VN_LAST; }
            case "IQ" -> { first = KU_FIRST; last = KU_LAST; }
            case "RO", "PL" -> { first = EE_FIRST; last = EE_LAST; }
            default -> { first = MA_FIRST; last = MA_LAST; }
        }
        String given = first[random.nextInt(first.length)];
        String family = last[random.nextInt(last.length)];
        return nationality.equals("VN") ? family + " " + given : given + " " + family;
    }

    /** A nickname. */
    static String alias(SplittableRandom random) {
        return ALIASES[random.nextInt(ALIASES.length)];
    }

    /** A family name, for company names. */
    static String familyName(SplittableRandom random, String country) {
        String[] last = country.equals("FR") ? FR_LAST : GB_LAST;
        return last[random.nextInt(last.length)];
    }
}
