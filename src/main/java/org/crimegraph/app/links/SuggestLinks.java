package org.crimegraph.app.links;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.links.LinkPrediction;
import org.crimegraph.analysis.links.LinkSuggestion;
import org.crimegraph.analysis.links.StoreSignals;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.app.score.ScoreEdgeList;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.EdgeListFile;
import org.crimegraph.scoring.EdgeListScoring;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.LinkSignalReader;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Use case {@code suggest-links}: pairs of persons who are not linked but probably should be, best first,
 * with reasons ({@link LinkPrediction}), on a store's person network under a release rule (with the store
 * signals: calls to common numbers nobody is known to use, activity overlap, read under the same rule by
 * {@link LinkSignalReader}) or on an edge-list file (structural predictors only). Suggestions are not evidence: this use case writes nothing but its audit line, and no
 * export or store write takes suggestions.
 */
public final class SuggestLinks {

    /**
     * @param person        a person reference (id, phone, IBAN, registration or name; an id for an edge
     *                      list), or null for the whole network
     * @param top           how many suggestions to keep, at least 1
     * @param parameters    the prediction's parameters (seed, candidates per person, ...)
     * @param defaultRegion region for phone numbers without a country code in {@code person}
     */
    public record Request(String person, int top, LinkPrediction.Parameters parameters, String defaultRegion) {

        public Request {
            if (top < 1) {
                throw new IllegalArgumentException("--top must be at least 1, got " + top);
            }
            if (parameters == null) {
                throw new IllegalArgumentException("parameters are required");
            }
        }

        AuditEvent audit(Result result) {
            LinkPrediction.Training t = result.prediction().training();
            return AuditEvent.of("suggest-links").with("for", result.person() == null ? "all" : result.person())
                    .with("top", top).with("seed", parameters.seed()).with("perPerson", parameters.perPerson())
                    .with("persons", result.graph().vertexCount()).with("links", result.graph().edgeCount())
                    .with("candidates", result.prediction().suggestions().size())
                    .with("shown", result.shown().size())
                    .with("model", t.describe())
                    .with("storeSignals", result.prediction().storeSignals())
                    .release(result.evidence());
        }
    }

    /**
     * What was suggested.
     *
     * @param network    the person network (names, links with evidence), or null for an edge list
     * @param graph      the network the suggestions rest on
     * @param evidence   what the network rests on, in words (the release rule, or the edge-list file)
     * @param person     the person id asked about, or null
     * @param prediction every candidate, best first, and the model
     * @param shown      the suggestions kept: the {@code top} best, or the best {@code top} involving {@code person}
     */
    public record Result(PersonNetwork network, IndexedGraph<String> graph, String evidence, String person,
                         LinkPrediction.Result<String> prediction, List<LinkSuggestion<String>> shown) {

        /** A person's name from the network, or the id itself (edge lists have no names). */
        public String name(String id) {
            return network == null ? id : network.name(id);
        }
    }

    private final Auditor auditor;

    public SuggestLinks(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * Suggests links in the person network of a store under {@code filter}.
     *
     * @throws UnresolvedReference if {@code person} fits no person allowed under the filter, or several
     */
    public Result run(GraphStore store, ProjectionFilter filter, Request request, Monitor monitor) {
        String person = null;
        if (request.person() != null) {
            person = new QueryScope(store, filter, request.defaultRegion()).resolver().resolve(request.person())
                    .personId();
        }
        PersonNetwork network = new PersonNetworkReader(store).read(filter);
        IndexedGraph<String> graph = IndexedGraph.of(network.graph());
        LinkSignalReader.Signals read = new LinkSignalReader(store, monitor).read(filter,
                new HashSet<>(graph.vertices()));
        StoreSignals<String> signals = StoreSignals.of(graph, read.calls(), read.events(),
                PersonNetworkReader.DEFAULT_CROSSING_WINDOW);
        Result result = suggest(network, graph, signals, filter.describe(), request, person, monitor);
        auditor.record(store, request.audit(result));
        return result;
    }

    /** Suggests links in the network of an edge-list file (structural predictors only; audited with its hash). */
    public Result run(Path edges, Request request, Monitor monitor) {
        IndexedGraph<String> graph = EdgeListFile.read(edges, null);
        Result result = suggest(null, graph, null, EdgeListScoring.describe(edges), request, request.person(), monitor);
        auditor.recordWithoutStore(request.audit(result).input(edges + " sha256:" + ScoreEdgeList.sha256(edges)));
        return result;
    }

    private static Result suggest(PersonNetwork network, IndexedGraph<String> graph, StoreSignals<String> signals,
                                  String evidence, Request request, String person, Monitor monitor) {
        if (person != null && !graph.contains(person)) {
            throw new UnresolvedReference(request.person(), List.of(), "no person " + person
                    + " in the network (" + evidence + ")");
        }
        LinkPrediction.Result<String> prediction = new LinkPrediction<>(graph, request.parameters(), signals)
                .compute(monitor);
        List<LinkSuggestion<String>> shown = prediction.suggestions().stream()
                .filter(s -> person == null || s.involves(person)).limit(request.top()).toList();
        return new Result(network, graph, evidence, person, prediction, shown);
    }
}
