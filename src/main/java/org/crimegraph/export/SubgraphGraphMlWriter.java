package org.crimegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.files.PrivateFiles;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.crimegraph.text.SafeText;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the subgraph a link query found (a path, a neighbourhood, a connecting network) as GraphML for
 * Gephi or yEd, with JGraphT's {@link GraphMLExporter}: nodes carry {@code label} (name) and
 * {@code role} (e.g. {@code start}, {@code end}, {@code terminal}, or empty); edges carry {@code weight}
 * (tie strength), {@code kinds}, {@code reports}, {@code weakest_grade} and {@code handling}, exactly the
 * evidence that stands under the release filter of the query. Node ids follow
 * {@link GraphMlNetworkWriter}'s rule for ids that are not XML name tokens.
 */
public final class SubgraphGraphMlWriter {

    /**
     * Writes the persons {@code persons} of {@code network} and the links among them that are in
     * {@code links} (pairs), to {@code file}.
     *
     * @param roles role per person id (others get no role)
     */
    public void write(PersonNetwork network, Set<String> persons, Set<PersonLink> links, Map<String, String> roles,
                      Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> graph = new org.jgrapht.graph.SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        persons.stream().sorted().forEach(graph::addVertex);
        Map<DefaultWeightedEdge, PersonLink> byEdge = new LinkedHashMap<>();
        links.stream().sorted(java.util.Comparator.comparing(PersonLink::source).thenComparing(PersonLink::target))
                .forEach(link -> {
                    graph.addVertex(link.source());
                    graph.addVertex(link.target());
                    DefaultWeightedEdge e = graph.addEdge(link.source(), link.target());
                    graph.setEdgeWeight(e, link.weight());
                    byEdge.put(e, link);
                });
        GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(GraphMlNetworkWriter::graphMlId);
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeWeightAttributeName(GraphMlNetworkWriter.WEIGHT);
        exporter.registerAttribute(GraphMlNetworkWriter.LABEL, AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("role", AttributeCategory.NODE, AttributeType.STRING);
        for (String name : new String[] {"kinds", "reports", "weakest_grade", "handling"}) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(id -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put(GraphMlNetworkWriter.LABEL, DefaultAttribute.createAttribute(SafeText.neutralise(network.name(id))));
            attributes.put("role", DefaultAttribute.createAttribute(roles.getOrDefault(id, "")));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> {
            PersonLink link = byEdge.get(e);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("kinds", DefaultAttribute.createAttribute(String.join(";", link.kinds())));
            attributes.put("reports", DefaultAttribute.createAttribute(String.join(";", link.reportIds())));
            attributes.put("weakest_grade", DefaultAttribute.createAttribute(link.weakestGrade().code()));
            attributes.put("handling", DefaultAttribute.createAttribute(link.handling().name()));
            return attributes;
        });
        try (Writer out = PrivateFiles.newWriter(file)) {
            exporter.exportGraph(graph, out);
        } catch (ExportException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }
}
