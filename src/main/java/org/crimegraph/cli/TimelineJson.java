package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.timeline.CommunityMatching;
import org.crimegraph.analysis.timeline.Timeline;
import org.crimegraph.app.timeline.NetworkTimeline;
import org.crimegraph.text.Json;

/** The timeline as one JSON document: windows, persons with their place in each window, community changes. */
final class TimelineJson {

    private TimelineJson() {
    }

    static String of(NetworkTimeline.Result result) {
        Timeline timeline = result.timeline();
        ObjectNode root = Json.object();
        root.put("evidence", result.evidence());
        root.put("pathLength", timeline.pathLength().description());
        ArrayNode windows = root.putArray("windows");
        for (Timeline.WindowMeasures w : timeline.windows()) {
            ObjectNode node = windows.addObject();
            node.put("window", w.window().label());
            node.put("from", w.window().from().toString());
            node.put("to", w.window().to().toString());
            node.put("persons", w.persons());
            node.put("links", w.links());
            node.put("density", w.density());
            node.put("components", w.components());
            node.put("largestComponent", w.largestComponent());
            node.put("degreeCentralisation", w.degreeCentralisation());
            node.put("betweennessCentralisation", w.betweennessCentralisation());
            node.put("modularity", w.modularity());
            node.put("communities", w.communities());
            w.entering().forEach(node.putArray("entering")::add);
            w.leaving().forEach(node.putArray("leaving")::add);
        }
        ArrayNode persons = root.putArray("persons");
        for (Timeline.PersonSeries p : timeline.persons()) {
            ObjectNode node = persons.addObject();
            node.put("id", p.personId());
            node.put("name", p.name());
            ArrayNode places = node.putArray("windows");
            for (Timeline.PersonWindow place : p.windows()) {
                if (place == null) {
                    places.addNull();
                    continue;
                }
                ObjectNode at = places.addObject();
                at.put("community", place.community());
                at.put("targetRank", place.targetRank());
                ObjectNode measures = at.putObject("measures");
                for (MeasureRank r : place.measures()) {
                    measures.putObject(r.measure()).put("value", r.value()).put("rank", r.rank());
                }
            }
        }
        ArrayNode transitions = root.putArray("communityChanges");
        for (Timeline.Transition t : timeline.transitions()) {
            for (CommunityMatching.Change c : t.changes()) {
                ObjectNode node = transitions.addObject();
                node.put("fromWindow", t.from());
                node.put("toWindow", t.to());
                node.put("change", TimelinePrinter.kind(c.kind()));
                c.before().forEach(node.putArray("before")::add);
                c.after().forEach(node.putArray("after")::add);
                node.put("jaccard", c.jaccard());
                c.members().forEach(node.putArray("members")::add);
            }
        }
        return Json.pretty(root);
    }
}
