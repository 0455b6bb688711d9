package org.crimegraph.ingest;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.store.EntityKey;

/**
 * The kinds of input file crimegraph reads, each recognised by its header, turned into statement
 * parameters by a validating mapper, and loaded by one statement in {@code cypher/ingest/}. Declared in
 * load order: a type only cites entities of types above it. See {@code docs/input-formats.md}.
 */
public enum RecordType {

    REPORTS("reports", List.of("reportId", "agency", "receivedAt", "caseId", "grade", "handling", "summary"),
            List.of("scheme"), Map.of(), row -> {
                Map<String, Object> p = new HashMap<>();
                p.put("reportId", row.id("reportId"));
                p.put("agency", row.required("agency"));
                p.put("receivedAt", row.optionalTimestamp("receivedAt"));
                p.put("caseId", row.optional("caseId"));
                GradingScheme scheme;
                try {
                    scheme = GradingScheme.of(row.optional("scheme"));
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException("scheme", row.optional("scheme"), e.getMessage());
                }
                GradingScheme.Mapped grading = scheme.map(row.required("grade"), row.required("handling"));
                p.put("grade", grading.grade().code());
                p.put("handling", grading.handling().name());
                p.put("gradingScheme", scheme.code());
                p.put("originalGrading", grading.original());
                p.put("summary", row.optional("summary"));
                return p;
            }),

    PERSONS("persons", List.of("reportId", "personId", "name", "aliases", "dob", "nationality"),
            Map.of("reportId", EntityKey.REPORT), row -> {
                Map<String, Object> p = cited(row);
                p.put("personId", row.id("personId"));
                String name = row.optional("name");
                p.put("name", name);
                p.put("nameKey", name == null ? null : NameKey.of(name));
                p.put("aliases", row.list("aliases"));
                p.put("dob", row.optionalDate("dob"));
                p.put("nationality", row.optional("nationality") == null ? null : row.country("nationality"));
                return p;
            }),

    LOCATIONS("locations", List.of("reportId", "locationId", "name", "country", "kind", "lat", "lon"),
            Map.of("reportId", EntityKey.REPORT), row -> {
                Map<String, Object> p = cited(row);
                p.put("locationId", row.id("locationId"));
                p.put("name", row.optional("name"));
                p.put("country", row.optional("country") == null ? null : row.country("country"));
                p.put("kind", row.optional("kind") == null ? null
                        : row.oneOf("kind", List.of("address", "port", "border_crossing", "cell_site", "city")));
                Double lat = row.optionalDecimal("lat", -90, 90);
                Double lon = row.optionalDecimal("lon", -180, 180);
                if ((lat == null) != (lon == null)) {
                    throw new InvalidFieldException(lat == null ? "lat" : "lon", "", "lat and lon go together");
                }
                p.put("lat", lat);
                p.put("lon", lon);
                return p;
            }),

    ADDRESSES("addresses", List.of("reportId", "personId", "locationId", "from", "to"),
            Map.of("reportId", EntityKey.REPORT, "personId", EntityKey.PERSON, "locationId", EntityKey.LOCATION),
            row -> {
                Map<String, Object> p = cited(row);
                p.put("personId", row.id("personId"));
                p.put("locationId", row.id("locationId"));
                period(row, p);
                return p;
            }),

    PHONES("phones", List.of("reportId", "personId", "phone", "from", "to"),
            Map.of("reportId", EntityKey.REPORT, "personId", EntityKey.PERSON), row -> {
                Map<String, Object> p = cited(row);
                p.put("personId", row.id("personId"));
                p.put("phone", row.phone("phone"));
                period(row, p);
                return p;
            }),

    CALLS("calls", List.of("reportId", "callId", "caller", "callee", "start", "durationS"),
            Map.of("reportId", EntityKey.REPORT), row -> {
                Map<String, Object> p = cited(row);
                p.put("callId", row.id("callId"));
                String caller = row.phone("caller");
                String callee = row.phone("callee");
                if (caller.equals(callee)) {
                    throw new InvalidFieldException("callee", callee, "a phone cannot call itself");
                }
                p.put("caller", caller);
                p.put("callee", callee);
                p.put("start", row.timestamp("start"));
                p.put("durationS", row.wholeNumber("durationS", 0));
                return p;
            }),

    ACCOUNTS("accounts", List.of("reportId", "personId", "iban", "bank", "from", "to"),
            Map.of("reportId", EntityKey.REPORT, "personId", EntityKey.PERSON), row -> {
                Map<String, Object> p = cited(row);
                p.put("personId", row.id("personId"));
                String iban = row.iban("iban");
                p.put("iban", iban);
                p.put("country", Ibans.country(iban));
                p.put("bank", row.optional("bank"));
                period(row, p);
                return p;
            }),

    TRANSACTIONS("transactions", List.of("reportId", "txId", "fromIban", "toIban", "ts", "amount", "currency"),
            Map.of("reportId", EntityKey.REPORT), row -> {
                Map<String, Object> p = cited(row);
                p.put("txId", row.id("txId"));
                String from = row.iban("fromIban");
                String to = row.iban("toIban");
                p.put("fromIban", from);
                p.put("fromCountry", Ibans.country(from));
                p.put("toIban", to);
                p.put("toCountry", Ibans.country(to));
                p.put("ts", row.timestamp("ts"));
                double amount = row.decimal("amount");
                if (amount <= 0) {
                    throw new InvalidFieldException("amount", row.optional("amount"), "must be positive");
                }
                p.put("amount", amount);
                String currency = row.required("currency");
                if (!currency.matches("[A-Za-z]{3}")) {
                    throw new InvalidFieldException("currency", currency, "must be a three-letter ISO 4217 code");
                }
                p.put("currency", currency.toUpperCase(java.util.Locale.ROOT));
                return p;
            }),

    VEHICLES("vehicles", List.of("reportId", "personId", "vrm", "country", "relation", "make"),
            Map.of("reportId", EntityKey.REPORT, "personId", EntityKey.PERSON), row -> {
                Map<String, Object> p = cited(row);
                p.put("personId", row.id("personId"));
                VehicleRegistration vehicle = registration(row);
                p.put("vrm", vehicle.vrm());
                p.put("country", vehicle.country());
                p.put("vehicleKey", vehicle.key());
                p.put("relation", row.oneOf("relation", List.of("DRIVES", "KEEPER_OF")));
                p.put("make", row.optional("make"));
                return p;
            }),

    CROSSINGS("crossings", List.of("reportId", "crossingId", "vrm", "country", "locationId", "ts", "direction"),
            Map.of("reportId", EntityKey.REPORT, "vehicleKey", EntityKey.VEHICLE, "locationId", EntityKey.LOCATION),
            row -> {
                Map<String, Object> p = cited(row);
                p.put("crossingId", row.id("crossingId"));
                p.put("vehicleKey", registration(row).key());
                p.put("locationId", row.id("locationId"));
                p.put("ts", row.timestamp("ts"));
                p.put("direction", row.optional("direction"));
                return p;
            }),

    ROUTES("routes", List.of("reportId", "routeId", "name", "operatorId"),
            Map.of("reportId", EntityKey.REPORT, "operatorId", EntityKey.PERSON), row -> {
                Map<String, Object> p = cited(row);
                p.put("routeId", row.id("routeId"));
                p.put("name", row.optional("name"));
                p.put("operatorId", row.id("operatorId"));
                return p;
            }),

    ROUTE_STOPS("route_stops", List.of("reportId", "routeId", "seq", "locationId"),
            Map.of("reportId", EntityKey.REPORT, "routeId", EntityKey.ROUTE, "locationId", EntityKey.LOCATION),
            row -> {
                Map<String, Object> p = cited(row);
                p.put("routeId", row.id("routeId"));
                p.put("seq", row.wholeNumber("seq", 1));
                p.put("locationId", row.id("locationId"));
                return p;
            }),

    MEETINGS("meetings", List.of("reportId", "meetingId", "ts", "locationId", "attendees"),
            Map.of("reportId", EntityKey.REPORT, "locationId", EntityKey.LOCATION, "attendees", EntityKey.PERSON),
            row -> {
                Map<String, Object> p = cited(row);
                p.put("meetingId", row.id("meetingId"));
                p.put("ts", row.timestamp("ts"));
                p.put("locationId", row.id("locationId"));
                List<String> attendees = row.list("attendees");
                if (attendees.isEmpty()) {
                    throw new InvalidFieldException("attendees", "", "a meeting needs at least one attendee");
                }
                p.put("attendees", attendees);
                return p;
            }),

    ASSOCIATIONS("associations", List.of("reportId", "personA", "personB", "kind"),
            Map.of("reportId", EntityKey.REPORT, "personA", EntityKey.PERSON, "personB", EntityKey.PERSON),
            row -> {
                Map<String, Object> p = cited(row);
                String a = row.id("personA");
                String b = row.id("personB");
                if (a.equals(b)) {
                    throw new InvalidFieldException("personB", b, "a person cannot be their own associate");
                }
                // one relationship per unordered pair and kind
                p.put("personA", a.compareTo(b) < 0 ? a : b);
                p.put("personB", a.compareTo(b) < 0 ? b : a);
                p.put("kind", row.oneOf("kind", List.of("family", "lives_with", "social", "criminal")));
                return p;
            }),

    ORGANIZATIONS("organisations", List.of("reportId", "orgId", "name", "kind", "country"),
            Map.of("reportId", EntityKey.REPORT), row -> {
                Map<String, Object> p = cited(row);
                p.put("orgId", row.id("orgId"));
                p.put("name", row.optional("name"));
                p.put("kind", row.optional("kind"));
                p.put("country", row.optional("country") == null ? null : row.country("country"));
                return p;
            }),

    MEMBERSHIPS("memberships", List.of("reportId", "personId", "orgId", "role", "from", "to"),
            Map.of("reportId", EntityKey.REPORT, "personId", EntityKey.PERSON, "orgId", EntityKey.ORGANIZATION),
            row -> {
                Map<String, Object> p = cited(row);
                p.put("personId", row.id("personId"));
                p.put("orgId", row.id("orgId"));
                p.put("role", row.oneOf("role", List.of("MEMBER_OF", "DIRECTOR_OF")));
                period(row, p);
                return p;
            });

    /** Maps a row to the parameters of the type's statement, or says which field is wrong. */
    @FunctionalInterface
    interface RowMapper {
        Map<String, Object> map(InputRow row) throws InvalidFieldException;
    }

    private final String fileName;
    private final Set<String> columns;
    private final Set<String> optionalColumns;
    private final Map<String, EntityKey> references;
    private final RowMapper mapper;

    RecordType(String fileName, List<String> columns, Map<String, EntityKey> references, RowMapper mapper) {
        this(fileName, columns, List.of(), references, mapper);
    }

    RecordType(String fileName, List<String> columns, List<String> optionalColumns, Map<String, EntityKey> references,
               RowMapper mapper) {
        this.fileName = fileName;
        this.columns = new LinkedHashSet<>(columns);
        this.optionalColumns = new LinkedHashSet<>(optionalColumns);
        this.references = references;
        this.mapper = mapper;
    }

    /** The name used in docs and summaries, e.g. {@code calls}. */
    public String fileName() {
        return fileName;
    }

    /** The header columns every file of this type has, in documented order. */
    public Set<String> columns() {
        return columns;
    }

    /** Columns a file of this type may add (e.g. {@code scheme} for reports). */
    public Set<String> optionalColumns() {
        return optionalColumns;
    }

    /** True if {@code header} holds every column of this type and only columns it knows. */
    public boolean matches(Set<String> header) {
        if (!header.containsAll(columns)) {
            return false;
        }
        for (String column : header) {
            if (!columns.contains(column) && !optionalColumns.contains(column)) {
                return false;
            }
        }
        return true;
    }

    /** The type named {@code name} (its file name, e.g. {@code calls}), case-insensitive. */
    public static RecordType named(String name) {
        for (RecordType type : values()) {
            if (type.fileName.equalsIgnoreCase(name.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown record type '" + name + "'; one of "
                + java.util.Arrays.stream(values()).map(RecordType::fileName).toList());
    }

    /**
     * Parameter names (after mapping) that cite another entity, and which. A list-valued parameter
     * cites each element.
     */
    public Map<String, EntityKey> references() {
        return references;
    }

    /**
     * The entity a row of this type declares, and the parameter holding its key: rows later in the same
     * batch (a JSON Lines bundle mixes types) may cite it before it is in the store. Null if none.
     */
    public Map.Entry<EntityKey, String> declares() {
        return switch (this) {
            case REPORTS -> Map.entry(EntityKey.REPORT, "reportId");
            case PERSONS -> Map.entry(EntityKey.PERSON, "personId");
            case LOCATIONS -> Map.entry(EntityKey.LOCATION, "locationId");
            case VEHICLES -> Map.entry(EntityKey.VEHICLE, "vehicleKey");
            case ROUTES -> Map.entry(EntityKey.ROUTE, "routeId");
            case ORGANIZATIONS -> Map.entry(EntityKey.ORGANIZATION, "orgId");
            default -> null;
        };
    }

    /** The statement that loads rows of this type. */
    public String statementName() {
        return "ingest/" + fileName;
    }

    /** Validates ({@link InputRow#checkText} first, for every type) and normalises a row into statement parameters. */
    public Map<String, Object> map(InputRow row) throws InvalidFieldException {
        row.checkText();
        return mapper.map(row);
    }

    /**
     * For a header no type matches: the closest type and the columns that look mistyped, e.g.
     * {@code "did you mean personId, type persons?"}; empty if no type shares a column with it.
     */
    public static java.util.Optional<String> suggestion(java.util.List<String> header) {
        RecordType best = null;
        int bestScore = 0;
        for (RecordType type : values()) {
            Set<String> known = new LinkedHashSet<>(type.columns);
            known.addAll(type.optionalColumns);
            int score = 0;
            for (String column : header) {
                score += known.contains(column) ? 2 : ClosestName.of(column, known).isPresent() ? 1 : 0;
            }
            if (score > bestScore) {
                best = type;
                bestScore = score;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        Set<String> known = new LinkedHashSet<>(best.columns);
        known.addAll(best.optionalColumns);
        java.util.List<String> fixes = new java.util.ArrayList<>();
        for (String column : header) {
            if (!known.contains(column)) {
                ClosestName.of(column, known).ifPresent(fix -> fixes.add(fix + " (not " + column + ")"));
            }
        }
        Set<String> missing = new LinkedHashSet<>(best.columns);
        header.forEach(missing::remove);
        fixes.forEach(f -> missing.remove(f.substring(0, f.indexOf(' '))));
        return java.util.Optional.of("did you mean " + (fixes.isEmpty() ? "" : String.join(", ", fixes) + ", ")
                + "type " + best.fileName() + "?" + (missing.isEmpty() ? "" : " It also needs " + missing + "."));
    }

    /** The type whose columns are {@code header} (in any order, optional columns allowed), if any. */
    public static java.util.Optional<RecordType> byHeader(Set<String> header) {
        for (RecordType type : values()) {
            if (type.matches(header)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }

    private static Map<String, Object> cited(InputRow row) throws InvalidFieldException {
        Map<String, Object> p = new HashMap<>();
        p.put("reportId", row.id("reportId"));
        return p;
    }

    private static void period(InputRow row, Map<String, Object> p) throws InvalidFieldException {
        var from = row.optionalDate("from");
        var to = row.optionalDate("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", row.optional("to"), "ends before it starts (from " + from + ")");
        }
        p.put("from", from);
        p.put("to", to);
    }

    private static VehicleRegistration registration(InputRow row) throws InvalidFieldException {
        String vrm = row.required("vrm");
        String country = row.required("country");
        try {
            return VehicleRegistration.of(vrm, country);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("country") ? "country" : "vrm";
            throw new InvalidFieldException(field, field.equals("country") ? country : vrm, e.getMessage());
        }
    }
}
