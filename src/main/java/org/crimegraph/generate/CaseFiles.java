package org.crimegraph.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.crimegraph.analysis.Shuffle;
import org.crimegraph.ingest.ProgressLine;

/**
 * The rows of each file of a synthetic case, from its {@link CaseStructure}. Besides writing, every row that
 * is evidence of a person-to-person link (design.md §3, docs/projection.md) records that pair in
 * {@link PersonPairs}, exactly as the projection reads it: a call links the users of the two phones; money
 * links the holders of the two accounts; sharing a phone, account, vehicle or address, operating one route,
 * attending one meeting, a recorded association, and two vehicles crossing at one place within 30 minutes
 * each link the persons concerned. Calls to the hub numbers link nobody: no person in the case uses them.
 */
final class CaseFiles {

    private static final String[] GRADES = {"1A", "1B", "1C", "2A", "2B", "2C", "2D", "3B", "3C", "3D", "3E"};
    private static final int[] GRADE_SHARES = {80, 200, 50, 70, 250, 150, 30, 50, 80, 30, 10};
    private static final String[] REPORT_KINDS = {"INT", "CDR", "FIN", "BRD"};
    private static final String[][] AGENCIES_GB = {{"NCA", "Metropolitan Police", "Kent Police"}, {"NCA"},
            {"NCA", "HMRC"}, {"Border Force"}};
    private static final String[][] AGENCIES_FR = {{"OFAST", "Gendarmerie nationale", "PAF"}, {"OFAST"},
            {"TRACFIN"}, {"DGDDI", "PAF"}};
    private static final String[] SUMMARIES = {"intelligence report on cell %d (%s): members, associations, addresses, meetings",
            "call data return for cell %d (%s)", "financial enquiry on cell %d (%s): accounts and transfers",
            "border records for cell %d (%s): vehicles, crossings, routes"};
    private static final String[] MAKES = {"Ford Transit", "Mercedes-Benz Sprinter", "Renault Master", "Peugeot Boxer",
            "Citroën Jumper", "DAF XF", "Volvo FH", "Scania R450", "Iveco Daily", "Vauxhall Vivaro"};
    private static final String[] CARS = {"BMW X5", "Range Rover Sport", "Audi A6", "Mercedes-Benz E-Class",
            "Volkswagen Golf", "Peugeot 3008"};

    private final GenerateOptions options;
    private final CaseStructure s;
    private final SplittableRandom master;
    private final long start;
    private final long span;
    private final int idWidth;
    /** Person index -> number in the person id, a random permutation so ids say nothing about cells. */
    private final int[] idNumber;

    /** Addresses: each person's (or -1), and each address's town and the cell whose report records it. */
    private final int[] personAddress;
    private int[] addressTown = new int[16];
    private int[] addressCell = new int[16];
    private int addresses;

    /** Accounts: the one a person sends from and receives on (or -1), and each account's one or two holders. */
    private final int[] personAccount;
    private final HeldThings accounts = new HeldThings();

    /** Vehicles: the one a courier drives (or -1), each vehicle's keeper and other driver (or -1). */
    private final int[] courierVehicle;
    private final HeldThings vehicles = new HeldThings();

    /** Crossings made, for the "crossed together" pairs: place, second, vehicle. */
    private byte[] crossingPlace = new byte[16];
    private long[] crossingSecond = new long[16];
    private int[] crossingVehicle = new int[16];
    private int crossings;

    private final int hubsPerCountry;
    private long hubCalls;
    private long reportsShareable;
    private long reportsRestricted;

    CaseFiles(GenerateOptions options, CaseStructure structure, SplittableRandom master) {
        this.options = options;
        this.s = structure;
        this.master = master;
        this.start = options.startSecond();
        this.span = options.spanSeconds();
        this.idWidth = Math.max(7, Integer.toString(s.n).length());
        this.hubsPerCountry = Math.max(2, Math.min(50, 2 + s.n / 200_000));
        SplittableRandom random = master.split();
        idNumber = Shuffle.permutation(s.n, random);
        personAddress = new int[s.n];
        personAccount = new int[s.n];
        courierVehicle = new int[s.n];
        Arrays.fill(personAddress, -1);
        Arrays.fill(personAccount, -1);
        Arrays.fill(courierVehicle, -1);
        assignAddresses(random);
        assignAccounts(random);
        assignVehicles(random);
    }

    int hubsPerCountry() {
        return hubsPerCountry;
    }

    long hubCalls() {
        return hubCalls;
    }

    long reportsShareable() {
        return reportsShareable;
    }

    long reportsRestricted() {
        return reportsRestricted;
    }

    /** Writes the file of {@code type}; returns its data rows. */
    long write(String type, Path file, PersonPairs links, BiFunction<String, Long, ProgressLine> progress)
            throws IOException {
        SplittableRandom random = master.split();
        return switch (type) {
            case "reports" -> reports(file, random);
            case "persons" -> persons(file, random);
            case "locations" -> locations(file, random);
            case "addresses" -> addressRows(file, links);
            case "phones" -> phones(file, links);
            case "calls" -> calls(file, random, links, progress.apply("generate calls.csv", options.calls()));
            case "accounts" -> accountRows(file, random, links);
            case "transactions" -> transactions(file, random, links);
            case "vehicles" -> vehicleRows(file, random, links);
            case "crossings" -> crossingRows(file, random);
            case "routes" -> routes(file, links);
            case "route_stops" -> routeStops(file);
            case "meetings" -> meetings(file, random, links);
            case "associations" -> associations(file, links);
            case "organisations" -> organisations(file, random);
            case "memberships" -> memberships(file);
            default -> throw new IllegalArgumentException("unknown file type " + type);
        };
    }

    // ---- identifiers ------------------------------------------------------------------------------------

    private String personId(int p) {
        return "G" + SyntheticIdentifiers.padded(idNumber[p] + 1L, idWidth);
    }

    private static String reportId(int kind, int cell) {
        return "R" + REPORT_KINDS[kind] + "-" + SyntheticIdentifiers.padded(cell + 1L, 6);
    }

    private static final int INT = 0;
    private static final int CDR = 1;
    private static final int FIN = 2;
    private static final int BRD = 3;
    private static final String PLACES_REPORT = "RLOC-000000";

    private String report(int kind, int person) {
        return reportId(kind, s.cellOf[person]);
    }

    private long randomSecond(SplittableRandom random) {
        return start + random.nextLong(span);
    }

    // ---- assignments ------------------------------------------------------------------------------------

    private void assignAddresses(SplittableRandom random) {
        for (int p = 0; p < s.n; p++) {
            double share = s.role[p] == CaseStructure.PENDANT ? 0.1 : 0.3;
            if (random.nextDouble() < share) {
                personAddress[p] = newAddress(p, random);
            }
        }
        for (int i = 0; i < s.associations; i++) {
            if (CaseStructure.ASSOCIATION_KINDS[s.assocKind[i]].equals("lives_with")) {
                int a = s.assocA[i];
                int b = s.assocB[i];
                if (personAddress[a] < 0) {
                    personAddress[a] = newAddress(a, random);
                }
                personAddress[b] = personAddress[a];
            }
        }
    }

    private int newAddress(int person, SplittableRandom random) {
        if (addresses == addressTown.length) {
            addressTown = Arrays.copyOf(addressTown, addresses * 2);
            addressCell = Arrays.copyOf(addressCell, addresses * 2);
        }
        addressTown[addresses] = Places.town(s.country(person), random.nextInt(1 << 20));
        addressCell[addresses] = s.cellOf[person];
        return addresses++;
    }

    private void assignAccounts(SplittableRandom random) {
        for (int p = 0; p < s.members; p++) {
            boolean holds = s.role[p] == CaseStructure.LEADER || s.role[p] == CaseStructure.LIEUTENANT || s.broker[p]
                    || random.nextDouble() < 0.35;
            if (holds) {
                personAccount[p] = accounts.add(p);
            }
        }
        for (int i = 0; i < s.associations; i++) {
            int a = s.assocA[i];
            int b = s.assocB[i];
            if (CaseStructure.ASSOCIATION_KINDS[s.assocKind[i]].equals("lives_with") && personAccount[a] >= 0
                    && personAccount[b] < 0 && accounts.other(personAccount[a]) < 0 && random.nextBoolean()) {
                personAccount[b] = personAccount[a];
                accounts.setOther(personAccount[a], b);
            }
        }
    }

    private void assignVehicles(SplittableRandom random) {
        for (int p = 0; p < s.members; p++) {
            if (s.role[p] == CaseStructure.COURIER) {
                int keeper = random.nextDouble() < 0.15 ? s.cellStart[s.cellOf[p]] + 1 : p; // the first lieutenant's
                int v = vehicles.add(keeper);
                if (keeper != p) {
                    vehicles.setOther(v, p);
                }
                courierVehicle[p] = v;
            } else if (s.role[p] == CaseStructure.LIEUTENANT && random.nextDouble() < 0.3) {
                vehicles.add(p);
            }
        }
    }

    // ---- files ------------------------------------------------------------------------------------------

    private long reports(Path file, SplittableRandom random) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "agency", "receivedAt", "caseId", "grade", "handling",
                "summary"))) {
            out.cell(PLACES_REPORT).cell("NCA").instant(start).cell("SYN-PLACES").cell("1A").cell("P")
                    .cell("gazetteer of ports, terminals and towns").end();
            reportsShareable++;
            for (int c = 0; c < s.cells(); c++) {
                boolean gb = s.cellCountry[c] == 0;
                String country = gb ? "GB" : "FR";
                for (int kind = 0; kind < REPORT_KINDS.length; kind++) {
                    String[] agencies = (gb ? AGENCIES_GB : AGENCIES_FR)[kind];
                    boolean restricted = random.nextDouble() < options.restrictedShare();
                    if (restricted) {
                        reportsRestricted++;
                    } else {
                        reportsShareable++;
                    }
                    out.cell(reportId(kind, c)).cell(agencies[random.nextInt(agencies.length)])
                            .instant(randomSecond(random) + random.nextLong(30L * 86_400))
                            .cell("SYN-" + country + "-" + SyntheticIdentifiers.padded(c + 1L, 6))
                            .cell(grade(random)).cell(restricted ? "C" : "P")
                            .cell(String.format(java.util.Locale.ROOT, SUMMARIES[kind], c + 1, country)).end();
                }
            }
            return out.rows();
        }
    }

    private static String grade(SplittableRandom random) {
        return SyntheticNames.byShare(random, GRADES, GRADE_SHARES);
    }

    private long persons(Path file, SplittableRandom random) throws IOException {
        LocalDate from = options.from();
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personId", "name", "aliases", "dob", "nationality"))) {
            for (int p = 0; p < s.n; p++) {
                String nationality = SyntheticNames.nationality(random, s.country(p));
                String name = SyntheticNames.name(random, nationality);
                double aliasShare = s.role[p] == CaseStructure.LEADER ? 0.6 : 0.15;
                String aliases = random.nextDouble() < aliasShare ? SyntheticNames.alias(random) : null;
                String dob = null;
                if (random.nextDouble() < 0.9) {
                    StringBuilder b = new StringBuilder(10);
                    IsoTimes.appendDate(b, from.minusYears(18).minusDays(random.nextInt(47 * 365)));
                    dob = b.toString();
                }
                out.cell(report(INT, p)).cell(personId(p)).cell(name).cell(aliases).cell(dob).cell(nationality).end();
                if (random.nextDouble() < 0.15) { // also named in the call data return
                    out.cell(report(CDR, p)).cell(personId(p)).cell(name).cell(aliases).cell(dob).cell(nationality).end();
                }
            }
            return out.rows();
        }
    }

    private long locations(Path file, SplittableRandom random) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "locationId", "name", "country", "kind", "lat", "lon"))) {
            for (Places.Place place : Places.PORTS) {
                place(out, PLACES_REPORT, place.id(), place.name(), place.country(), place.kind(), place.lat(), place.lon());
            }
            for (Places.Place place : Places.TOWNS) {
                place(out, PLACES_REPORT, place.id(), place.name(), place.country(), place.kind(), place.lat(), place.lon());
            }
            for (int a = 0; a < addresses; a++) {
                Places.Place town = Places.TOWNS[addressTown[a]];
                double lat = town.lat() + (random.nextInt(21) - 10) / 100.0;
                double lon = town.lon() + (random.nextInt(21) - 10) / 100.0;
                place(out, reportId(INT, addressCell[a]), addressId(a), "Flat, " + town.name() + " (synthetic)",
                        town.country(), "address", lat, lon);
            }
            return out.rows();
        }
    }

    private String addressId(int a) {
        return "LA" + SyntheticIdentifiers.padded(a + 1L, idWidth);
    }

    private static void place(CsvSink out, String report, String id, String name, String country, String kind,
                              double lat, double lon) throws IOException {
        out.cell(report).cell(id).cell(name).cell(country).cell(kind).cell(twoDecimals(lat)).cell(twoDecimals(lon)).end();
    }

    private static String twoDecimals(double value) {
        long hundredths = Math.round(Math.abs(value) * 100);
        return (value < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + "." + SyntheticIdentifiers.padded(hundredths % 100, 2);
    }

    private long addressRows(Path file, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personId", "locationId", "from", "to"))) {
            int[] residentsStart = new int[addresses + 1];
            for (int p = 0; p < s.n; p++) {
                if (personAddress[p] >= 0) {
                    residentsStart[personAddress[p] + 1]++;
                    out.cell(report(INT, p)).cell(personId(p)).cell(addressId(personAddress[p])).cell((String) null)
                            .cell((String) null).end();
                }
            }
            for (int a = 0; a < addresses; a++) {
                residentsStart[a + 1] += residentsStart[a];
            }
            int[] residents = new int[residentsStart[addresses]];
            int[] filled = new int[addresses];
            for (int p = 0; p < s.n; p++) {
                int a = personAddress[p];
                if (a >= 0) {
                    residents[residentsStart[a] + filled[a]++] = p;
                }
            }
            for (int a = 0; a < addresses; a++) {
                for (int i = residentsStart[a]; i < residentsStart[a + 1]; i++) {
                    for (int j = i + 1; j < residentsStart[a + 1]; j++) {
                        links.add(residents[i], residents[j]); // shared address
                    }
                }
            }
            return out.rows();
        }
    }

    private long phones(Path file, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personId", "phone", "from", "to"))) {
            for (int p = 0; p < s.n; p++) {
                String changed = s.secondPhone[p] >= 0 ? IsoTimes.date(s.changeAt[p]) : null;
                out.cell(report(CDR, p)).cell(personId(p)).cell(s.phoneNumber(p, p)).cell((String) null).cell(changed).end();
                if (changed != null) {
                    out.cell(report(CDR, p)).cell(personId(p)).cell(s.phoneNumber(s.secondPhone[p], p)).cell(changed)
                            .cell((String) null).end();
                }
            }
            for (int k = 0; k < s.burners; k++) {
                int a = s.burnerUsers[2 * k];
                int b = s.burnerUsers[2 * k + 1];
                for (int user : new int[] {a, b}) {
                    out.cell(report(CDR, user)).cell(personId(user)).cell(s.phoneNumber(s.burner[user], user))
                            .cell((String) null).cell((String) null).end();
                }
                links.add(a, b); // shared phone
            }
            return out.rows();
        }
    }

    private long calls(Path file, SplittableRandom random, PersonPairs links, ProgressLine bar) throws IOException {
        long total = options.calls();
        long toHubs = Math.round(total * CaseGenerator.HUB_CALL_SHARE);
        long toPairs = total - toHubs;
        double[] cumulative = new double[s.pairs];
        double sum = 0;
        for (int i = 0; i < s.pairs; i++) {
            sum += s.pairWeight[i];
            cumulative[i] = sum;
        }
        double[] hubCumulative = new double[hubsPerCountry];
        double hubSum = 0;
        for (int h = 0; h < hubsPerCountry; h++) {
            hubSum += 1.0 / (h + 1); // Zipf: the first taxi firm gets most calls
            hubCumulative[h] = hubSum;
        }
        int idWidthCalls = Math.max(9, Long.toString(total).length());
        long hubsLeft = toHubs;
        long pairCall = 0;
        try (CsvSink out = new CsvSink(file, List.of("reportId", "callId", "caller", "callee", "start", "durationS"))) {
            for (long i = 0; i < total; i++) {
                long second = randomSecond(random);
                long duration = Math.max(1, Math.min(7_200, Math.round(Math.exp(4 + random.nextGaussian()))));
                boolean hub = s.pairs == 0 || random.nextLong(total - i) < hubsLeft;
                if (hub) {
                    hubsLeft--;
                    hubCalls++;
                    int caller = s.randomNonLeaderMember(random);
                    if (s.n > s.members && random.nextDouble() < 0.25) {
                        caller = s.members + random.nextInt(s.n - s.members); // pendants order pizza too
                    }
                    int hubIndex = pick(hubCumulative, random.nextDouble() * hubSum);
                    String callerCountry = s.country(caller);
                    callRow(out, caller, i + 1, idWidthCalls, s.phoneAt(caller, second), caller);
                    out.cell(SyntheticIdentifiers.hubNumber(hubIndex, callerCountry)).instant(second).cell(duration).end();
                } else {
                    int pair = pairCall < s.pairs ? (int) pairCall : pick(cumulative, random.nextDouble() * sum);
                    boolean first = pairCall < s.pairs;
                    pairCall++;
                    boolean forward = random.nextBoolean();
                    int caller = forward ? s.pairA[pair] : s.pairB[pair];
                    int callee = forward ? s.pairB[pair] : s.pairA[pair];
                    int callerPhone = phoneFor(caller, second, random);
                    int calleePhone = phoneFor(callee, second, random);
                    if (calleePhone == callerPhone) {
                        calleePhone = s.phoneAt(callee, second);
                    }
                    if (first) {
                        links.add(caller, callee);
                    }
                    linkBurnerUsers(callerPhone, calleePhone, caller, callee, links);
                    callRow(out, caller, i + 1, idWidthCalls, callerPhone, caller);
                    SyntheticIdentifiers.appendMobile(out.raw(), calleePhone, s.country(callee));
                    out.instant(second).cell(duration).end();
                }
                if ((i & 0xFFF) == 0) {
                    bar.update(i, i);
                }
            }
            bar.finish(total, total);
            return out.rows();
        }
    }

    /** Starts a call row: report, call id, caller's number. */
    private void callRow(CsvSink out, int person, long callNumber, int width, int phone, int user) {
        StringBuilder b = out.raw();
        b.append("RCDR-");
        SyntheticIdentifiers.appendPadded(b, s.cellOf[person] + 1L, 6);
        b = out.raw().append('K');
        SyntheticIdentifiers.appendPadded(b, callNumber, width);
        SyntheticIdentifiers.appendMobile(out.raw(), phone, s.country(user));
    }

    /** The phone a person calls from or answers on: a shared burner a quarter of the time, if they have one. */
    private int phoneFor(int person, long second, SplittableRandom random) {
        if (s.burner[person] >= 0 && random.nextDouble() < 0.25) {
            return s.burner[person];
        }
        return s.phoneAt(person, second);
    }

    /** A call on a shared burner links its other user too (every user of one phone to every user of the other). */
    private void linkBurnerUsers(int callerPhone, int calleePhone, int caller, int callee, PersonPairs links) {
        int otherCaller = otherBurnerUser(callerPhone, caller);
        int otherCallee = otherBurnerUser(calleePhone, callee);
        if (otherCaller >= 0) {
            links.add(otherCaller, callee);
        }
        if (otherCallee >= 0) {
            links.add(caller, otherCallee);
        }
        if (otherCaller >= 0 && otherCallee >= 0) {
            links.add(otherCaller, otherCallee);
        }
    }

    private int otherBurnerUser(int phone, int user) {
        if (s.burner[user] != phone) {
            return -1;
        }
        int k = phone - (s.phoneCount - s.burners);
        int a = s.burnerUsers[2 * k];
        return a == user ? s.burnerUsers[2 * k + 1] : a;
    }

    private static int pick(double[] cumulative, double target) {
        int i = Arrays.binarySearch(cumulative, target);
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, cumulative.length - 1);
    }

    private long accountRows(Path file, SplittableRandom random, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personId", "iban", "bank", "from", "to"))) {
            for (int a = 0; a < accounts.count(); a++) {
                int holder = accounts.holder(a);
                String country = s.country(holder);
                String iban = SyntheticIdentifiers.iban(a, country);
                if (random.nextDouble() < 0.2) {
                    iban = iban.replaceAll("(.{4})(?!$)", "$1 "); // as printed on a statement
                }
                String bank = country.equals("FR") ? "Banque de la Côte d'Opale (fictive)" : "Thames Mutual Bank (fictitious)";
                out.cell(report(FIN, holder)).cell(personId(holder)).cell(iban).cell(bank).cell((String) null)
                        .cell((String) null).end();
                int joint = accounts.other(a);
                if (joint >= 0) {
                    out.cell(report(FIN, joint)).cell(personId(joint)).cell(iban).cell(bank).cell((String) null)
                            .cell((String) null).end();
                    links.add(holder, joint); // shared account
                }
            }
            return out.rows();
        }
    }

    private long transactions(Path file, SplittableRandom random, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "txId", "fromIban", "toIban", "ts", "amount", "currency"))) {
            long[] next = {0};
            for (int p = 0; p < s.members; p++) {
                int from = personAccount[p];
                if (from < 0 || s.role[p] == CaseStructure.LEADER) {
                    continue;
                }
                int cellStart = s.cellStart[s.cellOf[p]];
                int to;
                int count;
                if (s.role[p] == CaseStructure.LIEUTENANT) {
                    // lieutenants pay the first lieutenant, who alone pays the leader
                    to = p == cellStart + 1 ? personAccount[cellStart] : personAccount[cellStart + 1];
                    count = p == cellStart + 1 ? 2 + random.nextInt(5) : 1 + CaseStructure.geometric(random, 1.5);
                } else {
                    to = personAccount[s.boss[p]];
                    count = CaseStructure.geometric(random, 1.5);
                }
                transfer(out, random, links, p, from, to, count, next);
                if (s.broker[p] && s.cells() > 1) {
                    int other = s.randomNonLeaderMember(random);
                    int otherLieutenant = s.cellStart[s.cellOf[other]] + 1;
                    if (s.cellOf[other] != s.cellOf[p]) {
                        transfer(out, random, links, p, from, personAccount[otherLieutenant], 1, next);
                    }
                }
            }
            return out.rows();
        }
    }

    private void transfer(CsvSink out, SplittableRandom random, PersonPairs links, int sender, int from, int to,
                          int count, long[] next) throws IOException {
        if (to < 0 || to == from || count <= 0) {
            return;
        }
        String fromIban = SyntheticIdentifiers.iban(from, s.country(accounts.holder(from)));
        String toIban = SyntheticIdentifiers.iban(to, s.country(accounts.holder(to)));
        String currency = s.country(accounts.holder(from)).equals("FR") ? "EUR" : "GBP";
        for (int t = 0; t < count; t++) {
            long cents = Math.max(100, Math.round(Math.exp(7 + 1.2 * random.nextGaussian()) * 100));
            out.cell(report(FIN, sender)).cell("T" + SyntheticIdentifiers.padded(++next[0], idWidth + 1))
                    .cell(fromIban).cell(toIban).instant(randomSecond(random))
                    .cell(cents / 100 + "." + SyntheticIdentifiers.padded(cents % 100, 2)).cell(currency).end();
        }
        for (int a : accounts.persons(from)) {
            for (int b : accounts.persons(to)) {
                links.add(a, b);
            }
        }
    }

    private String vrm(int v) {
        return SyntheticIdentifiers.registration(v, s.country(vehicles.holder(v)));
    }

    private long vehicleRows(Path file, SplittableRandom random, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personId", "vrm", "country", "relation", "make"))) {
            for (int v = 0; v < vehicles.count(); v++) {
                int keeper = vehicles.holder(v);
                String country = s.country(keeper);
                boolean courierVan = s.role[keeper] == CaseStructure.COURIER || vehicles.other(v) >= 0;
                String make = courierVan ? MAKES[random.nextInt(MAKES.length)] : CARS[random.nextInt(CARS.length)];
                out.cell(report(BRD, keeper)).cell(personId(keeper)).cell(vrm(v)).cell(country).cell("KEEPER_OF")
                        .cell(make).end();
                int driver = vehicles.other(v);
                if (driver >= 0) {
                    out.cell(report(BRD, driver)).cell(personId(driver)).cell(vrm(v)).cell(country).cell("DRIVES")
                            .cell(make).end();
                    links.add(keeper, driver); // shared vehicle
                }
            }
            return out.rows();
        }
    }

    /** Each cell's couriers make about one trip each, alone or in a convoy of two or three vehicles minutes apart. */
    private long crossingRows(Path file, SplittableRandom random) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "crossingId", "vrm", "country", "locationId", "ts",
                "direction"))) {
            for (int c = 0; c < s.cells(); c++) {
                int first = s.cellStart[c] + 1 + CaseStructure.lieutenants(s.cellSize[c]);
                int couriers = CaseStructure.couriers(s.cellSize[c]);
                if (couriers == 0) {
                    continue;
                }
                int usual = Places.crossing(random.nextInt(100));
                for (int trip = 0; trip < couriers; trip++) {
                    Places.Crossing route = Places.CROSSINGS[random.nextDouble() < 0.7 ? usual
                            : Places.crossing(random.nextInt(100))];
                    boolean toUk = random.nextBoolean();
                    int origin = toUk ? route.continental() : route.uk();
                    int destination = toUk ? route.uk() : route.continental();
                    String direction = "to_" + Places.PORTS[destination].country().toLowerCase(java.util.Locale.ROOT);
                    double r = random.nextDouble();
                    int convoy = Math.min(couriers, r < 0.5 ? 1 : r < 0.85 ? 2 : 3);
                    long departure = start + random.nextLong(Math.max(1, span - 86_400));
                    long crossingTime = route.minutes() * 60L + random.nextInt(600);
                    int lead = random.nextInt(couriers);
                    long offset = 0;
                    for (int k = 0; k < convoy; k++) {
                        int courier = first + (lead + k) % couriers;
                        int v = courierVehicle[courier];
                        crossing(out, courier, v, origin, departure + offset, direction);
                        crossing(out, courier, v, destination, departure + offset + crossingTime, direction);
                        offset += 120 + random.nextInt(1_080); // the next vehicle 2 to 20 minutes behind
                    }
                }
            }
            return out.rows();
        }
    }

    private void crossing(CsvSink out, int courier, int v, int place, long second, String direction) throws IOException {
        if (crossings == crossingPlace.length) {
            crossingPlace = Arrays.copyOf(crossingPlace, crossings * 2);
            crossingSecond = Arrays.copyOf(crossingSecond, crossings * 2);
            crossingVehicle = Arrays.copyOf(crossingVehicle, crossings * 2);
        }
        crossingPlace[crossings] = (byte) place;
        crossingSecond[crossings] = second;
        crossingVehicle[crossings] = v;
        crossings++;
        out.cell(report(BRD, courier)).cell("X" + SyntheticIdentifiers.padded(crossings, idWidth + 1)).cell(vrm(v))
                .cell(s.country(vehicles.holder(v))).cell(Places.PORTS[place].id()).instant(second).cell(direction).end();
    }

    /**
     * Adds the pairs of persons whose vehicles crossed at one place within the window (every keeper or driver of
     * one vehicle with every keeper or driver of the other) and returns how many distinct such pairs there are.
     */
    long crossedTogether(PersonPairs links) {
        if (crossings >= 1 << 24 || span >= 1L << 33) {
            throw new IllegalStateException("too many crossings or too long a case for the crossing sweep");
        }
        long[] order = new long[crossings];
        for (int i = 0; i < crossings; i++) {
            order[i] = ((long) crossingPlace[i] << 57) | ((crossingSecond[i] - start + 86_400) << 24) | i;
        }
        Arrays.sort(order);
        PersonPairs together = new PersonPairs();
        for (int x = 0; x < crossings; x++) {
            int i = (int) (order[x] & 0xFF_FFFF);
            for (int y = x + 1; y < crossings; y++) {
                int j = (int) (order[y] & 0xFF_FFFF);
                if (crossingPlace[j] != crossingPlace[i] || crossingSecond[j] - crossingSecond[i] > CaseGenerator.CROSSING_WINDOW_SECONDS) {
                    break;
                }
                if (crossingVehicle[i] != crossingVehicle[j]) {
                    for (int a : vehicles.persons(crossingVehicle[i])) {
                        for (int b : vehicles.persons(crossingVehicle[j])) {
                            links.add(a, b);
                            together.add(a, b);
                        }
                    }
                }
            }
        }
        return together.distinct();
    }


    private String routeId(int cell) {
        return "RT" + SyntheticIdentifiers.padded(cell + 1L, 6);
    }

    private boolean hasRoute(int cell) {
        return CaseStructure.couriers(s.cellSize[cell]) >= 2;
    }

    private int firstCourier(int cell) {
        return s.cellStart[cell] + 1 + CaseStructure.lieutenants(s.cellSize[cell]);
    }

    private long routes(Path file, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "routeId", "name", "operatorId"))) {
            for (int c = 0; c < s.cells(); c++) {
                if (hasRoute(c)) {
                    int a = firstCourier(c);
                    String name = "van route of cell " + (c + 1);
                    out.cell(report(BRD, a)).cell(routeId(c)).cell(name).cell(personId(a)).end();
                    out.cell(report(BRD, a + 1)).cell(routeId(c)).cell(name).cell(personId(a + 1)).end();
                    links.add(a, a + 1);
                }
            }
            return out.rows();
        }
    }

    private long routeStops(Path file) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "routeId", "seq", "locationId"))) {
            for (int c = 0; c < s.cells(); c++) {
                if (hasRoute(c)) {
                    int a = firstCourier(c);
                    Places.Crossing route = Places.CROSSINGS[c % Places.CROSSINGS.length];
                    int town = Places.town(s.country(a), c);
                    out.cell(report(BRD, a)).cell(routeId(c)).cell(1).cell(Places.TOWNS[town].id()).end();
                    out.cell(report(BRD, a)).cell(routeId(c)).cell(2).cell(Places.PORTS[route.continental()].id()).end();
                    out.cell(report(BRD, a)).cell(routeId(c)).cell(3).cell(Places.PORTS[route.uk()].id()).end();
                }
            }
            return out.rows();
        }
    }

    /** Leaders meet one or two lieutenants; members meet in small groups. */
    private long meetings(Path file, SplittableRandom random, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "meetingId", "ts", "locationId", "attendees"))) {
            long[] next = {0};
            for (int c = 0; c < s.cells(); c++) {
                int first = s.cellStart[c];
                int size = s.cellSize[c];
                int leaderMeetings = 1 + (size >= 30 ? 1 : 0);
                for (int m = 0; m < leaderMeetings; m++) {
                    int[] attendees = random.nextBoolean() && CaseStructure.lieutenants(size) >= 2
                            ? new int[] {first, first + 1, first + 2} : new int[] {first, first + 1};
                    meeting(out, random, links, c, attendees, next);
                }
                for (int m = 0; m < size / 10; m++) {
                    int count = Math.min(size - 1, 3 + random.nextInt(3));
                    int[] attendees = random.ints(count, first + 1, first + size).distinct().toArray();
                    meeting(out, random, links, c, attendees, next);
                }
            }
            return out.rows();
        }
    }

    private void meeting(CsvSink out, SplittableRandom random, PersonPairs links, int cell, int[] attendees,
                         long[] next) throws IOException {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < attendees.length; i++) {
            names.append(i == 0 ? "" : "|").append(personId(attendees[i]));
            for (int j = i + 1; j < attendees.length; j++) {
                links.add(attendees[i], attendees[j]);
            }
        }
        int town = Places.town(s.country(attendees[0]), random.nextInt(1 << 20));
        out.cell(reportId(INT, cell)).cell("M" + SyntheticIdentifiers.padded(++next[0], idWidth))
                .instant(randomSecond(random)).cell(Places.TOWNS[town].id()).cell(names.toString()).end();
    }

    private long associations(Path file, PersonPairs links) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personA", "personB", "kind"))) {
            for (int i = 0; i < s.associations; i++) {
                int a = s.assocA[i];
                int b = s.assocB[i];
                out.cell(report(INT, a)).cell(personId(a)).cell(personId(b))
                        .cell(CaseStructure.ASSOCIATION_KINDS[s.assocKind[i]]).end();
                links.add(a, b);
            }
            return out.rows();
        }
    }

    /** Cells with couriers often run a haulage front company (stored, not used by the projection). */
    private boolean hasCompany(int cell) {
        return CaseStructure.couriers(s.cellSize[cell]) >= 1 && Math.floorMod(cell * 7 + options.seed(), 10) < 3;
    }

    private long organisations(Path file, SplittableRandom random) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "orgId", "name", "kind", "country"))) {
            for (int c = 0; c < s.cells(); c++) {
                if (hasCompany(c)) {
                    String country = s.country(s.cellStart[c]);
                    String family = SyntheticNames.familyName(random, country);
                    String name = country.equals("FR") ? "Transports " + family + " SARL" : family + " Haulage Ltd";
                    out.cell(reportId(INT, c)).cell("O" + SyntheticIdentifiers.padded(c + 1L, 6)).cell(name)
                            .cell("company").cell(country).end();
                }
            }
            return out.rows();
        }
    }

    private long memberships(Path file) throws IOException {
        try (CsvSink out = new CsvSink(file, List.of("reportId", "personId", "orgId", "role", "from", "to"))) {
            for (int c = 0; c < s.cells(); c++) {
                if (hasCompany(c)) {
                    String org = "O" + SyntheticIdentifiers.padded(c + 1L, 6);
                    int lieutenant = s.cellStart[c] + 1;
                    out.cell(reportId(INT, c)).cell(personId(lieutenant)).cell(org).cell("DIRECTOR_OF")
                            .cell((String) null).cell((String) null).end();
                    int first = firstCourier(c);
                    for (int k = 0; k < CaseStructure.couriers(s.cellSize[c]); k++) {
                        out.cell(reportId(INT, c)).cell(personId(first + k)).cell(org).cell("MEMBER_OF")
                                .cell((String) null).cell((String) null).end();
                    }
                }
            }
            return out.rows();
        }
    }
}
