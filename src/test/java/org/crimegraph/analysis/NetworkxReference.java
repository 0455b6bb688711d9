package org.crimegraph.analysis;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * A 30-vertex reference graph and its scores computed by NetworkX 2.8.8 (Debian python3-networkx),
 * by the script below. V00 is isolated; the rest is one component.
 *
 * <pre>
 * H = nx.gnm_random_graph(30, 60, seed=7); relabel i -> "V%02d"; weights drawn by
 * random.Random(42).choice([1, 2, 3, 4, 5, 0.5, 1.5]) per edge in sorted order; dist = 1/weight
 * HOPS_RAW                  = nx.betweenness_centrality(H, normalized=False)
 * INVERSE_WEIGHT_NORMALISED = nx.betweenness_centrality(H, weight="dist")
 * PAGERANK                  = nx.pagerank(H, weight="weight", tol=1e-14, max_iter=10000)
 * PAGERANK_DEFAULT_TOL      = nx.pagerank(H, weight="weight")          # tol=1e-6
 * sorted(nx.articulation_points(H)) == ["V04", "V15"]
 * sorted(nx.bridges(H)) == [("V04", "V27"), ("V08", "V15")]
 * </pre>
 */
final class NetworkxReference {

    private NetworkxReference() {
    }

    /** Edges as a,b,weight. */
    static final String EDGES = ""
            + "V01,V02,0.5 V01,V06,1 V01,V07,1 V01,V13,0.5 V01,V17,3 V01,V18,2 "
            + "V01,V19,2 V01,V26,2 V02,V03,0.5 V02,V07,1 V02,V13,0.5 V02,V14,0.5 "
            + "V02,V18,5 V02,V21,1 V02,V26,5 V03,V05,4 V03,V11,1 V03,V18,1 "
            + "V04,V10,1 V04,V17,2 V04,V27,2 V05,V24,5 V05,V25,5 V06,V15,1 "
            + "V06,V20,5 V07,V09,2 V07,V20,0.5 V08,V15,0.5 V09,V13,0.5 V09,V17,5 "
            + "V09,V18,4 V09,V19,2 V09,V20,4 V10,V14,5 V10,V28,3 V11,V14,1.5 "
            + "V11,V22,1.5 V12,V18,1 V12,V20,1.5 V13,V16,1.5 V13,V17,2 V13,V24,0.5 "
            + "V14,V23,4 V15,V16,3 V15,V19,3 V15,V29,2 V16,V29,2 V17,V21,1.5 "
            + "V17,V22,3 V17,V24,1 V17,V26,1 V18,V20,4 V18,V21,1 V18,V25,3 "
            + "V18,V29,1.5 V21,V22,3 V21,V26,5 V22,V23,3 V22,V24,1.5 V26,V28,1 ";

    static Graph<String, DefaultWeightedEdge> graph() {
        Graph<String, DefaultWeightedEdge> g = SampleGraphs.parse(EDGES);
        g.addVertex("V00");
        return g;
    }

    static final Map<String, Double> HOPS_RAW = Map.ofEntries(
            Map.entry("V00", 0.0),
            Map.entry("V01", 57.826406926406953),
            Map.entry("V02", 59.069047619047616),
            Map.entry("V03", 21.3472582972583),
            Map.entry("V04", 34.442857142857143),
            Map.entry("V05", 5.5303030303030303),
            Map.entry("V06", 11.785714285714283),
            Map.entry("V07", 3.3547619047619048),
            Map.entry("V08", 0.0),
            Map.entry("V09", 27.242279942279943),
            Map.entry("V10", 9.906493506493506),
            Map.entry("V11", 5.2842712842712842),
            Map.entry("V12", 0.0),
            Map.entry("V13", 33.781168831168827),
            Map.entry("V14", 29.763636363636365),
            Map.entry("V15", 31.833333333333336),
            Map.entry("V16", 11.583333333333336),
            Map.entry("V17", 78.784126984126971),
            Map.entry("V18", 87.919985569985556),
            Map.entry("V19", 12.266666666666667),
            Map.entry("V20", 9.7841991341991328),
            Map.entry("V21", 17.518470418470418),
            Map.entry("V22", 23.197330447330444),
            Map.entry("V23", 1.3095238095238095),
            Map.entry("V24", 15.806421356421355),
            Map.entry("V25", 4.0266233766233768),
            Map.entry("V26", 24.352453102453101),
            Map.entry("V27", 0.0),
            Map.entry("V28", 2.6499999999999999),
            Map.entry("V29", 18.633333333333333));

    static final Map<String, Double> INVERSE_WEIGHT_NORMALISED = Map.ofEntries(
            Map.entry("V00", 0.0),
            Map.entry("V01", 0.032019704433497539),
            Map.entry("V02", 0.081280788177339899),
            Map.entry("V03", 0.0049261083743842365),
            Map.entry("V04", 0.066502463054187194),
            Map.entry("V05", 0.10837438423645321),
            Map.entry("V06", 0.0),
            Map.entry("V07", 0.0),
            Map.entry("V08", 0.0),
            Map.entry("V09", 0.33743842364532017),
            Map.entry("V10", 0.029556650246305417),
            Map.entry("V11", 0.0049261083743842365),
            Map.entry("V12", 0.0),
            Map.entry("V13", 0.019704433497536946),
            Map.entry("V14", 0.078817733990147784),
            Map.entry("V15", 0.083743842364532015),
            Map.entry("V16", 0.0073891625615763543),
            Map.entry("V17", 0.31773399014778325),
            Map.entry("V18", 0.30172413793103448),
            Map.entry("V19", 0.11822660098522167),
            Map.entry("V20", 0.12315270935960591),
            Map.entry("V21", 0.024630541871921183),
            Map.entry("V22", 0.22660098522167488),
            Map.entry("V23", 0.11576354679802955),
            Map.entry("V24", 0.024630541871921183),
            Map.entry("V25", 0.13300492610837439),
            Map.entry("V26", 0.092364532019704432),
            Map.entry("V27", 0.0),
            Map.entry("V28", 0.0),
            Map.entry("V29", 0.024630541871921183));

    static final Map<String, Double> PAGERANK = Map.ofEntries(
            Map.entry("V00", 0.0051457975986277885),
            Map.entry("V01", 0.041684063704557461),
            Map.entry("V02", 0.045630400562714502),
            Map.entry("V03", 0.024940944378874556),
            Map.entry("V04", 0.026743109714743866),
            Map.entry("V05", 0.048636864588620557),
            Map.entry("V06", 0.026685440415439413),
            Map.entry("V07", 0.017954218993769026),
            Map.entry("V08", 0.0071334269156122232),
            Map.entry("V09", 0.057896245839234986),
            Map.entry("V10", 0.038847164675721538),
            Map.entry("V11", 0.01809140304334779),
            Map.entry("V12", 0.012283031573264502),
            Map.entry("V13", 0.022688904769469959),
            Map.entry("V14", 0.044208173414150467),
            Map.entry("V15", 0.044429361203179862),
            Map.entry("V16", 0.030088252945526632),
            Map.entry("V17", 0.063397612604831871),
            Map.entry("V18", 0.072892193122218132),
            Map.entry("V19", 0.028601022597349892),
            Map.entry("V20", 0.051570928248599712),
            Map.entry("V21", 0.038099485955650464),
            Map.entry("V22", 0.042917347222991689),
            Map.entry("V23", 0.02793007839335979),
            Map.entry("V24", 0.029136625037684844),
            Map.entry("V25", 0.02817167528354619),
            Map.entry("V26", 0.04592110319618331),
            Map.entry("V27", 0.014238454901645462),
            Map.entry("V28", 0.018940561236506476),
            Map.entry("V29", 0.025096107862576926));

    static final Map<String, Double> PAGERANK_DEFAULT_TOL = Map.ofEntries(
            Map.entry("V00", 0.0051457975986277885),
            Map.entry("V01", 0.041683978500573982),
            Map.entry("V02", 0.045630130450950296),
            Map.entry("V03", 0.024940556018430704),
            Map.entry("V04", 0.026743715231872217),
            Map.entry("V05", 0.048637508472092944),
            Map.entry("V06", 0.026685398815858425),
            Map.entry("V07", 0.017954197781633686),
            Map.entry("V08", 0.0071334201607108011),
            Map.entry("V09", 0.057896126699167522),
            Map.entry("V10", 0.038846328052360699),
            Map.entry("V11", 0.018091178370397084),
            Map.entry("V12", 0.012282984503107186),
            Map.entry("V13", 0.022688975258408517),
            Map.entry("V14", 0.04421030050938772),
            Map.entry("V15", 0.0444292857479959),
            Map.entry("V16", 0.030088161843094867),
            Map.entry("V17", 0.063397247065513807),
            Map.entry("V18", 0.072892351100356398),
            Map.entry("V19", 0.028600944857527979),
            Map.entry("V20", 0.051570545923916494),
            Map.entry("V21", 0.038099272130166867),
            Map.entry("V22", 0.042918351409542491),
            Map.entry("V23", 0.027929466091492269),
            Map.entry("V24", 0.02913595265771602),
            Map.entry("V25", 0.02817096937875575),
            Map.entry("V26", 0.045921255766749075),
            Map.entry("V27", 0.01423832400301059),
            Map.entry("V28", 0.01894126357494428),
            Map.entry("V29", 0.025096012025637503));

}
