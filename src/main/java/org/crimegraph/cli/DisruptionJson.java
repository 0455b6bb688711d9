package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crimegraph.disruption.DisruptionResult;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.disruption.RemovalPoint;
import org.crimegraph.text.Json;

/** A disruption analysis as JSON ({@code disrupt --format json}): the curves and the key-player set. */
final class DisruptionJson {

    private DisruptionJson() {
    }

    static String of(DisruptionResult<String> result, String pathLength) {
        ObjectNode root = Json.object();
        root.put("pathLength", pathLength);
        ArrayNode strategies = root.putArray("strategies");
        for (RemovalCurve<String> c : result.curves()) {
            ObjectNode node = strategies.addObject();
            node.put("name", c.name());
            node.put("mode", c.mode());
            ArrayNode steps = node.putArray("steps");
            for (RemovalPoint<String> s : c.points()) {
                ObjectNode step = steps.addObject();
                step.put("k", s.k());
                if (s.removed() == null) {
                    step.putNull("removed");
                } else {
                    step.put("removed", s.removed());
                }
                if (c.repeats() == 1) {
                    step.put("lcc", (int) s.lcc());
                    step.put("lccFraction", s.lccFraction());
                    step.put("components", (int) s.components());
                } else {
                    step.put("lcc", s.lcc());
                    step.put("lccFraction", s.lccFraction());
                    step.put("components", s.components());
                }
                step.put("fragmentation", s.fragmentation());
                step.put("efficiency", s.efficiency());
            }
        }
        ObjectNode kp = root.putObject("keyPlayers");
        kp.put("measure", result.keyPlayers().measure().name());
        ArrayNode set = kp.putArray("set");
        result.keyPlayers().members().forEach(set::add);
        kp.put("score", result.keyPlayers().score());
        return Json.pretty(root);
    }

}
