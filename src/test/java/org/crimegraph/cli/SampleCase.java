package org.crimegraph.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The sample case's files as the tests read them: plainly, header by header, independently of the ingest code. */
final class SampleCase {

    /** The sample case, relative to the project folder the tests run in. */
    static final Path FOLDER = Path.of("sample-data");

    private SampleCase() {
    }

    /** Every row of a CSV file with a header, as column name to value. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    /** The ids of the sample case's restricted reports (handling code C), which a partner release leaves out. */
    static Set<String> restrictedReports() throws IOException {
        Set<String> restricted = new HashSet<>();
        for (Map<String, String> report : readCsv(FOLDER.resolve("reports.csv"))) {
            if (report.get("handling").strip().equalsIgnoreCase("C")) {
                restricted.add(report.get("reportId"));
            }
        }
        return restricted;
    }

    /** The persons of the sample case asserted (persons.csv) only by restricted reports: a partner never sees them. */
    static Set<String> restrictedPersons() throws IOException {
        Set<String> restricted = restrictedReports();
        Map<String, Set<String>> mentionedBy = new HashMap<>();
        for (Map<String, String> person : readCsv(FOLDER.resolve("persons.csv"))) {
            mentionedBy.computeIfAbsent(person.get("personId"), p -> new HashSet<>()).add(person.get("reportId"));
        }
        return mentionedBy.entrySet().stream().filter(e -> restricted.containsAll(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
