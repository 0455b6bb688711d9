package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input is rejected cleanly (issue 11): a structural error (a quote left open, bytes that are
 * not UTF-8, a NUL byte late in a file) rejects its file from the line where it starts, keeps what came
 * before and lets the run go on with the other files; over-long fields and control, NUL and
 * bidi-override characters are rejected naming file, line and field.
 */
class HostileInputTest {

    @TempDir
    static Path dir;

    static GraphStore store;

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String PERSONS_HEADER = "reportId,personId,name,aliases,dob,nationality";

    @BeforeAll
    static void openStore() throws Exception {
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")));
        Path reports = write("reports.csv", "reportId,agency,receivedAt,caseId,grade,handling,summary\n"
                + "H1,NCA,,,1B,P,\"a summary with a\ttab and\ntwo lines\"\n");
        IngestSummary summary = ingest(IngestOptions.of(IngestContext.defaults(), 100), reports);
        assertThat(summary.rejects()).isEmpty();
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static IngestSummary ingest(IngestOptions options, Path... files) {
        return new Ingestion(store, options, QUIET).run(List.of(files));
    }

    private static IngestOptions options() {
        return IngestOptions.of(IngestContext.defaults(), 100);
    }

    private static Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static List<String> persons(String prefix) {
        return store.read("projection/persons", Map.of(), r -> r.get("personId").asString()).stream()
                .filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    /** {@code count} persons rows {@code prefix1..prefixN}, one per line, after the header. */
    private static String personRows(String prefix, int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            rows.append("H1,").append(prefix).append(String.format("%03d", i)).append(",Person ").append(i).append(",,,\n");
        }
        return rows.toString();
    }

    @Test
    void anUnterminatedQuoteOnTheLastLineRejectsThatFileFromThereAndTheRunGoesOn() throws Exception {
        Path broken = write("q-persons.csv", PERSONS_HEADER + "\n" + personRows("QA", 20)
                + "H1,QA999,\"Never Closed,,,\n");                                   // line 22
        Path other = write("q-more-persons.csv", PERSONS_HEADER + "\n" + personRows("QB", 3));
        IngestSummary summary = ingest(options(), broken, other);

        assertThat(summary.complete()).isTrue();
        assertThat(summary.rejects()).extracting(Reject::file, Reject::line, Reject::field)
                .containsExactly(tuple(broken.toString(), 22L, "structure"));
        assertThat(summary.rejects().get(0).reason()).contains("not loaded from this line on");
        assertThat(persons("QA")).hasSize(20).doesNotContain("QA999");
        assertThat(persons("QB")).hasSize(3);
    }

    @Test
    void aBadByteAfterTheFirst8KbLoadsWhatCameBeforeAndNamesTheRightLine() throws Exception {
        String rows = personRows("EA", 400);                                               // ~ 24 bytes a row
        assertThat(rows.length()).isGreaterThan(8192);
        byte[] head = (PERSONS_HEADER + "\n" + rows).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "H1,EA999,Zo\u00e9,,,\nH1,EA998,After,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        Path latin1 = write("e-persons.csv", concat(head, tail));
        Path other = write("e-more-persons.csv", PERSONS_HEADER + "\n" + personRows("EB", 2));
        IngestSummary summary = ingest(options(), latin1, other);

        assertThat(summary.rejects()).extracting(Reject::line, Reject::field).containsExactly(tuple(402L, "structure"));
        assertThat(summary.rejects().get(0).reason()).contains("not UTF-8 text at line 402");
        assertThat(persons("EA")).hasSize(400);
        assertThat(persons("EB")).hasSize(2);
    }

    @Test
    void aNulByteLateInAFileIsAStructuralErrorAtItsLine() throws Exception {
        byte[] head = (PERSONS_HEADER + "\n" + personRows("NA", 400)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "H1,NA999,Nul\0Name,,,\n".getBytes(StandardCharsets.UTF_8);
        Path file = write("n-persons.csv", concat(head, tail));
        IngestSummary summary = ingest(options(), file);

        assertThat(summary.rejects()).extracting(Reject::line, Reject::field).containsExactly(tuple(402L, "structure"));
        assertThat(summary.rejects().get(0).reason()).contains("NUL byte at line 402");
        assertThat(persons("NA")).hasSize(400);
    }

    @Test
    void aStructuralRejectCountsTowardsMaxRejects() throws Exception {
        Path broken = write("m-persons.csv", PERSONS_HEADER + "\nH1,MA1,Fine,,,\nH1,MA2,\"open,,,\n");
        Path later = write("m-z-persons.csv", PERSONS_HEADER + "\nH1,MB1,Later,,,\n");
        IngestSummary summary = ingest(options().withRejectLimit(RejectLimit.parse("0")), broken, later);

        assertThat(summary.complete()).isFalse();
        assertThat(summary.stoppedBecause()).contains("--max-rejects 0");
        assertThat(persons("MA")).containsExactly("MA1");
        assertThat(persons("MB")).isEmpty();
    }

    @Test
    void overLongFieldsAndControlOrBidiCharactersAreRejectedNamingTheField() throws Exception {
        String longName = "N".repeat(8 * 1024);
        Path file = write("c-persons.csv", String.join("\n",
                PERSONS_HEADER,                                                           // 1
                "H1,CA1," + longName + ",,,",                                               // 2
                "H1,CA2,Esc\u001b[31mRed,,,",                                               // 3
                "H1,CA3,Fine,Al|\u202eevil,,",                                              // 4
                "H1,CA4,Tab\tName,,,",                                                      // 5
                "H1,CA5,C1\u0085Name,,,",                                                   // 6
                "H1,CA6,Isolate\u2067,,,",                                                  // 7
                "H1,CA7,Loaded Fine,,,",                                                    // 8
                "H1,C" + "X".repeat(150) + ",Long Id,,,",                                   // 9
                "H1,CA8,Alias Too Long," + "a".repeat(201) + ",,",                          // 10
                ""));
        IngestSummary summary = ingest(options(), file);

        assertThat(summary.rejects()).extracting(Reject::line, Reject::field).containsExactly(
                tuple(2L, "name"), tuple(3L, "name"), tuple(4L, "aliases"), tuple(5L, "name"), tuple(6L, "name"),
                tuple(7L, "name"), tuple(9L, "personId"), tuple(10L, "aliases"));
        assertThat(summary.rejects().get(0).reason()).isEqualTo("is 8192 characters long; at most 200 allowed");
        assertThat(summary.rejects().get(0).value()).hasSize(40);
        assertThat(summary.rejects().get(1).reason()).startsWith("holds the character U+001B at position 4");
        assertThat(summary.rejects().get(1).value()).isEqualTo("Esc\\u001b[31mRed");
        assertThat(summary.rejects().get(2).reason()).contains("U+202E");
        assertThat(persons("CA")).containsExactly("CA7");
        assertThat(persons("CX")).isEmpty();
    }

    @Test
    void aBundleWithABadByteLoadsTheLinesBeforeIt() throws Exception {
        String good = "{\"reportId\":\"HB%d\",\"agency\":\"NCA\",\"grading\":{\"grade\":\"1B\",\"handling\":\"P\"},"
                + "\"persons\":[{\"personId\":\"BA%d\",\"name\":\"Bundle %d\"}]}\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(String.format(good, 1, 1, 1).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(String.format(good, 2, 2, 2).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(String.format(good, 3, 3, 3).replace("Bundle", "B\u00fcndle").getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(String.format(good, 4, 4, 4).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"reportId\":\"HB5\",\"agency\":\"NCA\",\"grading\":{\"grade\":\"1B\",\"handling\":\"P\"},\"persons\":[{\"personId\":\"BA5\",\"name\":\"\\u0000\"}]}\n"
                .getBytes(StandardCharsets.UTF_8));
        Path bundle = write("bad.jsonl", bytes.toByteArray());
        IngestSummary summary = ingest(options(), bundle);

        assertThat(summary.rejects()).extracting(Reject::line, Reject::field).containsExactly(tuple(3L, "structure"));
        assertThat(persons("BA")).containsExactly("BA1", "BA2");
    }

    @Test
    void aJsonEscapedNulInABundleFieldIsRejectedNamingTheField() throws Exception {
        Path bundle = write("nul.jsonl", "{\"reportId\":\"HN1\",\"agency\":\"NCA\",\"grading\":{\"grade\":\"1B\",\"handling\":\"P\"},"
                + "\"persons\":[{\"personId\":\"BN1\",\"name\":\"ok\"},{\"personId\":\"BN2\",\"name\":\"nul\\u0000here\"}]}\n");
        IngestSummary summary = ingest(options(), bundle);

        assertThat(summary.rejects()).extracting(Reject::line, Reject::field).containsExactly(tuple(1L, "persons[1].name"));
        assertThat(persons("BN")).containsExactly("BN1");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
