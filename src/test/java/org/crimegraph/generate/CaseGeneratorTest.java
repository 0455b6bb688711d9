package org.crimegraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crimegraph.ingest.PhoneNumbers;
import org.crimegraph.ingest.VehicleRegistration;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator without a store: same seed, same bytes; valid identifiers; the planted structure. */
class CaseGeneratorTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    static GenerateSummary generate(Path out, int persons, long seed) throws IOException {
        return new CaseGenerator(new GenerateOptions(persons, persons * 10L, seed, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 0.2), out, QUIET, false).generate();
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        generate(dir.resolve("a"), 400, 7);
        generate(dir.resolve("b"), 400, 7);
        generate(dir.resolve("c"), 400, 8);
        for (String type : CaseGenerator.FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("a/" + type + ".csv"));
            assertThat(Files.readAllBytes(dir.resolve("b/" + type + ".csv"))).as(type).isEqualTo(a);
        }
        assertThat(Files.readAllBytes(dir.resolve("c/calls.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a/calls.csv")));
        assertThat(Files.readAllBytes(dir.resolve("c/persons.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a/persons.csv")));
    }

    @Test
    void filesArePrivateAndEveryIdentifierIsValid() throws IOException {
        GenerateSummary summary = generate(dir.resolve("case"), 2_000, 3);
        Path caseDir = dir.resolve("case");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(caseDir))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(caseDir)) {
            assertThat(files.map(f -> {
                try {
                    return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).hasSize(CaseGenerator.FILES.size()).containsOnly("rw-------");
        }
        assertThat(summary.rows("calls")).isEqualTo(20_000);
        PhoneNumbers phones = new PhoneNumbers("GB");
        for (List<String> row : rows(caseDir.resolve("calls.csv"))) {
            for (String number : List.of(row.get(2), row.get(3))) {
                assertThat(phones.toE164(number)).as("E.164 as written").isEqualTo(number);
            }
        }
        Set<String> ibans = new HashSet<>();
        for (List<String> row : rows(caseDir.resolve("accounts.csv"))) {
            String iban = row.get(2).replace(" ", "");
            assertThat(IbanUtil.isValid(iban)).as(iban).isTrue();
            ibans.add(iban);
            if (iban.startsWith("FR")) { // the RIB key of the French BBAN
                String bban = iban.substring(4);
                assertThat(SyntheticIdentifiers.ribKey(bban.substring(0, 5), bban.substring(5, 10), bban.substring(10, 21)))
                        .isEqualTo(Integer.parseInt(bban.substring(21)));
            }
        }
        assertThat(ibans).hasSizeGreaterThan(100);
        Set<String> plates = new HashSet<>();
        for (List<String> row : rows(caseDir.resolve("vehicles.csv"))) {
            String vrm = row.get(2);
            assertThat(vrm).matches(row.get(3).equals("FR") ? "[A-HJ-NP-TV-Y]{2}-\\d{3}-[A-HJ-NP-TV-Y]{2}"
                    : "[A-HJ-NP-TV-Y]{2}\\d{2} [A-HJ-NP-TV-Y]{3}");
            plates.add(VehicleRegistration.of(vrm, row.get(3)).key());
        }
        assertThat(plates).hasSizeGreaterThan(50);
        Map<String, Integer> handling = new HashMap<>();
        Set<String> grades = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        for (List<String> row : rows(caseDir.resolve("reports.csv"))) {
            handling.merge(row.get(5), 1, Integer::sum);
            grades.add(row.get(4));
            agencies.add(row.get(1));
        }
        assertThat(handling.keySet()).containsExactlyInAnyOrder("P", "C");
        assertThat(handling.get("P")).isGreaterThan(2 * handling.get("C"));
        assertThat(grades).contains("1A", "1B", "2B", "2C", "3C").hasSizeGreaterThanOrEqualTo(8);
        assertThat(agencies).contains("NCA", "OFAST", "DGDDI", "Border Force");
    }

    @Test
    void theNetworkHasHeavyTailedCellsPendantsHubsAndConvoys() throws IOException {
        GenerateSummary summary = generate(dir.resolve("case"), 20_000, 11);
        // heavy tail: a few cells much larger than the typical one, holding a large share of the members
        assertThat(summary.cells().max()).isGreaterThanOrEqualTo(10 * summary.cells().median());
        assertThat(summary.cells().topDecileShare()).isGreaterThan(0.35);
        assertThat(summary.roles().pendants()).isEqualTo(5_000);
        assertThat(summary.network().degreeOnePersons()).isGreaterThanOrEqualTo(summary.roles().pendants());
        assertThat(summary.network().crossedTogether()).isPositive();
        assertThat(summary.network().links()).isGreaterThanOrEqualTo(5L * summary.persons());

        // a few numbers that very many persons call, which nobody in the case uses
        Set<String> attributed = new HashSet<>();
        rows(dir.resolve("case/phones.csv")).forEach(r -> attributed.add(r.get(2)));
        Map<String, Set<String>> callersOf = new HashMap<>();
        for (List<String> row : rows(dir.resolve("case/calls.csv"))) {
            callersOf.computeIfAbsent(row.get(3), k -> new HashSet<>()).add(row.get(2));
        }
        List<Map.Entry<String, Set<String>>> busiest = callersOf.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size())).limit(summary.hubs().numbers())
                .toList();
        assertThat(busiest).allSatisfy(e -> assertThat(attributed).doesNotContain(e.getKey()));
        assertThat(busiest.get(0).getValue()).hasSizeGreaterThan(1_000);
        int busiestPersonNumber = callersOf.entrySet().stream().filter(e -> attributed.contains(e.getKey()))
                .mapToInt(e -> e.getValue().size()).max().orElseThrow();
        assertThat(busiestPersonNumber).isLessThan(busiest.get(0).getValue().size() / 5);
    }

    @Test
    void leadersCallOnlyLieutenantsAndRarelyAndPendantsHaveOneTie() {
        CaseStructure s = new CaseStructure(5_000, new java.util.SplittableRandom(5), 0, 366L * 86_400);
        int[] ties = new int[s.n];
        for (int i = 0; i < s.pairs; i++) {
            int a = s.pairA[i];
            int b = s.pairB[i];
            ties[a]++;
            ties[b]++;
            if (s.role[a] == CaseStructure.LEADER || s.role[b] == CaseStructure.LEADER) {
                int other = s.role[a] == CaseStructure.LEADER ? b : a;
                assertThat(s.role[other]).isEqualTo(CaseStructure.LIEUTENANT);
                assertThat(s.pairWeight[i]).isLessThan(0.1f); // one call, rarely a second
            }
        }
        for (int i = 0; i < s.associations; i++) {
            ties[s.assocA[i]]++;
            ties[s.assocB[i]]++;
        }
        for (int c = 0; c < s.cells(); c++) {
            assertThat(s.role[s.cellStart[c]]).isEqualTo(CaseStructure.LEADER);
            int leaderCalls = 0;
            for (int i = 0; i < s.pairs; i++) {
                leaderCalls += s.pairA[i] == s.cellStart[c] || s.pairB[i] == s.cellStart[c] ? 1 : 0;
            }
            assertThat(leaderCalls).isBetween(1, 2);
        }
        for (int p = s.members; p < s.n; p++) {
            assertThat(s.role[p]).isEqualTo(CaseStructure.PENDANT);
            assertThat(ties[p]).as("pendant %d", p).isEqualTo(1);
        }
    }

    /** The data rows of a generated file (no quoted commas in the columns read here). */
    static List<List<String>> rows(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).map(l -> Arrays.asList(l.split(",", -1))).toList();
        }
    }
}
