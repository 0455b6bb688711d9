package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.app.query.NodeProfile;
import org.crimegraph.app.query.NodeQuery;
import org.crimegraph.app.query.PersonHolding;
import org.crimegraph.app.query.PersonIdentity;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.Release;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.text.Json;

/** {@code node --format json}: the same profile as {@link NodeTable}, as one JSON document. */
final class NodeJson {

    private NodeJson() {
    }

    static void print(NodeQuery.Result node, PrintWriter out) {
        NodeProfile p = node.profile();
        ScoringResult result = p.result();
        ObjectNode root = Json.object();
        root.put("id", p.id());
        root.put("name", p.name());
        root.put("evidence", result.filter().describe());
        root.put("pathLength", result.scores().pathLength().description());
        root.set("scoringMode", Json.mapper().valueToTree(TargetJson.mode(result.scores().mode())));
        ObjectNode network = root.putObject("network");
        network.put("persons", result.network().graph().vertexSet().size());
        network.put("links", result.network().graph().edgeSet().size());
        ObjectNode target = root.putObject("target");
        target.put("rank", p.target().rank());
        target.put("score", p.target().score());
        ArrayNode reasons = target.putArray("reasons");
        p.target().reasons().forEach(reasons::add);
        ObjectNode measures = root.putObject("measures");
        for (MeasureRank rank : p.ranks()) {
            ObjectNode m = measures.putObject(rank.measure());
            if (rank.measure().equals(VertexScore.DEGREE) || rank.measure().equals(VertexScore.CORENESS)) {
                m.put("value", (long) rank.value());
            } else {
                m.put("value", rank.value());
            }
            m.put("rank", rank.rank());
            m.put("of", rank.of());
            m.put("percentile", rank.percentile());
        }
        VertexScore<String> s = p.score();
        root.put("component", s.component());
        root.put("componentSize", result.scores().componentSizes().get(s.component()));
        root.put("community", result.communityOf(s.vertex()));
        root.put("articulationPoint", s.articulationPoint());
        ObjectNode removal = root.putObject("removal");
        removal.put("cutOff", s.removal().cutOff());
        removal.put("pieces", s.removal().pieces());
        removal.put("largestPiece", s.removal().largestPiece());
        root.put("linkCount", p.linkCount());
        links(p, root.putArray("links"));
        identity(node.identity(), root.putObject("claims"));
        holdings(node, root.putArray("holdings"));
        out.println(Json.pretty(root));
    }

    private static void links(NodeProfile p, ArrayNode array) {
        for (PersonLink link : p.links()) {
            String other = link.other(p.id());
            ObjectNode l = array.addObject();
            l.put("id", other);
            l.put("name", p.result().network().name(other));
            l.put("weight", link.weight());
            ArrayNode kinds = l.putArray("kinds");
            link.kinds().forEach(kinds::add);
            ArrayNode reports = l.putArray("reports");
            link.reportIds().forEach(reports::add);
            l.put("weakestGrade", link.weakestGrade().code());
            l.put("handling", link.handling().name());
        }
    }

    private static void identity(PersonIdentity identity, ObjectNode claims) {
        for (PersonIdentity.Field field : identity.fields()) {
            ObjectNode f = claims.putObject(field.name());
            f.put("conflict", field.conflict());
            ArrayNode values = f.putArray("values");
            for (Release.Stated v : field.values()) {
                ObjectNode value = values.addObject();
                value.put("value", String.valueOf(v.value()));
                ArrayNode ids = value.putArray("reports");
                v.reportIds().forEach(ids::add);
            }
        }
    }

    private static void holdings(NodeQuery.Result node, ArrayNode array) {
        for (PersonHolding h : node.holdings()) {
            ObjectNode item = array.addObject();
            item.put("kind", h.kind());
            item.put("value", h.shown());
            item.put("relationship", h.relationship());
            item.put("detail", h.detail());
            ArrayNode ids = item.putArray("reports");
            h.reportIds().forEach(ids::add);
        }
    }
}
