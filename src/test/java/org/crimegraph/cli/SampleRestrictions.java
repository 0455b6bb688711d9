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

/**
 * What the sample case's own files say is restricted, read straight from the CSV (not through crimegraph), for
 * tests that check a partner output shows none of it.
 *
 * @param reports the reports with handling code C
 * @param persons the persons asserted (persons.csv) only by such reports
 * @param names   those persons' names
 */
record SampleRestrictions(Set<String> reports, Set<String> persons, Set<String> names) {

    static final Path SAMPLE = Path.of("sample-data");

    static SampleRestrictions read() throws IOException {
        Set<String> restricted = new HashSet<>();
        for (Map<String, String> report : readCsv(SAMPLE.resolve("reports.csv"))) {
            if (report.get("handling").strip().equalsIgnoreCase("C")) {
                restricted.add(report.get("reportId"));
            }
        }
        Map<String, Set<String>> mentionedBy = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> person : readCsv(SAMPLE.resolve("persons.csv"))) {
            mentionedBy.computeIfAbsent(person.get("personId"), p -> new HashSet<>()).add(person.get("reportId"));
            names.put(person.get("personId"), person.get("name"));
        }
        Set<String> persons = mentionedBy.entrySet().stream().filter(e -> restricted.containsAll(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return new SampleRestrictions(restricted, persons, persons.stream().map(names::get).collect(Collectors.toSet()));
    }

    /** The rows of a CSV file with a header, each a map from column to value. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
