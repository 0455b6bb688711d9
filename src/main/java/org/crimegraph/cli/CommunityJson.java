package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.crimegraph.analysis.community.BrokerageRoles;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.analysis.community.CommunityProfile;
import org.crimegraph.analysis.community.ConsensusCommunities;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.scoring.CommunityResult;
import org.crimegraph.text.Json;

/** Prints the communities of the person network as JSON: communities with brokers, persons with roles (and stability). */
final class CommunityJson {

    private CommunityJson() {
    }

    static void print(CommunityResult result, PrintWriter out) {
        Communities c = result.communities();
        PersonNetwork network = result.network();
        BrokerageRoles roles = result.roles();
        ObjectNode root = Json.object();
        root.put("evidence", result.filter().describe());
        root.put("algorithm", c.algorithm());
        root.put("resolution", c.resolution());
        root.put("seed", c.seed());
        root.put("count", c.count());
        root.put("modularity", c.modularity());
        if (result.isConsensus()) {
            ConsensusCommunities.Result k = result.consensus();
            root.putObject("consensus").put("runs", k.parameters().runs()).put("threshold", k.parameters().threshold())
                    .put("rounds", k.rounds()).put("converged", k.converged())
                    .put("unstableBelow", ConsensusCommunities.UNSTABLE_BELOW)
                    .put("unstable", k.membership().unstableCount());
        }
        ArrayNode communities = root.putArray("communities");
        for (CommunityProfile<String> p : result.profiles()) {
            ObjectNode node = communities.addObject();
            node.put("id", p.id());
            node.put("size", p.size());
            node.put("internalLinks", p.internalLinks());
            node.put("density", p.density());
            node.put("internalWeight", p.internalWeight());
            node.put("externalWeight", p.externalWeight());
            ArrayNode members = node.putArray("members");
            p.members().forEach(members::add);
            ArrayNode brokers = node.putArray("brokers");
            for (CommunityProfile.Broker<String> b : p.brokers()) {
                brokers.addObject().put("id", b.vertex()).put("name", network.name(b.vertex()))
                        .put("brokerage", b.brokerage()).put("externalLinks", b.externalLinks())
                        .put("externalWeight", b.externalWeight());
            }
        }
        ArrayNode persons = root.putArray("persons");
        for (int i = 0; i < result.indexed().vertexCount(); i++) {
            String id = result.indexed().vertex(i);
            ObjectNode node = persons.addObject();
            node.put("id", id);
            node.put("name", network.name(id));
            node.put("community", c.communityOf(i));
            if (result.isConsensus()) {
                ConsensusCommunities.Membership m = result.consensus().membership();
                node.put("stability", m.stability()[i]);
                node.put("unstable", m.unstable(i));
                if (m.alternative()[i] >= 0) {
                    node.put("alternativeCommunity", m.alternative()[i]);
                    node.put("alternativeShare", m.alternativeShare()[i]);
                }
            }
            ObjectNode brokerage = node.putObject("brokerage");
            brokerage.put("coordinator", roles.coordinator(i));
            brokerage.put("itinerant", roles.itinerant(i));
            brokerage.put("gatekeeperRepresentative", roles.gatekeeperRepresentative(i));
            brokerage.put("liaison", roles.liaison(i));
            brokerage.put("total", roles.total(i));
        }
        out.println(Json.pretty(root));
    }
}
