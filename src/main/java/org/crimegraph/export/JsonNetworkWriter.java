package org.crimegraph.export;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.nio.file.Path;
import org.crimegraph.model.PersonResult;
import org.crimegraph.files.PrivateFiles;

/**
 * Writes an export as {@code network.json} for programs: one document with the statements (release
 * rule, path lengths, run id, scope), the measure names, component sizes, the persons with every
 * field of {@code nodes.csv} plus their reasons, and the links with every field of
 * {@code edges.csv} (lists as JSON arrays). Layout {@code crimegraph-network}, version 1; text is
 * never neutralised (JSON is not opened by spreadsheets).
 */
public final class JsonNetworkWriter {

    /** File name. */
    public static final String FILE = "network.json";
    /** Identifies the layout. */
    public static final String FORMAT = "crimegraph-network";

    /** A copy of the shared mapper, so that the escapes set here hold for this file only. */
    private final ObjectMapper mapper = Json.mapper().copy();

    {
        mapper.getFactory().setCharacterEscapes(new SafeJsonEscapes());
    }

    /**
     * Writes {@code network.json} into {@code dir}, streamed one person and one link at a time (a network of
     * millions of links is never held as a document tree).
     */
    public Path write(NetworkExport export, Path dir, ExportContext context) throws IOException {
        Path file = dir.resolve(FILE);
        try (OutputStream out = PrivateFiles.newOutputStream(file);
             JsonGenerator json = mapper.writer().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", 1);
            json.writeStringField("releaseRule", export.releaseRule());
            json.writeStringField("pathLength", export.pathLength());
            json.writeStringField("runId", export.runId());
            json.writeStringField("scope", context.scope());
            json.writeFieldName("analyses");
            json.writeTree(mapper.valueToTree(context.analyses()));
            strings(json, "measureNames", export.measureNames());
            json.writeArrayFieldStart("componentSizes");
            for (int size : export.componentSizes()) {
                json.writeNumber(size);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("persons");
            // each a scan of every person: asked once, not once per person
            Fields fields = new Fields(export.hasCommunities(), export.hasCommunityStability(), export.hasKeyPlayers());
            for (PersonResult p : NodeRow.of(export)) {
                person(json, p, fields);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("links");
            for (EdgeRow e : EdgeRow.of(export)) {
                link(json, e);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return file;
    }

    /** Which optional person fields the export has. */
    private record Fields(boolean communities, boolean communityStability, boolean keyPlayers) {
    }

    private static void person(JsonGenerator json, PersonResult p, Fields fields) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.personId());
        json.writeStringField("name", p.name());
        number(json, "rank", p.rank());
        number(json, "score", p.score());
        json.writeObjectFieldStart("measures");
        for (Map.Entry<String, Double> measure : p.measures().entrySet()) {
            number(json, measure.getKey(), measure.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("component", p.component());
        if (fields.communities()) {
            number(json, "community", p.community());
        }
        if (fields.communityStability()) {
            number(json, "communityStability", p.place().communityStability());
            json.writeBooleanField("communityUnstable", p.place().unstableCommunity());
        }
        if (fields.keyPlayers()) {
            json.writeBooleanField("keyPlayer", p.keyPlayer());
        }
        json.writeBooleanField("articulationPoint", p.articulationPoint());
        strings(json, "reasons", p.reasons());
        json.writeEndObject();
    }

    /** Writes {@code values} as the array field {@code name}. */
    private static void strings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void link(JsonGenerator json, EdgeRow e) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", e.source());
        json.writeStringField("target", e.target());
        json.writeNumberField("weight", e.weight());
        strings(json, "kinds", e.kinds());
        json.writeNumberField("evidenceCount", e.reportIds().size());
        strings(json, "reportIds", e.reportIds());
        json.writeStringField("weakestGrade", e.weakestGrade());
        json.writeStringField("handling", e.handling());
        json.writeStringField("firstSeen", e.firstSeen());
        json.writeStringField("lastSeen", e.lastSeen());
        json.writeEndObject();
    }

    /** An int or double field, or null, as a tree node would write it. */
    private static void number(JsonGenerator json, String name, Number value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else {
            json.writeNumber(value.doubleValue());
        }
    }
}
