package org.crimegraph.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.store.EntityKey;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;
import org.crimegraph.store.OfflineImport;
import org.crimegraph.store.SchemaVersion;

/**
 * The graph of a first load, built in memory with exactly the semantics of the {@code cypher/ingest/}
 * statements and written as the offline importer's CSV files ({@code ingest --bulk}, docs/operations.md):
 * one node per key (properties set when the node is created: {@code ON CREATE SET}), one relationship per
 * start, end, type (and {@code kind} or {@code seq} where the statement's pattern names them) with the union
 * of its {@code reportIds} and periods in load order, one {@code ASSERTS} claim per report and node whose
 * values are set ({@code SET k.x = row.x}) or kept when empty ({@code coalesce}) as the statement does,
 * aliases accumulated. Rows arrive through {@link Ingestion} in the transactional path's order, so the
 * result is the graph the statements would make, applied one batch after another to an empty store.
 *
 * <p>Memory: every node and relationship is held in maps, except the calls (the bulk of a CDR load),
 * which are streamed to their files with a set of the call ids seen; a call id seen again (a repeat or a
 * second report's claim) is kept aside, and at the end its lines are taken out of the streamed files and
 * written merged. Per call that is one id in a set (≈ 100 bytes); per other row a map entry (≈ 200–400 bytes).
 */
final class BulkGraph {

    /** Between the elements of an array value: a control character, which no accepted value can hold. */
    static final char ARRAY_DELIMITER = '\u001F';

    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("Report", "reportId"),
            Map.entry("Person", "personId"), Map.entry("Phone", "e164"), Map.entry("Call", "callId"),
            Map.entry("Account", "accountId"), Map.entry("Vehicle", "vehicleKey"), Map.entry("Location", "locationId"),
            Map.entry("Route", "routeId"), Map.entry("Organization", "orgId"), Map.entry("Transaction", "txId"),
            Map.entry("Crossing", "crossingId"), Map.entry("Meeting", "meetingId"),
            Map.entry("CrimegraphSchema", "name"), Map.entry("IngestFile", "fileKey"),
            Map.entry("IngestBatch", "batchKey"));

    /** A point claimed for a location (WGS-84, as {@code point({latitude, longitude})} makes it). */
    record Point(double latitude, double longitude) {
    }

    private record Group(String type, String start, String end) {
    }

    private record RelKey(String start, String end, Object discriminator) {
    }

    /** Label to key to properties (besides the key); insertion-ordered so that files come out the same. */
    private final Map<String, Map<String, Map<String, Object>>> nodes = new LinkedHashMap<>();
    private final Map<Group, Map<RelKey, Map<String, Object>>> relationships = new LinkedHashMap<>();
    private final Path folder;
    private final Set<String> callsSeen = new HashSet<>();
    /** The ledger's completed batches by file key, as {@code cypher/ledger/completed-batches} reads them. */
    private final Map<String, Map<Long, IngestLedger.BatchCounts>> completedBatches = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> callRepeats = new LinkedHashMap<>();
    private final Writer callNodes;
    private final Writer callers;
    private final Writer callees;
    private final Writer callClaims;
    private long rows;
    /** True once a written text value holds a line break (free-text summaries may). */
    private boolean multiline;

    /** Accumulates into {@code folder} (private, made by the caller), where the streamed call files go. */
    BulkGraph(Path folder) {
        this.folder = folder;
        try {
            callNodes = open(folder.resolve("nodes-Call.csv"), "callId:ID(Call)");
            callers = open(folder.resolve("calls-CALLER.csv"), ":END_ID(Call),:START_ID(Phone),reportIds:string[]");
            callees = open(folder.resolve("calls-CALLEE.csv"), ":START_ID(Call),:END_ID(Phone),reportIds:string[]");
            callClaims = open(folder.resolve("calls-ASSERTS.csv"), ":END_ID(Call),:START_ID(Report),start:datetime,durationS:long");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import files in " + folder, e);
        }
    }

    private static Writer open(Path file, String header) throws IOException {
        Writer writer = new BufferedWriter(new java.io.OutputStreamWriter(PrivateFiles.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16);
        writer.write(header);
        writer.write('\n');
        return writer;
    }

    /** Closes the streamed call files of a load that failed (the caller deletes the folder). */
    void discard() {
        for (Writer writer : List.of(callNodes, callers, callees, callClaims)) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the folder is deleted next
            }
        }
    }

    /** Rows applied so far. */
    long rows() {
        return rows;
    }

    /** The keys among {@code ids} that no node of this kind has yet (what {@code cypher/lookup/missing-*} says of a store). */
    Set<String> missing(EntityKey key, Collection<String> ids) {
        Map<String, Map<String, Object>> held = nodes.getOrDefault(label(key), Map.of());
        Set<String> absent = new HashSet<>();
        for (String id : ids) {
            if (!held.containsKey(id)) {
                absent.add(id);
            }
        }
        return absent;
    }

    /** The held reports among {@code ids}, as {@code cypher/lookup/reports} returns them from a store. */
    List<Map<String, Object>> storedReports(List<String> ids) {
        Map<String, Map<String, Object>> reports = nodes.getOrDefault("Report", Map.of());
        List<Map<String, Object>> found = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> report = reports.get(id);
            if (report != null) {
                Map<String, Object> row = new HashMap<>();
                row.put("reportId", id);
                row.put("agency", report.get("agency"));
                row.put("grade", report.get("grade"));
                row.put("handling", report.get("handling"));
                found.add(row);
            }
        }
        return found;
    }

    private static String label(EntityKey key) {
        return switch (key) {
            case REPORT -> "Report";
            case PERSON -> "Person";
            case LOCATION -> "Location";
            case VEHICLE -> "Vehicle";
            case ROUTE -> "Route";
            case ORGANIZATION -> "Organization";
        };
    }

    /**
     * The ledger (written by the importer with the graph, so that it says "done" exactly for what the store
     * holds): a file starts loading, as {@code cypher/ledger/begin-file} records it; true if this load
     * finished the same file content and settings earlier (the same file given twice).
     */
    boolean ledgerBegin(String fileKey, String sha256, String kind, String fileName, int batchSize) {
        OffsetDateTime now = now();
        Map<String, Object> file = createNode("IngestFile", fileKey);
        if (file != null) {
            file.put("sha256", sha256);
            file.put("type", kind);
            file.put("batchSize", (long) batchSize);
            file.put("startedAt", now);
        } else {
            file = nodes.get("IngestFile").get(fileKey);
        }
        file.put("fileName", fileName);
        file.put("lastRunAt", now);
        file.put("runs", (Long) file.getOrDefault("runs", 0L) + 1);
        return file.containsKey("finishedAt");
    }

    /** The batches of a file this load has written, by batch number. */
    Map<Long, IngestLedger.BatchCounts> completedBatches(String fileKey) {
        return new TreeMap<>(completedBatches.getOrDefault(fileKey, Map.of()));
    }

    /** One batch is written: {@code cypher/ledger/batch-done} with the parameters of {@link IngestLedger#batchDone}. */
    void ledgerBatch(GraphStore.Write batchDone) {
        Map<String, Object> p = batchDone.parameters();
        String fileKey = (String) p.get("fileKey");
        long batch = ((Number) p.get("batch")).longValue();
        IngestLedger.BatchCounts counts = new IngestLedger.BatchCounts(((Number) p.get("read")).longValue(),
                ((Number) p.get("loaded")).longValue(), ((Number) p.get("rejected")).longValue());
        Map<String, Object> node = node("IngestBatch", fileKey + "#" + batch);
        node.put("fileKey", fileKey);
        node.put("batch", batch);
        node.put("read", counts.read());
        node.put("loaded", counts.loaded());
        node.put("rejected", counts.rejected());
        node.put("finishedAt", now());
        completedBatches.computeIfAbsent(fileKey, k -> new HashMap<>()).put(batch, counts);
    }

    /** Every batch of a file is written: {@code cypher/ledger/finish-file}. */
    void ledgerFinish(String fileKey, long batches, IngestLedger.BatchCounts totals) {
        Map<String, Object> file = nodes.get("IngestFile").get(fileKey);
        file.put("finishedAt", now());
        file.put("read", totals.read());
        file.put("loaded", totals.loaded());
        file.put("rejected", totals.rejected());
        file.put("batches", batches);
    }

    /** {@code datetime()} as the statements read it (the store's default time zone is UTC). */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }

    /** Applies one batch's writes (type statements in load order), as the statements would. */
    void apply(List<GraphStore.Write> writes) {
        for (GraphStore.Write write : writes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> batch = (List<Map<String, Object>>) write.parameters().get("rows");
            String type = write.statementName().substring("ingest/".length());
            for (Map<String, Object> row : batch) {
                apply(type, row);
                rows++;
            }
        }
    }

    private void apply(String type, Map<String, Object> row) {
        String report = (String) row.get("reportId");
        switch (type) {
            case "reports" -> {
                Map<String, Object> props = createNode("Report", report);
                if (props != null) {
                    for (String p : List.of("agency", "receivedAt", "caseId", "grade", "handling", "gradingScheme",
                            "originalGrading", "summary")) {
                        put(props, p, row.get(p));
                    }
                }
            }
            case "persons" -> {
                Map<String, Object> claim = claimed("Person", "personId", report, row, "name", "nameKey", "dob",
                        "nationality");
                @SuppressWarnings("unchecked")
                List<String> aliases = (List<String>) claim.computeIfAbsent("aliases", k -> new ArrayList<String>());
                for (Object alias : (List<?>) row.get("aliases")) {
                    if (!aliases.contains((String) alias)) {
                        aliases.add((String) alias);
                    }
                }
            }
            case "locations" -> {
                Map<String, Object> claim = claimed("Location", "locationId", report, row, "name", "country", "kind");
                if (row.get("lat") != null) {
                    claim.put("point", new Point((Double) row.get("lat"), (Double) row.get("lon")));
                }
            }
            case "addresses" -> {
                heldOver("LIVES_AT", "Person", row.get("personId"), "Location", (String) row.get("locationId"), report, row);
            }
            case "phones" -> {
                String phone = (String) row.get("phone");
                node("Phone", phone);
                heldOver("USES", "Person", row.get("personId"), "Phone", phone, report, row);
            }
            case "calls" -> call(row);
            case "accounts" -> {
                String iban = (String) row.get("iban");
                account(iban, row.get("country"));
                coalesce(heldOver("HOLDS", "Person", row.get("personId"), "Account", iban, report, row), "bank", row.get("bank"));
            }
            case "transactions" -> {
                String from = (String) row.get("fromIban");
                String to = (String) row.get("toIban");
                String tx = (String) row.get("txId");
                account(from, row.get("fromCountry"));
                account(to, row.get("toCountry"));
                node("Transaction", tx);
                reportId(rel("SENT", "Account", from, "Transaction", tx, null), report);
                reportId(rel("RECEIVED_BY", "Transaction", tx, "Account", to, null), report);
                Map<String, Object> claim = claim(report, "Transaction", tx);
                put(claim, "ts", row.get("ts"));
                put(claim, "amount", row.get("amount"));
                put(claim, "currency", row.get("currency"));
            }
            case "vehicles" -> {
                String vehicle = (String) row.get("vehicleKey");
                Map<String, Object> props = createNode("Vehicle", vehicle);
                if (props != null) {
                    put(props, "vrm", row.get("vrm"));
                    put(props, "country", row.get("country"));
                }
                reportId(rel((String) row.get("relation"), "Person", row.get("personId"), "Vehicle", vehicle, null), report);
                coalesce(claim(report, "Vehicle", vehicle), "make", row.get("make"));
            }
            case "crossings" -> {
                String crossing = (String) row.get("crossingId");
                node("Crossing", crossing);
                reportId(rel("MADE", "Vehicle", row.get("vehicleKey"), "Crossing", crossing, null), report);
                reportId(rel("AT", "Crossing", crossing, "Location", row.get("locationId"), null), report);
                Map<String, Object> claim = claim(report, "Crossing", crossing);
                put(claim, "ts", row.get("ts"));
                coalesce(claim, "direction", row.get("direction"));
            }
            case "routes" -> {
                reportId(rel("OPERATES", "Person", row.get("operatorId"), "Route", row.get("routeId"), null), report);
                claimed("Route", "routeId", report, row, "name");
            }
            case "route_stops" -> {
                told("STOP", "Route", row.get("routeId"), "Location", row.get("locationId"), "seq", row.get("seq"), report);
            }
            case "meetings" -> {
                String meeting = (String) row.get("meetingId");
                node("Meeting", meeting);
                reportId(rel("AT", "Meeting", meeting, "Location", row.get("locationId"), null), report);
                put(claim(report, "Meeting", meeting), "ts", row.get("ts"));
                for (Object attendee : (List<?>) row.get("attendees")) {
                    reportId(rel("ATTENDED", "Person", attendee, "Meeting", meeting, null), report);
                }
            }
            case "associations" -> {
                told("ASSOCIATE_OF", "Person", row.get("personA"), "Person", row.get("personB"), "kind", row.get("kind"),
                        report);
            }
            case "organisations" -> {
                claimed("Organization", "orgId", report, row, "name", "kind", "country");
            }
            case "memberships" -> {
                heldOver((String) row.get("role"), "Person", row.get("personId"), "Organization", (String) row.get("orgId"),
                        report, row);
            }
            default -> throw new IllegalStateException("no bulk semantics for ingest/" + type);
        }
    }

    private void account(String iban, Object country) {
        Map<String, Object> props = createNode("Account", iban);
        if (props != null) {
            put(props, "iban", iban);
            put(props, "country", country);
        }
    }

    /** A call: streamed if its id is new, else kept aside to be merged with its first sighting at the end. */
    private void call(Map<String, Object> row) {
        String caller = (String) row.get("caller");
        String callee = (String) row.get("callee");
        node("Phone", caller);
        node("Phone", callee);
        String id = (String) row.get("callId");
        if (!callsSeen.add(id)) {
            callRepeats.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            return;
        }
        String report = (String) row.get("reportId");
        try {
            callNodes.write(quote(id) + "\n");
            callers.write(quote(id) + "," + quote(caller) + "," + quote(report) + "\n");
            callees.write(quote(id) + "," + quote(callee) + "," + quote(report) + "\n");
            callClaims.write(quote(id) + "," + quote(report) + "," + row.get("start") + "," + row.get("durationS") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import files in " + folder, e);
        }
    }

    private Map<String, Object> node(String label, String key) {
        return nodes.computeIfAbsent(label, l -> new HashMap<>()).computeIfAbsent(key, k -> new HashMap<>(2));
    }

    /** The properties of a node created now, or null if it exists ({@code ON CREATE SET} then sets nothing). */
    private Map<String, Object> createNode(String label, String key) {
        Map<String, Map<String, Object>> byKey = nodes.computeIfAbsent(label, l -> new HashMap<>());
        if (byKey.containsKey(key)) {
            return null;
        }
        Map<String, Object> props = new HashMap<>(4);
        byKey.put(key, props);
        return props;
    }

    private Map<String, Object> rel(String type, String start, Object startKey, String end, Object endKey, Object discriminator) {
        return relationships.computeIfAbsent(new Group(type, start, end), g -> new HashMap<>())
                .computeIfAbsent(new RelKey((String) startKey, (String) endKey, discriminator), k -> new HashMap<>(4));
    }

    /** The claim of {@code report} on a node: {@code MERGE (r)-[:ASSERTS]->(n)}. */
    private Map<String, Object> claim(String report, String label, String key) {
        return rel("ASSERTS", "Report", report, label, key, null);
    }

    /**
     * A node keyed by the row's {@code keyField} and the report's claim on it, with each of {@code fields}
     * the row gives set on the claim (a field the row leaves empty keeps an earlier row's value); returns
     * the claim.
     */
    private Map<String, Object> claimed(String label, String keyField, String report, Map<String, Object> row,
                                        String... fields) {
        String key = (String) row.get(keyField);
        node(label, key);
        Map<String, Object> claim = claim(report, label, key);
        for (String field : fields) {
            coalesce(claim, field, row.get(field));
        }
        return claim;
    }

    /**
     * A holding over a period (lives at, uses, holds, member of): the relationship cited by the report with
     * the row's period, and the report's claim on what is held, which is returned.
     */
    private Map<String, Object> heldOver(String type, String start, Object startKey, String end, String endKey,
                                         String report, Map<String, Object> row) {
        Map<String, Object> rel = rel(type, start, startKey, end, endKey, null);
        reportId(rel, report);
        period(rel, row);
        return claim(report, end, endKey);
    }

    /** A relationship one of several between two nodes, told apart by {@code property}, cited by the report. */
    private void told(String type, String start, Object startKey, String end, Object endKey, String property,
                      Object value, String report) {
        Map<String, Object> rel = rel(type, start, startKey, end, endKey, value);
        rel.putIfAbsent(property, value);
        reportId(rel, report);
    }

    private static void put(Map<String, Object> props, String name, Object value) {
        if (value == null) {
            props.remove(name); // SET x.p = null removes the property
        } else {
            props.put(name, value);
        }
    }

    private static void coalesce(Map<String, Object> props, String name, Object value) {
        if (value != null) {
            props.put(name, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void reportId(Map<String, Object> rel, String report) {
        List<String> ids = (List<String>) rel.computeIfAbsent("reportIds", k -> new ArrayList<String>(2));
        if (!ids.contains(report)) {
            ids.add(report);
        }
    }

    /** The statements' {@code 'reportId|from|to'} period, added once; nothing when the row states none. */
    @SuppressWarnings("unchecked")
    private static void period(Map<String, Object> rel, Map<String, Object> row) {
        Object from = row.get("from");
        Object to = row.get("to");
        if (from == null && to == null) {
            return;
        }
        String period = row.get("reportId") + "|" + (from == null ? "" : from) + "|" + (to == null ? "" : to);
        List<String> periods = (List<String>) rel.computeIfAbsent("periods", k -> new ArrayList<String>(1));
        if (!periods.contains(period)) {
            periods.add(period);
        }
    }

    /**
     * Writes every import file (with the schema marker a new store gets at first open) and returns them;
     * the streamed call files are closed, and the lines of repeated call ids replaced by merged ones. The
     * graph is emptied: nothing can be asked of it afterwards.
     */
    OfflineImport.Files write() {
        node("CrimegraphSchema", "crimegraph").put("version", SchemaVersion.CURRENT);
        List<OfflineImport.FileGroup> nodeFiles = new ArrayList<>();
        List<OfflineImport.FileGroup> relationshipFiles = new ArrayList<>();
        try {
            callNodes.close();
            callers.close();
            callees.close();
            callClaims.close();
            if (!callRepeats.isEmpty()) {
                mergeRepeatedCalls();
            }
            nodeFiles.add(new OfflineImport.FileGroup("Call", folder.resolve("nodes-Call.csv")));
            relationshipFiles.add(new OfflineImport.FileGroup("CALLER", folder.resolve("calls-CALLER.csv")));
            relationshipFiles.add(new OfflineImport.FileGroup("CALLEE", folder.resolve("calls-CALLEE.csv")));
            relationshipFiles.add(new OfflineImport.FileGroup("ASSERTS", folder.resolve("calls-ASSERTS.csv")));
            for (Map.Entry<String, Map<String, Map<String, Object>>> entry : nodes.entrySet()) {
                String label = entry.getKey();
                Path file = folder.resolve("nodes-" + label + ".csv");
                writeNodes(file, label, entry.getValue());
                nodeFiles.add(new OfflineImport.FileGroup(label, file));
            }
            int n = 0;
            for (Map.Entry<Group, Map<RelKey, Map<String, Object>>> entry : relationships.entrySet()) {
                Group group = entry.getKey();
                Path file = folder.resolve("rels-" + (++n) + "-" + group.type() + ".csv");
                writeRelationships(file, group, entry.getValue());
                relationshipFiles.add(new OfflineImport.FileGroup(group.type(), file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import files in " + folder, e);
        }
        Path reports = folder.resolve("nodes-Report.csv");
        // what is in the files is no longer needed here: the importer and then the store get the memory
        nodes.clear();
        relationships.clear();
        callsSeen.clear();
        callRepeats.clear();
        completedBatches.clear();
        // the importer's multi-line reading is slower and breaks on large files: only where a value needs it
        return new OfflineImport.Files(nodeFiles, relationshipFiles,
                multiline && Files.exists(reports) ? List.of(reports) : List.of());
    }

    /**
     * Takes the streamed lines of call ids seen more than once out of the call files and applies those calls
     * (first sighting, then the later rows in order) to the in-memory graph, as {@code calls.cypher} would.
     */
    private void mergeRepeatedCalls() throws IOException {
        Map<String, Map<String, Object>> first = new HashMap<>();
        filter(folder.resolve("calls-CALLER.csv"), (id, f) -> first.computeIfAbsent(id, k -> new HashMap<>()).put("caller", f[1]));
        filter(folder.resolve("calls-CALLEE.csv"), (id, f) -> first.computeIfAbsent(id, k -> new HashMap<>()).put("callee", f[1]));
        filter(folder.resolve("calls-ASSERTS.csv"), (id, f) -> {
            Map<String, Object> row = first.computeIfAbsent(id, k -> new HashMap<>());
            row.put("reportId", f[1]);
            row.put("start", OffsetDateTime.parse(f[2]));
            row.put("durationS", Long.parseLong(f[3]));
        });
        for (Map.Entry<String, List<Map<String, Object>>> entry : callRepeats.entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(first.get(entry.getKey()));
            rows.addAll(entry.getValue());
            for (Map<String, Object> row : rows) {
                String id = entry.getKey();
                String report = (String) row.get("reportId");
                reportId(rel("CALLER", "Phone", row.get("caller"), "Call", id, null), report);
                reportId(rel("CALLEE", "Call", id, "Phone", row.get("callee"), null), report);
                Map<String, Object> claim = claim(report, "Call", id);
                put(claim, "start", row.get("start"));
                put(claim, "durationS", row.get("durationS"));
            }
        }
    }

    private interface Line {
        void accept(String callId, String[] fields);
    }

    /** Rewrites a streamed call file without the lines of repeated ids, handing those lines to {@code removed}. */
    private void filter(Path file, Line removed) throws IOException {
        Path kept = file.resolveSibling(file.getFileName() + ".kept");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new java.io.OutputStreamWriter(PrivateFiles.newOutputStream(kept),
                     StandardCharsets.UTF_8), 1 << 16)) {
            out.write(in.readLine());
            out.write('\n');
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // the streamed lines hold identifiers, numbers and timestamps only: no comma inside a value
                String[] fields = line.split(",", -1);
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i].startsWith("\"")) {
                        fields[i] = fields[i].substring(1, fields[i].length() - 1);
                    }
                }
                if (callRepeats.containsKey(fields[0])) {
                    removed.accept(fields[0], fields);
                } else {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Files.move(kept, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void writeNodes(Path file, String label, Map<String, Map<String, Object>> byKey) throws IOException {
        Map<String, String> columns = columns(byKey.values());
        try (Writer out = open(file, KEYS.get(label) + ":ID(" + label + ")" + header(columns))) {
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, Map<String, Object>> node : byKey.entrySet()) {
                line.setLength(0);
                line.append(quote(node.getKey()));
                values(line, columns, node.getValue());
                out.append(line).append('\n');
            }
        }
    }

    private void writeRelationships(Path file, Group group, Map<RelKey, Map<String, Object>> byKey)
            throws IOException {
        Map<String, String> columns = columns(byKey.values());
        try (Writer out = open(file, ":START_ID(" + group.start() + "),:END_ID(" + group.end() + ")" + header(columns))) {
            StringBuilder line = new StringBuilder();
            for (Map.Entry<RelKey, Map<String, Object>> rel : byKey.entrySet()) {
                line.setLength(0);
                line.append(quote(rel.getKey().start())).append(',').append(quote(rel.getKey().end()));
                values(line, columns, rel.getValue());
                out.append(line).append('\n');
            }
        }
    }

    /** Every property name the entities hold, with its importer type (from the first value seen). */
    private static Map<String, String> columns(Collection<Map<String, Object>> entities) {
        Map<String, String> columns = new TreeMap<>();
        for (Map<String, Object> props : entities) {
            props.forEach((name, value) -> columns.computeIfAbsent(name, n -> type(value)));
        }
        return columns;
    }

    private static String header(Map<String, String> columns) {
        StringBuilder header = new StringBuilder();
        columns.forEach((name, type) -> header.append(',').append(name).append(type));
        return header.toString();
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer) {
            return ":long";
        }
        if (value instanceof Double) {
            return ":double";
        }
        if (value instanceof OffsetDateTime) {
            return ":datetime";
        }
        if (value instanceof LocalDate) {
            return ":date";
        }
        if (value instanceof Point) {
            return ":point";
        }
        if (value instanceof List<?>) {
            return ":string[]";
        }
        throw new IllegalStateException("no import type for " + value.getClass().getName());
    }

    private void values(StringBuilder line, Map<String, String> columns, Map<String, Object> props) {
        for (String name : columns.keySet()) {
            line.append(',');
            Object value = props.get(name);
            if (value == null) {
                continue; // an empty unquoted field: no property
            }
            if (value instanceof String s) {
                if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                    multiline = true;
                }
                line.append(quote(s));
            } else if (value instanceof Double d) {
                line.append(decimal(d));
            } else if (value instanceof Point p) {
                line.append("\"{latitude:").append(decimal(p.latitude()))
                        .append(", longitude:").append(decimal(p.longitude())).append("}\"");
            } else if (value instanceof List<?> list) {
                // an empty list writes no property; BulkIngestion sets the empty aliases lists after the import
                StringBuilder joined = new StringBuilder();
                for (Object item : list) {
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(item);
                }
                if (!list.isEmpty()) {
                    line.append(quote(joined.toString()));
                }
            } else {
                line.append(value);
            }
        }
    }

    /** A double as exact plain text (no exponent, which the importer may not read; the sign of -0.0 kept). */
    private static String decimal(double d) {
        return d == 0 ? Double.toString(d) : BigDecimal.valueOf(d).toPlainString();
    }

    /** A quoted CSV value, inner quotes doubled (RFC 4180, as the importer reads it). */
    private static String quote(String value) {
        return "\"" + (value.indexOf('"') < 0 ? value : value.replace("\"", "\"\"")) + "\"";
    }
}
