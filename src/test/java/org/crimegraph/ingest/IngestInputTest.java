package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
 * Report gradings in three schemes, {@code --type}, unreadable files, {@code --max-rejects} and the
 * rejects file, against one embedded store. Each test uses its own report and entity ids.
 */
class IngestInputTest {

    @TempDir
    static Path dir;

    static GraphStore store;

    @BeforeAll
    static void openStore() {
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")));
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static IngestSummary ingest(IngestOptions options, Path... files) {
        return new Ingestion(store, options, QUIET).run(List.of(files));
    }

    private static IngestOptions options(int batchSize) {
        return IngestOptions.of(IngestContext.defaults(), batchSize);
    }

    private static Path write(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, String> report(String id) {
        return store.read("projection/reports", Map.of(), r -> r).stream()
                .filter(r -> r.get("reportId").asString().equals(id))
                .map(r -> Map.of("grade", r.get("grade").asString(), "handling", r.get("handling").asString()))
                .findFirst().orElse(null);
    }

    @Test
    void gradingsIn5x5x5AndAdmiraltyAreMappedAndInvalidOnesRejected() throws Exception {
        Path reports = write("graded-reports.csv", String.join("\n",
                "reportId,agency,receivedAt,caseId,grade,handling,summary,scheme",   // 1
                "G1,NCA,,,1B,P,native,",                                            // 2
                "G2,NCA,,,B2,4,five by five by five,5x5x5",                         // 3 -> 1A / C
                "G3,NATO,,,F6,P,admiralty,admiralty",                               // 4 -> 2D / P
                "G4,NCA,,,E3,1,untested source,5x5x5",                              // 5 -> 2B / P
                "G5,NCA,,,F1,1,no F in 5x5x5,5x5x5",                                // 6 rejected
                "G6,NATO,,,A1,2,admiralty has no handling code,admiralty",          // 7 rejected
                "G7,NCA,,,,P,no grade at all,",                                     // 8 rejected
                "G8,NCA,,,1B,P,unknown scheme,4x4",                                 // 9 rejected
                ""));
        Path persons = write("graded-persons.csv", String.join("\n",
                "reportId,personId,name,aliases,dob,nationality",
                "G2,GP1,Graded Person,,,",
                "G5,GP2,Cites A Rejected Report,,,",
                ""));
        IngestSummary summary = ingest(options(3), reports, persons);
        assertThat(report("G1")).isEqualTo(Map.of("grade", "1B", "handling", "P"));
        assertThat(report("G2")).isEqualTo(Map.of("grade", "1A", "handling", "C"));
        assertThat(report("G3")).isEqualTo(Map.of("grade", "2D", "handling", "P"));
        assertThat(report("G4")).isEqualTo(Map.of("grade", "2B", "handling", "P"));
        assertThat(store.read("status/labels", Map.of(), r -> r.get("label").asString())).contains("Report");
        assertThat(summary.rejects()).extracting(Reject::line, Reject::field, Reject::value)
                .containsExactly(
                        tuple(6L, "grade", "F1"),
                        tuple(7L, "handling", "2"),
                        tuple(8L, "grade", ""),
                        tuple(9L, "scheme", "4x4"),
                        tuple(3L, "reportId", "G5"));
        assertThat(summary.rejects().get(0).reason()).contains("source A-E");
        assertThat(summary.rejects().get(4).reason()).isEqualTo("unknown report: no report 'G5' has been ingested");
        assertThat(store.read("projection/persons", Map.of(), r -> r.get("personId").asString()))
                .contains("GP1").doesNotContain("GP2");
    }

    @Test
    void typeForcesTheRecordTypeAndIgnoresExtraColumns() throws Exception {
        Path reports = write("forced-reports.csv", String.join("\n",
                "reportId,agency,receivedAt,caseId,grade,handling,summary",
                "T1,NCA,,,2B,P,for --type",
                ""));
        Path persons = write("export-from-another-tool.csv", String.join("\n",
                "reportId,personId,name,aliases,dob,nationality,colour,notes",
                "T1,TP1,Typed Person,,,,blue,whatever",
                ""));
        assertThatThrownBy(() -> ingest(options(10), persons))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(persons + ": line 1: unknown header")
                .hasMessageContaining("--type");
        ingest(options(10), reports);
        IngestSummary summary = ingest(options(10).withForcedType(RecordType.PERSONS), persons);
        assertThat(summary.files()).extracting(f -> f.kind(), f -> f.loaded()).containsExactly(tuple("persons", 1L));
        assertThatThrownBy(() -> ingest(options(10).withForcedType(RecordType.CALLS), persons))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(persons.toString())
                .hasMessageContaining("read as calls (--type), but the header lacks [callId, caller, callee, start, durationS]");
        assertThat(RecordType.named("Calls")).isEqualTo(RecordType.CALLS);
        assertThatThrownBy(() -> RecordType.named("cdr")).hasMessageContaining("unknown record type 'cdr'");
    }

    @Test
    void unreadableFilesFailNamingTheFileBeforeAnythingIsWritten() throws Exception {
        Path good = write("fine-reports.csv", "reportId,agency,receivedAt,caseId,grade,handling,summary\nU1,NCA,,,1B,P,x\n");
        Path binary = dir.resolve("in/binary.csv");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Path latin1 = dir.resolve("in/latin1.csv");
        Files.write(latin1, "reportId,personId,name,aliases,dob,nationality\u00e9\nU1,UP1,Zoe,,,\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path empty = write("empty.csv", "");
        Path headerless = write("headerless.csv", "U1,UP2,No Header,,,\n");
        Path missing = dir.resolve("in/not-there.csv");
        Path notJson = write("bundle.jsonl", "reportId,agency\n");

        assertThatThrownBy(() -> ingest(options(10), good, binary)).isInstanceOf(InputFileException.class)
                .hasMessage(binary + ": binary file (NUL bytes); expected UTF-8 text (CSV or JSON Lines)");
        assertThatThrownBy(() -> ingest(options(10), good, latin1)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(latin1 + ": line 1: ").hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> ingest(options(10), good, empty)).isInstanceOf(InputFileException.class)
                .hasMessage(empty + ": empty file (expected a header row)");
        assertThatThrownBy(() -> ingest(options(10), good, headerless)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(headerless + ": line 1: unknown header [U1, UP2, No Header");
        assertThatThrownBy(() -> ingest(options(10), good, missing)).isInstanceOf(InputFileException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> ingest(options(10), good, notJson)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(notJson + ": line 1: not a JSON Lines report bundle");
        assertThat(report("U1")).as("nothing written when a file cannot be read").isNull();
    }

    @Test
    void maxRejectsCountStopsTheRunKeepingWrittenBatchesAndEveryRejectOnDisk() throws Exception {
        Path reports = write("mr-reports.csv", "reportId,agency,receivedAt,caseId,grade,handling,summary\nM1,NCA,,,1B,P,x\n");
        StringBuilder persons = new StringBuilder("reportId,personId,name,aliases,dob,nationality\n");
        // 4 batches of 5 rows: batch 1 clean, batch 2 has 2 bad dates, batch 3 has 2 more, batch 4 clean
        for (int i = 1; i <= 20; i++) {
            boolean bad = i == 7 || i == 9 || i == 12 || i == 14;
            persons.append("M1,MP").append(i).append(",Person ").append(i).append(",,")
                    .append(bad ? "1990-13-01" : "1990-01-01").append(",\n");
        }
        Path file = write("mr-persons.csv", persons.toString());
        ingest(options(5), reports);
        Path rejectsFile = dir.resolve("out/mr-rejects.csv");
        IngestSummary summary = ingest(options(5).withRejectLimit(RejectLimit.parse("3")).withRejectsFile(rejectsFile), file);
        assertThat(summary.complete()).isFalse();
        assertThat(summary.stoppedBecause()).contains("4 rows rejected, more than --max-rejects 3").contains(file.toString());
        // batches 1-3 written (good rows 1-6, 8, 10, 11, 13, 15), batch 4 never read
        assertThat(summary.files()).extracting(f -> f.read(), f -> f.loaded(), f -> f.rejected())
                .containsExactly(tuple(15L, 11L, 4L));
        List<String> ids = store.read("projection/persons", Map.of(), r -> r.get("personId").asString());
        assertThat(ids).contains("MP1", "MP6", "MP8", "MP15").doesNotContain("MP7", "MP16", "MP20");
        assertThat(Files.readAllLines(rejectsFile, StandardCharsets.UTF_8)).containsExactly(
                "file,line,field,value,reason",
                "\"" + file + "\",8,dob,1990-13-01,\"not an ISO date (YYYY-MM-DD)\"",
                "\"" + file + "\",10,dob,1990-13-01,\"not an ISO date (YYYY-MM-DD)\"",
                "\"" + file + "\",13,dob,1990-13-01,\"not an ISO date (YYYY-MM-DD)\"",
                "\"" + file + "\",15,dob,1990-13-01,\"not an ISO date (YYYY-MM-DD)\"");

        // fixed? no: the same file again resumes after batch 3 with no limit, and loads batch 4
        IngestSummary resumed = ingest(options(5), file);
        assertThat(resumed.files()).extracting(f -> f.read(), f -> f.loaded(), f -> f.rejected(), f -> f.resumedBatches())
                .containsExactly(tuple(20L, 16L, 4L, 3L));
        assertThat(store.read("projection/persons", Map.of(), r -> r.get("personId").asString())).contains("MP16", "MP20");
    }

    @Test
    void maxRejectsPercentIsCheckedPerFile() throws Exception {
        Path reports = write("pc-reports.csv", String.join("\n",
                "reportId,agency,receivedAt,caseId,grade,handling,summary",
                "PC1,NCA,,,1B,P,x", "PC2,NCA,,,9B,P,bad", "PC3,NCA,,,1B,P,x", "PC4,NCA,,,1B,P,x", ""));
        Path persons = write("pc-persons.csv", "reportId,personId,name,aliases,dob,nationality\nPC1,PCP1,A,,,\n");
        IngestSummary within = ingest(options(2).withRejectLimit(RejectLimit.parse("25%")), reports);
        assertThat(within.complete()).isTrue();
        IngestSummary over = ingest(options(2).withRejectLimit(RejectLimit.parse("20%")).withReload(true), reports, persons);
        assertThat(over.complete()).isFalse();
        assertThat(over.stoppedBecause()).contains("1 of 4 rows rejected (25.00%), more than --max-rejects 20.0%");
        assertThat(over.files()).hasSize(1); // stopped after the reports file; persons never loaded
        assertThatThrownBy(() -> RejectLimit.parse("ten")).hasMessageContaining("--max-rejects must be");
        assertThatThrownBy(() -> RejectLimit.parse("120%")).hasMessageContaining("--max-rejects must be");
        assertThat(RejectLimit.parse("none")).isEqualTo(RejectLimit.NONE);
    }

    @Test
    void jsonLinesBundlesLoadReportsWithTheirEntitiesAndRejectPrecisely() throws Exception {
        Path bundle = write("partner.jsonl", String.join("\n",
                // 1: a whole report: 5x5x5 grading, persons, a phone in national form, an association, a call
                "{\"reportId\":\"B1\",\"agency\":\"Partner\",\"receivedAt\":\"2024-05-01T10:00:00Z\","
                        + "\"grading\":{\"scheme\":\"5x5x5\",\"grade\":\"A2\",\"handling\":\"1\"},"
                        + "\"persons\":[{\"personId\":\"BP1\",\"name\":\"Bundle One\",\"aliases\":[\"B\",\"Uno\"]},"
                        + "{\"personId\":\"BP2\",\"name\":\"Bundle Two\",\"dob\":\"1990-02-30\"},"
                        + "{\"personId\":\"BP3\",\"name\":\"Bundle Three\"}],"
                        + "\"phones\":[{\"personId\":\"BP1\",\"phone\":\"07700 900555\"},{\"personId\":\"BP2\",\"phone\":\"+447700900556\"}],"
                        + "\"associations\":[{\"personA\":\"BP1\",\"personB\":\"BP3\",\"kind\":\"family\"}],"
                        + "\"calls\":[{\"callId\":\"BC1\",\"caller\":\"+447700900555\",\"callee\":\"07700900556\","
                        + "\"start\":\"2024-04-30T21:00:00Z\",\"durationS\":60}]}",
                // 2: a report without a valid grading: it and everything in it are rejected
                "{\"reportId\":\"B2\",\"agency\":\"Partner\",\"grading\":{\"scheme\":\"admiralty\",\"grade\":\"G9\",\"handling\":\"P\"},"
                        + "\"persons\":[{\"personId\":\"BP9\"}]}",
                "",
                // 4: not JSON
                "{\"reportId\": B3",
                // 5: unknown entity group
                "{\"reportId\":\"B4\",\"agency\":\"X\",\"grading\":{\"grade\":\"1B\",\"handling\":\"P\"},\"pets\":[]}",
                // 6: unknown field in an entity (the line is rejected as a whole)
                "{\"reportId\":\"B5\",\"agency\":\"X\",\"grading\":{\"grade\":\"2C\",\"handling\":\"C\"},"
                        + "\"persons\":[{\"personId\":\"BP4\",\"shoeSize\":44}],"
                        + "\"vehicles\":[{\"personId\":\"BP1\",\"vrm\":\"ab-123-cd\",\"country\":\"FR\",\"relation\":\"DRIVES\"}]}",
                ""));
        IngestSummary summary = ingest(options(2), bundle);
        assertThat(summary.rejects()).extracting(Reject::line, Reject::field, Reject::value)
                .containsExactlyInAnyOrder(
                        tuple(1L, "persons[1].dob", "1990-02-30"),
                        tuple(2L, "grading.grade", "G9"),
                        tuple(2L, "persons[0].reportId", "B2"),
                        tuple(1L, "phones[1].personId", "BP2"),
                        tuple(4L, "", "{\"reportId\": B3"),
                        tuple(5L, "pets", ""),
                        tuple(6L, "persons[0].shoeSize", ""));
        assertThat(summary.files()).extracting(f -> f.kind(), f -> f.read(), f -> f.loaded(), f -> f.rejected())
                .containsExactly(tuple("bundle", 5L, 6L, 7L));
        assertThat(report("B1")).isEqualTo(Map.of("grade", "1A", "handling", "P"));
        assertThat(report("B2")).isNull();
        assertThat(report("B5")).as("an unknown field is a structural error: the whole line is rejected").isNull();
        List<String> persons = store.read("projection/persons", Map.of(), r -> r.get("personId").asString());
        assertThat(persons).contains("BP1", "BP3").doesNotContain("BP2", "BP9", "BP4");
        // the call links BP1's phone to BP2's number (BP2 itself was rejected, its phone row too)
        assertThat(store.read("projection/person-evidence", Map.of("crossingWindowSeconds", 1800L),
                r -> r.get("a").asString() + "-" + r.get("b").asString() + ":" + r.get("kind").asString()))
                .contains("BP1-BP3:associate");
    }

    @Test
    void organisationsAndMemberships() throws Exception {
        Path reports = write("org-reports.csv", "reportId,agency,receivedAt,caseId,grade,handling,summary\nO1,NCA,,,2B,P,x\n");
        Path persons = write("org-persons.csv", "reportId,personId,name,aliases,dob,nationality\nO1,OP1,Owner,,,\n");
        Path organisations = write("organisations.csv", String.join("\n",
                "reportId,orgId,name,kind,country",
                "O1,ORG1,Opale Freight SARL (invented),company,fr",
                ""));
        Path memberships = write("memberships.csv", String.join("\n",
                "reportId,personId,orgId,role,from,to",
                "O1,OP1,ORG1,director_of,2023-01-01,",     // 2
                "O1,OP1,ORG9,MEMBER_OF,,",                  // 3 unknown organisation
                "O1,OP1,ORG1,OWNER,,",                      // 4 unknown role
                ""));
        IngestSummary summary = ingest(options(10), memberships, organisations, persons, reports);
        assertThat(summary.files()).extracting(f -> f.kind(), f -> f.loaded(), f -> f.rejected()).containsExactly(
                tuple("reports", 1L, 0L), tuple("persons", 1L, 0L), tuple("organisations", 1L, 0L),
                tuple("memberships", 1L, 2L));
        assertThat(summary.rejects()).extracting(Reject::line, Reject::field, Reject::reason).containsExactlyInAnyOrder(
                tuple(3L, "orgId", "unknown organization: no organization 'ORG9' has been ingested"),
                tuple(4L, "role", "must be one of MEMBER_OF, DIRECTOR_OF"));
        assertThat(store.read("status/relationship-types", Map.of(), r -> r.get("type").asString())).contains("DIRECTOR_OF");
    }
}
