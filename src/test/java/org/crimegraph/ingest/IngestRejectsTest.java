package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreStatus;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad rows become {@link Reject}s naming file, line, field and reason, while good rows load; input
 * variants (';' separator, BOM, CRLF, quoted multi-line cells, national phone numbers) are accepted.
 * One embedded store for the class; the fixtures are written here so each line number is visible.
 */
class IngestRejectsTest {

    @TempDir
    static Path dir;

    static GraphStore store;
    static Path reports;
    static Path persons;
    static Path phones;
    static Path accounts;
    static IngestSummary first;
    static StoreStatus afterFirst;

    @BeforeAll
    static void ingestTheFixtures() throws Exception {
        reports = write("reports.csv", String.join("\n",
                "reportId,agency,receivedAt,caseId,grade,handling,summary",   // 1
                "R1,NCA,2024-01-01T09:00:00Z,CASE-1,1B,P,first report",        // 2
                "R2,NCA,2024-01-02,CASE-1,4Z,P,bad grade",                     // 3
                "R3,NCA,,CASE-1,2C,X,bad handling",                            // 4
                "R4,OFAST,,,2B,C,\"a summary",                                 // 5 (a quoted cell over two lines)
                "over two lines\"",                                            // 6
                "R5,NCA,2024",                                                 // 7 wrong number of cells
                "R6,NCA,,,1Q,P,bad intelligence assessment",                   // 8
                ""));
        // ';' separator, UTF-8 byte-order mark, CRLF line ends, a quoted cell holding the separator
        persons = write("persons.csv", "\uFEFF" + String.join("\r\n",
                "reportId;personId;name;aliases;dob;nationality",              // 1
                "R1;PA;Alice Smith;Al|Ally;1980-01-02;gb",                     // 2
                "R4;PB;Bob Jones;;;FR",                                        // 3
                "R1;PC;\"Carol; Jr\";;;",                                      // 4
                "R2;PD;Dan Rejected;;;",                                       // 5 cites a rejected report
                ""));
        phones = write("phones.csv", String.join("\n",
                "reportId,personId,phone,from,to",                             // 1
                "R1,PA,07700 900123,2024-01-01,",                              // 2 national UK form
                "R1,PB,+44 7700 900123,,",                                     // 3 same number, international form
                "R1,PC,12,,",                                                  // 4 not a phone number
                "R1,PZ,+447700900999,,",                                       // 5 unknown person
                ""));
        accounts = write("accounts.csv", String.join("\n",
                "reportId,personId,iban,bank,from,to",                         // 1
                "R1,PA,GB82 WEST 1234 5698 7654 32,West Bank,,",               // 2 valid (spaces allowed)
                "R1,PB,GB83WEST12345698765432,West Bank,,",                    // 3 wrong check digits
                "R9,PC,GB29NWBK60161331926819,NatWest,,",                      // 4 unknown report
                ""));
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")));
        first = ingest(false);
        afterFirst = StoreStatus.of(store);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static IngestSummary ingest(boolean reload) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        // given out of order on purpose: loading follows the dependency order
        IngestOptions options = IngestOptions.of(IngestContext.defaults(), 2).withReload(reload);
        return new Ingestion(store, options, quiet).run(List.of(accounts, phones, persons, reports));
    }

    private static Path write(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void eachBadRowIsRejectedWithFileLineFieldAndValue() {
        assertThat(first.rejects())
                .extracting(Reject::file, Reject::line, Reject::field, Reject::value)
                .containsExactlyInAnyOrder(
                        tuple(reports.toString(), 3L, "grade", "4Z"),
                        tuple(reports.toString(), 4L, "handling", "X"),
                        tuple(reports.toString(), 7L, "", "3 cells"),
                        tuple(reports.toString(), 8L, "grade", "1Q"),
                        tuple(persons.toString(), 5L, "reportId", "R2"),
                        tuple(phones.toString(), 4L, "phone", "12"),
                        tuple(phones.toString(), 5L, "personId", "PZ"),
                        tuple(accounts.toString(), 3L, "iban", "GB83WEST12345698765432"),
                        tuple(accounts.toString(), 4L, "reportId", "R9"));
    }

    @Test
    void theReasonsSayWhatIsWrong() {
        assertThat(reason(reports, 3)).contains("source evaluation must be 1, 2 or 3");
        assertThat(reason(reports, 4)).contains("handling code must be P or C");
        assertThat(reason(reports, 7)).isEqualTo("row has 3 cells but the header has 7");
        assertThat(reason(reports, 8)).contains("intelligence assessment must be A to E");
        assertThat(reason(persons, 5)).isEqualTo("unknown report: no report 'R2' has been ingested");
        assertThat(reason(phones, 4)).containsAnyOf("not a possible phone number", "not a phone number");
        assertThat(reason(phones, 5)).isEqualTo("unknown person: no person 'PZ' has been ingested");
        assertThat(reason(accounts, 3)).isEqualTo("IBAN check digits are wrong");
        assertThat(reason(accounts, 4)).isEqualTo("unknown report: no report 'R9' has been ingested");
    }

    @Test
    void goodRowsAreLoaded() {
        assertThat(first.files()).extracting(f -> f.type(), f -> f.read(), f -> f.loaded(), f -> f.rejected())
                .containsExactly(
                        tuple(RecordType.REPORTS, 6L, 2L, 4L),
                        tuple(RecordType.PERSONS, 4L, 3L, 1L),
                        tuple(RecordType.PHONES, 4L, 2L, 2L),
                        tuple(RecordType.ACCOUNTS, 3L, 1L, 2L));
        assertThat(afterFirst.count("Report")).isEqualTo(2);   // R1, R4
        assertThat(afterFirst.count("Person")).isEqualTo(3);   // PA, PB, PC (the ';' file with BOM and CRLF)
        assertThat(afterFirst.count("Phone")).isEqualTo(1);    // 07700 900123 and +44 7700 900123 are one number
        assertThat(afterFirst.count("Account")).isEqualTo(1);
        assertThat(afterFirst.relationships()).containsEntry("USES", 2L).containsEntry("HOLDS", 1L);
    }

    @Test
    void nationalNumbersAreReadInTheDefaultRegion() {
        assertThat(new PhoneNumbers("GB").toE164("07700 900123")).isEqualTo("+447700900123");
        assertThat(IngestContext.defaults().phones().toE164("+44 7700 900123")).isEqualTo("+447700900123");
    }

    @Test
    void theRejectsFileHasOneRowPerReject() throws Exception {
        Path file = dir.resolve("out/rejects.csv");
        RejectsFile.write(file, first.rejects());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("file,line,field,value,reason");
        assertThat(lines).hasSize(first.rejects().size() + 1);
        // read back as CSV: each row gives back its reject
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            rows = it.readAll();
        }
        assertThat(rows).extracting(r -> new Reject(r.get("file"), Long.parseLong(r.get("line")), r.get("field"),
                r.get("value"), r.get("reason"))).containsExactlyElementsOf(first.rejects());
    }

    @Test
    void ingestingAgainChangesNothing() {
        // --reload: every batch is written again; MERGE keeps the graph as it was
        IngestSummary second = ingest(true);
        StoreStatus afterSecond = StoreStatus.of(store);
        assertThat(afterSecond.labels()).isEqualTo(afterFirst.labels());
        assertThat(afterSecond.relationships()).isEqualTo(afterFirst.relationships());
        assertThat(second.rowsLoaded()).isEqualTo(first.rowsLoaded());
        assertThat(second.rejects()).containsExactlyInAnyOrderElementsOf(first.rejects());
        // default: the ledger knows these files; nothing is read or written again, the counts are the ledger's
        IngestSummary third = ingest(false);
        assertThat(third.files()).allSatisfy(f -> assertThat(f.resumedBatches()).isEqualTo(f.batches()));
        assertThat(third.rowsLoaded()).isEqualTo(first.rowsLoaded());
        assertThat(third.rejected()).isEqualTo(first.rejected());
        assertThat(third.rejects()).isEmpty();
        assertThat(StoreStatus.of(store).labels()).isEqualTo(afterFirst.labels());
    }

    private static String reason(Path file, long line) {
        return first.rejects().stream()
                .filter(r -> r.file().equals(file.toString()) && r.line() == line)
                .map(Reject::reason).findFirst().orElseThrow(() -> new AssertionError("no reject for " + file + ":" + line));
    }
}
