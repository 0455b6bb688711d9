package org.crimegraph.export;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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

    private final ObjectMapper mapper = Json.mapper();

    {
        mapper.getFactory().setCharacterEscapes(new SafeJsonEscapes());
    }

    /** Writes {@code network.json} into {@code dir}. */
    public Path write(NetworkExport export, Path dir, ExportContext context) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("releaseRule", export.releaseRule());
        root.put("pathLength", export.pathLength());
        root.put("runId", export.runId());
        root.put("scope", context.scope());
        root.set("analyses", mapper.valueToTree(context.analyses()));
        ArrayNode measures = root.putArray("measureNames");
        export.measureNames().forEach(measures::add);
        ArrayNode components = root.putArray("componentSizes");
        export.componentSizes().forEach(components::add);
        ArrayNode nodes = root.putArray("persons");
        for (PersonResult p : NodeRow.of(export)) {
            ObjectNode node = nodes.addObject();
            node.put("id", p.personId());
            node.put("name", p.name());
            node.put("rank", p.rank());
            node.put("score", p.score());
            ObjectNode values = node.putObject("measures");
            p.measures().forEach(values::put);
            node.put("component", p.component());
            if (export.hasCommunities()) {
                node.put("community", p.community());
            }
            if (export.hasCommunityStability()) {
                node.put("communityStability", p.place().communityStability());
                node.put("communityUnstable", p.place().unstableCommunity());
            }
            if (export.hasKeyPlayers()) {
                node.put("keyPlayer", p.keyPlayer());
            }
            node.put("articulationPoint", p.articulationPoint());
            ArrayNode reasons = node.putArray("reasons");
            p.reasons().forEach(reasons::add);
        }
        ArrayNode links = root.putArray("links");
        for (EdgeRow e : EdgeRow.of(export)) {
            ObjectNode link = links.addObject();
            link.put("source", e.source());
            link.put("target", e.target());
            link.put("weight", e.weight());
            ArrayNode kinds = link.putArray("kinds");
            e.kinds().forEach(kinds::add);
            link.put("evidenceCount", e.reportIds().size());
            ArrayNode reports = link.putArray("reportIds");
            e.reportIds().forEach(reports::add);
            link.put("weakestGrade", e.weakestGrade());
            link.put("handling", e.handling());
            link.put("firstSeen", e.firstSeen());
            link.put("lastSeen", e.lastSeen());
        }
        Path file = dir.resolve(FILE);
        mapper.writeValue(PrivateFiles.newOutputStream(file), root);
        return file;
    }
}
