package org.crimegraph.generate;

/**
 * The fixed places of a synthetic case: cross-Channel and North Sea ports (real, public places), the sea
 * routes between them, and towns where meetings happen and around which invented addresses lie.
 */
final class Places {

    record Place(String id, String name, String country, String kind, double lat, double lon) {
    }

    /** A crossing between a continental port and a UK port, with its usual share of the cells' trips. */
    record Crossing(int continental, int uk, int minutes, int share) {
    }

    static final Place[] PORTS = {
            new Place("LP01", "Port of Calais", "FR", "port", 50.97, 1.86),
            new Place("LP02", "Eurotunnel terminal, Coquelles", "FR", "border_crossing", 50.93, 1.81),
            new Place("LP03", "Port of Dunkirk", "FR", "port", 51.03, 2.21),
            new Place("LP04", "Port of Caen-Ouistreham", "FR", "port", 49.28, -0.25),
            new Place("LP05", "Port of Dieppe", "FR", "port", 49.93, 1.09),
            new Place("LP06", "Port of Cherbourg", "FR", "port", 49.65, -1.62),
            new Place("LP07", "Port of Zeebrugge", "BE", "port", 51.33, 3.20),
            new Place("LP08", "Europoort, Rotterdam", "NL", "port", 51.95, 4.13),
            new Place("LP09", "Port of Dover", "GB", "port", 51.12, 1.33),
            new Place("LP10", "Eurotunnel terminal, Folkestone", "GB", "border_crossing", 51.09, 1.14),
            new Place("LP11", "Portsmouth International Port", "GB", "port", 50.81, -1.09),
            new Place("LP12", "Port of Newhaven", "GB", "port", 50.79, 0.06),
            new Place("LP13", "Port of Poole", "GB", "port", 50.71, -1.99),
            new Place("LP14", "Port of Hull", "GB", "port", 53.74, -0.28)};

    static final Crossing[] CROSSINGS = {
            new Crossing(0, 8, 90, 30), new Crossing(1, 9, 35, 25), new Crossing(2, 8, 120, 15),
            new Crossing(3, 10, 360, 8), new Crossing(4, 11, 240, 6), new Crossing(5, 12, 270, 4),
            new Crossing(6, 13, 720, 6), new Crossing(7, 13, 660, 6)};

    static final Place[] TOWNS = {
            new Place("LT01", "London", "GB", "city", 51.51, -0.13),
            new Place("LT02", "Dover", "GB", "city", 51.13, 1.31),
            new Place("LT03", "Birmingham", "GB", "city", 52.48, -1.90),
            new Place("LT04", "Manchester", "GB", "city", 53.48, -2.24),
            new Place("LT05", "Liverpool", "GB", "city", 53.41, -2.98),
            new Place("LT06", "Leeds", "GB", "city", 53.80, -1.55),
            new Place("LT07", "Kent (Maidstone)", "GB", "city", 51.27, 0.52),
            new Place("LT08", "Paris", "FR", "city", 48.86, 2.35),
            new Place("LT09", "Lille", "FR", "city", 50.63, 3.06),
            new Place("LT10", "Calais", "FR", "city", 50.95, 1.86),
            new Place("LT11", "Dunkirk", "FR", "city", 51.03, 2.38),
            new Place("LT12", "Boulogne-sur-Mer", "FR", "city", 50.73, 1.61),
            new Place("LT13", "Rouen", "FR", "city", 49.44, 1.10),
            new Place("LT14", "Marseille", "FR", "city", 43.30, 5.37)};

    /** Index in {@link #TOWNS} of the first French town. */
    static final int FIRST_FR_TOWN = 7;

    private Places() {
    }

    /** A town of {@code country} (GB or FR) picked with {@code r}, an int from 0 up. */
    static int town(String country, int r) {
        return country.equals("FR") ? FIRST_FR_TOWN + r % (TOWNS.length - FIRST_FR_TOWN) : r % FIRST_FR_TOWN;
    }

    /** A crossing picked with {@code r} in [0, 100) by the crossings' shares. */
    static int crossing(int r) {
        for (int i = 0; i < CROSSINGS.length; i++) {
            r -= CROSSINGS[i].share();
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }
}
