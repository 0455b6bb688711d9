package org.crimegraph.ingest;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams a JSON Lines report bundle ({@code .jsonl}): one report per line with its grading and the
 * entities and links it asserts, each group under the name of its CSV record type with the same
 * fields (less {@code reportId}, implied by the line). See {@code docs/input-formats.md}. Lines are
 * read one at a time with Jackson, so memory stays flat whatever the file size. A line that is not a
 * JSON object, or has unknown keys, is rejected as a whole; a bad entity is rejected on its own.
 */
final class BundleInputFile extends StreamedInputFile {

    /** Bundles load after CSV files: their entities may cite persons or locations loaded from CSV. */
    static final int LOAD_ORDER = RecordType.values().length;

    private static final ObjectMapper JSON = Json.mapper();
    private static final Set<String> REPORT_FIELDS = Set.of("reportId", "agency", "receivedAt", "caseId", "summary", "grading");
    private static final Set<String> GRADING_FIELDS = Set.of("scheme", "grade", "handling");

    private final BufferedReader reader;
    private long lineNumber;

    private BundleInputFile(Path path, IngestContext context, CountingInputStream counter, BufferedReader reader, long size,
                            EncodingCheck.Fault fault) {
        super(path, context, counter, size, fault);
        this.reader = reader;
    }

    /** Opens a bundle; fails naming the file if it is binary or its first line is not a JSON object. */
    static BundleInputFile open(Path path, IngestContext context) {
        EncodingCheck.Fault fault = checkedFile(path);
        try {
            CountingInputStream counter = new CountingInputStream(EncodingCheck.upTo(Files.newInputStream(path), fault));
            BufferedReader reader = CsvInputFile.utf8Reader(counter);
            reader.mark(1 << 20);
            String first = reader.readLine();
            reader.reset();
            if (first == null || first.isBlank()) {
                throw new InputFileException(path + ": empty bundle (expected one JSON object per line)");
            }
            if (!first.stripLeading().startsWith("{")) {
                throw new InputFileException(path + ": line 1: not a JSON Lines report bundle (each line must be a JSON object)");
            }
            return new BundleInputFile(path, context, counter, reader, Files.size(path), fault);
        } catch (IOException e) {
            throw new InputFileException(path + ": " + CsvInputFile.describe(e), e);
        }
    }

    @Override
    public String kind() {
        return "bundle";
    }

    @Override
    public int loadOrder() {
        return LOAD_ORDER;
    }

    @Override
    InputRecord read() {
        String line;
        try {
            do {
                line = reader.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
        } catch (IOException e) {
            return brokenOff(lineNumber, CsvInputFile.describe(e));
        }
        if (line == null) {
            return atEnd();
        }
        String file = path.toString();
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return problem("", abbreviate(line), "not valid JSON: " + org.crimegraph.text.SafeText.abbreviate(e.getOriginalMessage(), 200));
        }
        if (!(node instanceof ObjectNode report)) {
            return problem("", abbreviate(line), "a bundle line must be a JSON object");
        }
        List<TypedRow> rows = new ArrayList<>();
        Map<String, String> reportValues = new HashMap<>();
        for (Iterator<String> names = report.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (REPORT_FIELDS.contains(name)) {
                continue;
            }
            RecordType type = typeNamed(name);
            if (type == null || type == RecordType.REPORTS) {
                return problem(name, "", "unknown key; expected report fields " + REPORT_FIELDS
                        + " and entity groups named after the CSV types (persons, phones, calls, ...)");
            }
        }
        for (String field : List.of("reportId", "agency", "receivedAt", "caseId", "summary")) {
            reportValues.put(field, text(report.get(field)));
        }
        JsonNode grading = report.get("grading");
        if (grading != null && !grading.isNull()) {
            if (!grading.isObject()) {
                return problem("grading", grading.toString(), "grading must be an object {scheme, grade, handling}");
            }
            for (Iterator<String> names = grading.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!GRADING_FIELDS.contains(name)) {
                    return problem("grading." + name, "", "unknown grading key; expected " + GRADING_FIELDS);
                }
            }
            reportValues.put("scheme", text(grading.get("scheme")));
            reportValues.put("grade", text(grading.get("grade")));
            reportValues.put("handling", text(grading.get("handling")));
        }
        rows.add(new TypedRow(RecordType.REPORTS, new InputRow(file, lineNumber, reportValues, context), TypedRow.GRADING));
        String reportId = reportValues.get("reportId");
        for (RecordType type : RecordType.values()) {
            JsonNode group = report.get(type.fileName());
            if (type == RecordType.REPORTS || group == null || group.isNull()) {
                continue;
            }
            if (!group.isArray()) {
                return problem(type.fileName(), "", "must be an array of objects");
            }
            for (int i = 0; i < group.size(); i++) {
                String prefix = type.fileName() + "[" + i + "].";
                JsonNode entity = group.get(i);
                if (!entity.isObject()) {
                    return problem(prefix, entity.toString(), "must be an object");
                }
                Map<String, String> values = new HashMap<>();
                Set<String> allowed = new LinkedHashSet<>(type.columns());
                allowed.remove("reportId");
                for (Iterator<String> names = entity.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!allowed.contains(name)) {
                        return problem(prefix + name, "", "unknown field; " + type.fileName() + " has " + allowed);
                    }
                    values.put(name, text(entity.get(name)));
                }
                values.put("reportId", reportId);
                rows.add(new TypedRow(type, new InputRow(file, lineNumber, values, context), prefix));
            }
        }
        return new InputRecord(lineNumber, rows, null);
    }

    private InputRecord problem(String field, String value, String reason) {
        // keys and values come from the input: cut and neutralised before they reach a message
        return new InputRecord(lineNumber, List.of(), new Reject(path.toString(), lineNumber,
                org.crimegraph.text.SafeText.abbreviate(field, 120), org.crimegraph.text.SafeText.abbreviate(value, 80), reason));
    }

    private static RecordType typeNamed(String name) {
        for (RecordType type : RecordType.values()) {
            if (type.fileName().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** A JSON value as the text a CSV cell would hold: arrays become {@code |}-separated lists. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isValueNode() ? v.asText() : v.toString()));
            return String.join("|", parts);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String abbreviate(String line) {
        return org.crimegraph.text.SafeText.abbreviate(line, 80);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // reading is over; nothing to lose
        }
    }
}
