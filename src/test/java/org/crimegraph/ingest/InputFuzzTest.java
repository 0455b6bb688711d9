package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crimegraph.text.SafeText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzed readers (issue 11): random bytes, truncated files, over-long fields and a character of every
 * Unicode general category in every field of every record type, as CSV files, JSON Lines bundles and
 * edge lists. Whatever the input, a reader either refuses the file up front with an
 * {@link InputFileException} naming it, or yields records whose problems are {@link Reject}s (file,
 * line, field, reason) and whose fields are valid or rejected with {@link InvalidFieldException}: never
 * another exception. Rejected values and fields never carry an unsafe character. No store is needed
 * (store writes are covered by {@code HostileInputTest}); seeded, so a failure repeats; a few seconds.
 */
class InputFuzzTest {

    private static final long SEED = 20_241_129L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** For each record type, a valid row from {@code sample-data/} (column → value). */
    static final Map<RecordType, Map<String, String>> TEMPLATES = new LinkedHashMap<>();

    @BeforeAll
    static void readTemplates() throws IOException {
        for (RecordType type : RecordType.values()) {
            Path sample = Path.of("sample-data", type.fileName() + ".csv");
            Map<String, String> row = new LinkedHashMap<>();
            if (Files.exists(sample)) {
                try (CsvInputFile file = CsvInputFile.open(sample, IngestContext.defaults(), type)) {
                    row.putAll(file.next().rows().get(0).row().values());
                }
            }
            for (String column : type.columns()) {
                row.putIfAbsent(column, "");
            }
            TEMPLATES.put(type, row);
        }
    }

    /** One representative code point of every general category {@link Character#getType} knows. */
    static Map<Integer, Integer> everyCategory() {
        Map<Integer, Integer> byCategory = new LinkedHashMap<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT && byCategory.size() < 29; cp++) {
            // a lone surrogate cannot be written as UTF-8; bytes that would decode to one are covered by
            // the random-bytes case (the decoder reports them as not UTF-8)
            if (Character.getType(cp) != Character.SURROGATE) {
                byCategory.putIfAbsent(Character.getType(cp), cp);
            }
        }
        // the characters the ingest rule names, whatever their category
        for (int cp : new int[] {0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xFFFE}) {
            byCategory.put(-cp - 1, cp);
        }
        return byCategory;
    }

    @Test
    void everyUnicodeCategoryInEveryFieldOfEveryCsvType() throws IOException {
        int files = 0;
        for (RecordType type : RecordType.values()) {
            List<String> columns = List.copyOf(type.columns());
            for (int cp : everyCategory().values()) {
                StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
                int unsafe = 0;
                for (String column : columns) {
                    Map<String, String> row = new LinkedHashMap<>(TEMPLATES.get(type));
                    row.put(column, row.get(column) + new String(Character.toChars(cp)) + "x");
                    List<String> cells = new ArrayList<>();
                    for (String c : columns) {
                        cells.add(quote(row.get(c)));
                    }
                    csv.append(String.join(",", cells)).append('\n');
                    if (isRefused(cp, column)) {
                        unsafe++;
                    }
                }
                Path file = dir.resolve("cp-" + type.fileName() + "-" + Integer.toHexString(cp) + ".csv");
                Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
                Outcome outcome = readCsv(file, type);
                String what = String.format("%s U+%04X", type, cp);
                if (cp == 0) {
                    // a NUL byte in a file's first 8 KB marks it binary: refused before anything is written
                    // (a later one is a structural error at its line: HostileInputTest)
                    assertThat(outcome.refused).as(what).isEqualTo(file + ": binary file (NUL bytes); expected UTF-8 text (CSV or JSON Lines)");
                } else {
                    assertThat(outcome.refused).as(what).isNull();
                    assertThat(outcome.structureLines).as(what).isEmpty();
                    assertThat(outcome.records).as(what).isEqualTo(columns.size());
                    assertThat(outcome.unsafeRejects).as(what + ": rows refused for the character").isEqualTo(unsafe);
                }
                files++;
            }
        }
        assertThat(files).isGreaterThan(RecordType.values().length * 40);
    }

    /** Whether the ingest rule refuses {@code cp} in {@code column}. */
    private static boolean isRefused(int cp, String column) {
        boolean layoutInFreeText = InputRow.FREE_TEXT.contains(column) && (cp == 9 || cp == 10 || cp == 13);
        return cp < 0x10000 && (SafeText.isUnsafe((char) cp) || Character.isSurrogate((char) cp)) && !layoutInFreeText;
    }

    @Test
    void everyUnicodeCategoryInEveryFieldOfABundle() throws IOException {
        StringBuilder lines = new StringBuilder();
        int refused = 0;
        int lineNumber = 0;
        for (int cp : everyCategory().values()) {
            for (RecordType type : RecordType.values()) {
                for (String column : type.columns()) {
                    lines.append(JSON.writeValueAsString(bundleLine(cp, type, column))).append('\n');
                    lineNumber++;
                    if (isRefused(cp, column)) {
                        refused++;
                    }
                }
            }
        }
        Path file = dir.resolve("categories.jsonl");
        Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
        Outcome outcome = readBundle(file);
        assertThat(outcome.refused).isNull();
        assertThat(outcome.structureLines).isEmpty();
        assertThat(outcome.records).isEqualTo(lineNumber);
        assertThat(outcome.unsafeRejects).isEqualTo(refused);
    }

    @Test
    void randomBytesAndTruncatedFilesNeverEscapeAsAnotherException() throws IOException {
        Random random = new Random(SEED);
        List<Path> samples = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            Path sample = Path.of("sample-data", type.fileName() + ".csv");
            if (Files.exists(sample)) {
                samples.add(sample);
            }
        }
        samples.add(Path.of("sample-data", "bundles", "partner-reports.jsonl"));
        int cases = 0;
        for (int i = 0; i < 60; i++) {
            Path sample = samples.get(random.nextInt(samples.size()));
            byte[] bytes = Files.readAllBytes(sample);
            byte[] fuzzed = switch (i % 4) {
                case 0 -> randomBytes(random, 1 + random.nextInt(3000));
                case 1 -> java.util.Arrays.copyOf(bytes, random.nextInt(Math.min(bytes.length, 6000)));  // truncated
                case 2 -> mutate(random, java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 6000)));     // flipped bytes
                default -> withLongField(random, bytes);                                                  // over-long field
            };
            String name = "fuzz-" + i + (sample.toString().endsWith(".jsonl") ? ".jsonl" : ".csv");
            Path file = dir.resolve(name);
            Files.write(file, fuzzed);
            Outcome outcome = name.endsWith(".jsonl") ? readBundle(file) : readCsv(file, null);
            if (outcome.refused != null) {
                assertThat(outcome.refused).startsWith(file.toString());
            }
            cases++;
            Path edges = dir.resolve("edges-" + i + ".csv");
            Files.write(edges, i % 2 == 0 ? fuzzed : concat("source,target,weight\n".getBytes(StandardCharsets.UTF_8), fuzzed));
            try {
                EdgeListFile.read(edges);
            } catch (InputFileException e) {
                assertThat(e.getMessage()).startsWith(edges.toString());
                assertThat(SafeText.firstUnsafe(e.getMessage(), false)).as(e.getMessage()).isEqualTo(-1);
            }
        }
        assertThat(cases).isEqualTo(60);
    }

    @Test
    void edgeListsWithEveryCategoryInAnIdentifier() throws IOException {
        for (int cp : everyCategory().values()) {
            Path file = dir.resolve("edges-cp.csv");
            Files.writeString(file, "source,target\nA,B\n" + quote("C" + new String(Character.toChars(cp)) + "x") + ",A\n",
                    StandardCharsets.UTF_8);
            boolean unsafe = cp < 0x10000 && SafeText.isUnsafe((char) cp);
            try {
                var graph = EdgeListFile.read(file);
                assertThat(unsafe).as("U+%04X accepted", cp).isFalse();
                assertThat(graph.vertexCount()).isEqualTo(3);
            } catch (InputFileException e) {
                assertThat(unsafe).as("U+%04X refused: %s", cp, e.getMessage()).isTrue();
                assertThat(e.getMessage()).contains(cp == 0 ? "binary file" : ": line ");
            }
        }
    }

    /** What reading a file gave. */
    record Outcome(String refused, int records, List<Long> structureLines, int unsafeRejects) {
    }

    private static Outcome readCsv(Path file, RecordType forced) {
        CsvInputFile source;
        try {
            source = CsvInputFile.open(file, IngestContext.defaults(), forced);
        } catch (InputFileException e) {
            return new Outcome(e.getMessage(), 0, List.of(), 0);
        }
        try (source) {
            return drain(source);
        }
    }

    private static Outcome readBundle(Path file) {
        BundleInputFile source;
        try {
            source = BundleInputFile.open(file, IngestContext.defaults());
        } catch (InputFileException e) {
            return new Outcome(e.getMessage(), 0, List.of(), 0);
        }
        try (source) {
            return drain(source);
        }
    }

    /** Reads and maps every record as the ingest does; any exception but a field's is a failure. */
    private static Outcome drain(InputSource source) {
        int records = 0;
        List<Long> structure = new ArrayList<>();
        int unsafe = 0;
        try {
            for (InputSource.InputRecord record = source.next(); record != null; record = source.next()) {
                records++;
                if (record.problem() != null) {
                    checkReject(record.problem());
                    if (record.problem().field().equals(CsvInputFile.STRUCTURE)) {
                        structure.add(record.line());
                    }
                }
                for (InputSource.TypedRow typed : record.rows()) {
                    try {
                        typed.type().map(typed.row());
                    } catch (InvalidFieldException e) {
                        Reject reject = new Reject(typed.row().file(), typed.row().line(), typed.qualify(e.field()),
                                e.value(), e.getMessage());
                        checkReject(reject);
                        if (reject.reason().startsWith("holds the character U+")) {
                            unsafe++;
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            fail(source.path() + ": reading escaped as " + e, e);
        }
        return new Outcome(null, records, structure, unsafe);
    }

    private static void checkReject(Reject reject) {
        assertThat(reject.line()).isPositive();
        assertThat(reject.reason()).isNotBlank();
        assertThat(SafeText.firstUnsafe(reject.field(), false)).as(reject.toString()).isEqualTo(-1);
        if (reject.value() != null) {
            assertThat(SafeText.firstUnsafe(reject.value(), false)).as(reject.toString()).isEqualTo(-1);
        }
    }

    private static ObjectNode bundleLine(int cp, RecordType type, String column) {
        ObjectNode line = JSON.createObjectNode();
        Map<String, String> report = TEMPLATES.get(RecordType.REPORTS);
        for (String field : List.of("reportId", "agency", "receivedAt", "caseId", "summary")) {
            line.put(field, report.get(field));
        }
        ObjectNode grading = line.putObject("grading");
        grading.put("grade", report.get("grade"));
        grading.put("handling", report.get("handling"));
        String odd = new String(Character.toChars(cp)) + "x";
        if (type == RecordType.REPORTS) {
            if (List.of("grade", "handling").contains(column)) {
                grading.put(column, report.get(column) + odd);
            } else {
                line.put(column, report.get(column) + odd);
            }
            return line;
        }
        if (column.equals("reportId")) {
            line.put("reportId", report.get("reportId") + odd);
            return line;
        }
        ObjectNode entity = line.putArray(type.fileName()).addObject();
        TEMPLATES.get(type).forEach((field, value) -> {
            if (!field.equals("reportId")) {
                entity.put(field, field.equals(column) ? value + odd : value);
            }
        });
        return line;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        for (int i = 0; i < 1 + bytes.length / 200; i++) {
            if (bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    private static byte[] withLongField(Random random, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int cut = text.indexOf('\n', text.indexOf('\n') + 1);
        String longValue = "L".repeat(5_000 + random.nextInt(20_000));
        String result = cut < 0 ? text + longValue : text.substring(0, cut) + longValue + text.substring(cut);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
