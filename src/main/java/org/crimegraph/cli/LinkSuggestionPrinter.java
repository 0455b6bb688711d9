package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.links.LinkPrediction;
import org.crimegraph.analysis.links.LinkSuggestion;
import org.crimegraph.analysis.links.LogisticModel;
import org.crimegraph.analysis.links.PairFeatures;
import org.crimegraph.app.links.SuggestLinks;
import org.crimegraph.cli.render.CsvWriter;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.text.Json;
import org.crimegraph.text.SafeText;

/** Prints suggested links as a table, CSV or JSON, each labelled a suggestion, not evidence. */
final class LinkSuggestionPrinter {

    /** The label every output carries. */
    static final String LABEL = "suggested, not evidence";

    private LinkSuggestionPrinter() {
    }

    static void print(SuggestLinks.Result result, OutputFormat format, PrintWriter out) {
        switch (format) {
            case table -> table(result, out);
            case csv -> csv(result, out);
            case json -> json(result, out);
        }
        out.flush();
    }

    private static void table(SuggestLinks.Result result, PrintWriter out) {
        LinkPrediction.Result<String> p = result.prediction();
        out.println("Suggested links (" + LABEL + "): pairs of persons who are not linked but probably should be, "
                + "best first.");
        out.printf(Locale.ROOT, "Person network: %d persons, %d links. Evidence used: %s.%n",
                result.graph().vertexCount(), result.graph().edgeCount(), result.evidence());
        out.printf(Locale.ROOT, "Score: %s; seed %d; %d candidate pairs (two links apart or in the same community%s, "
                        + "at most %d per person).%n", p.training().describe(), p.parameters().seed(),
                p.suggestions().size(), p.storeSignals() ? " or in calls with a common unowned number" : "",
                p.parameters().perPerson());
        if (p.storeSignals()) {
            out.println("Store signals used: calls to common numbers no person is known to use, overlap of active "
                    + "weeks (under the same release rule).");
        }
        if (result.person() != null) {
            out.println("For " + result.person() + " " + result.name(result.person()) + ".");
        }
        out.println();
        if (result.shown().isEmpty()) {
            out.println(result.graph().vertexCount() == 0
                    ? "No persons: the network is empty under this filter. Load reports with 'crimegraph ingest PATH'."
                    : "No pair to suggest: no unlinked pair is two links apart or in the same community.");
            return;
        }
        int idWidth = 6;
        for (LinkSuggestion<String> s : result.shown()) {
            idWidth = Math.max(idWidth, Math.max(s.source().length(), s.target().length()));
        }
        TextTable table = new TextTable().right("rank", 4).gap("  ").left("source", idWidth).left("name", 20)
                .left("target", idWidth).left("name", 20).right("score", 6).gap("  ").left("reasons", 0);
        table.printHeader(out);
        int rank = 1;
        for (LinkSuggestion<String> s : result.shown()) {
            table.printRow(out, String.valueOf(rank++), s.source(), SafeText.clip(result.name(s.source()), 20),
                    s.target(), SafeText.clip(result.name(s.target()), 20),
                    String.format(Locale.ROOT, "%.3f", s.score()), String.join("; ", s.reasons()));
        }
        out.println();
        out.println("Suggestions are not evidence: they are in no store, export or partner release. Check each one "
                + "against the reports before acting on it. Score: the model's probability on its training mix (1 "
                + "hidden link : 2 candidate non-links), comparable within this list only (docs/algorithms.md).");
    }

    private static void csv(SuggestLinks.Result result, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out, false);
        if (result.prediction().storeSignals()) {
            // from a store: the two store signals after the structural predictors
            csv.header("source", "target", "score", "source_name", "target_name", "common_neighbours", "jaccard",
                    "adamic_adar", "resource_allocation", "katz", "same_community", "common_numbers",
                    "activity_overlap", "common_contacts", "reasons", "label");
            for (LinkSuggestion<String> s : result.shown()) {
                PairFeatures f = s.features();
                csv.row(s.source(), s.target(), s.score(), result.name(s.source()), result.name(s.target()),
                        f.commonNeighbours(), f.jaccard(), f.adamicAdar(), f.resourceAllocation(), f.katz(),
                        f.sameCommunity(), f.store().commonNumbers(), f.store().activity(),
                        String.join(" ", s.commonNeighbours()), String.join("; ", s.reasons()), LABEL);
            }
            return;
        }
        csv.header("source", "target", "score", "source_name", "target_name", "common_neighbours", "jaccard",
                "adamic_adar", "resource_allocation", "katz", "same_community", "common_contacts", "reasons", "label");
        for (LinkSuggestion<String> s : result.shown()) {
            PairFeatures f = s.features();
            csv.row(s.source(), s.target(), s.score(), result.name(s.source()), result.name(s.target()),
                    f.commonNeighbours(), f.jaccard(), f.adamicAdar(), f.resourceAllocation(), f.katz(),
                    f.sameCommunity(), String.join(" ", s.commonNeighbours()), String.join("; ", s.reasons()), LABEL);
        }
    }

    private static void json(SuggestLinks.Result result, PrintWriter out) {
        LinkPrediction.Result<String> p = result.prediction();
        ObjectNode root = Json.object();
        root.put("label", LABEL);
        root.put("evidence", result.evidence());
        root.put("persons", result.graph().vertexCount());
        root.put("links", result.graph().edgeCount());
        if (result.person() != null) {
            root.put("for", result.person());
        }
        root.put("seed", p.parameters().seed());
        root.put("perPerson", p.parameters().perPerson());
        root.put("candidates", p.suggestions().size());
        if (p.storeSignals()) {
            root.put("storeSignals", true);
        }
        ObjectNode model = root.putObject("model");
        LinkPrediction.Training t = p.training();
        model.put("description", t.describe()).put("learned", t.modelled()).put("ties", t.ties())
                .put("nonTies", t.nonTies()).put("rounds", t.folds());
        if (!Double.isNaN(t.heldOutAuc())) {
            model.put("heldOutAuc", t.heldOutAuc());
        }
        if (t.modelled()) {
            LogisticModel m = t.model();
            ObjectNode coefficients = model.putObject("coefficients");
            List<String> names = PairFeatures.names(p.storeSignals());
            for (int k = 0; k < names.size(); k++) {
                coefficients.put(names.get(k), m.coefficients()[k]);
            }
            model.put("intercept", m.intercept()).put("katzBeta", p.parameters().beta())
                    .put("l2", p.parameters().l2()).put("steps", m.iterations()).put("converged", m.converged());
        }
        ArrayNode suggestions = root.putArray("suggestions");
        for (LinkSuggestion<String> s : result.shown()) {
            PairFeatures f = s.features();
            ObjectNode node = suggestions.addObject();
            node.put("source", s.source()).put("sourceName", result.name(s.source()))
                    .put("target", s.target()).put("targetName", result.name(s.target()))
                    .put("score", s.score()).put("label", LABEL);
            ArrayNode common = node.putArray("commonNeighbours");
            s.commonNeighbours().forEach(common::add);
            ObjectNode features = node.putObject("features").put("commonNeighbours", f.commonNeighbours())
                    .put("jaccard", f.jaccard())
                    .put("adamicAdar", f.adamicAdar()).put("resourceAllocation", f.resourceAllocation())
                    .put("katz", f.katz()).put("walks3", f.walks3()).put("sameCommunity", f.sameCommunity())
                    .put("sourceDegree", f.degrees().source()).put("targetDegree", f.degrees().target());
            if (f.store() != null) {
                features.put("commonNumbers", f.store().commonNumbers())
                        .put("commonNumberCount", f.store().numberCount())
                        .put("activityOverlap", f.store().activity())
                        .put("sharedWeeks", f.store().sharedWeeks()).put("activeWeeks", f.store().activeWeeks());
                ArrayNode numbers = node.putArray("commonNumbers");
                f.store().named().forEach(c -> numbers.addObject().put("number", c.number())
                        .put("personsInCalls", c.contacts()));
            }
            ArrayNode reasons = node.putArray("reasons");
            s.reasons().forEach(reasons::add);
        }
        out.println(Json.pretty(root));
    }
}
