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
 * CLOSENESS_INVERSE_WEIGHT  = nx.closeness_centrality(H, distance="dist")   # wf_improved=True
 * HARMONIC_HOPS             = {v: h / 29 for v, h in nx.harmonic_centrality(H).items()}
 * EIGENVECTOR               = nx.eigenvector_centrality(H, weight="weight", tol=1e-14, max_iter=100000)
 * CORE_NUMBER               = nx.core_number(H)
 * CLUSTERING                = nx.clustering(H)
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

    static final Map<String, Double> CLOSENESS_INVERSE_WEIGHT = Map.ofEntries(
            Map.entry("V00", 0.0),
            Map.entry("V01", 0.9496890898812892),
            Map.entry("V02", 0.9695570624729476),
            Map.entry("V03", 0.6727785008366826),
            Map.entry("V04", 0.7586852037031065),
            Map.entry("V05", 0.795131845841785),
            Map.entry("V06", 0.8519269776876268),
            Map.entry("V07", 0.7222034574876408),
            Map.entry("V08", 0.2904331182662921),
            Map.entry("V09", 1.1280034530717955),
            Map.entry("V10", 0.6289526814723697),
            Map.entry("V11", 0.645214385647272),
            Map.entry("V12", 0.5983286482911258),
            Map.entry("V13", 0.7601072940568141),
            Map.entry("V14", 0.697064445860439),
            Map.entry("V15", 0.6917138445702522),
            Map.entry("V16", 0.6188740807009698),
            Map.entry("V17", 1.099707773232028),
            Map.entry("V18", 1.0842706988751614),
            Map.entry("V19", 0.8217168011738812),
            Map.entry("V20", 0.9945241971289036),
            Map.entry("V21", 0.8674165591001292),
            Map.entry("V22", 0.9981962864721486),
            Map.entry("V23", 0.7951318458417852),
            Map.entry("V24", 0.7454361054766735),
            Map.entry("V25", 0.8609707884911048),
            Map.entry("V26", 0.9143568013062242),
            Map.entry("V27", 0.5502269218172462),
            Map.entry("V28", 0.5705483522747947),
            Map.entry("V29", 0.7101878132737487));

    static final Map<String, Double> HARMONIC_HOPS = Map.ofEntries(
            Map.entry("V00", 0.0),
            Map.entry("V01", 0.5862068965517241),
            Map.entry("V02", 0.5919540229885057),
            Map.entry("V03", 0.4781609195402299),
            Map.entry("V04", 0.4235632183908046),
            Map.entry("V05", 0.403448275862069),
            Map.entry("V06", 0.4454022988505748),
            Map.entry("V07", 0.46551724137931044),
            Map.entry("V08", 0.2971264367816092),
            Map.entry("V09", 0.5402298850574713),
            Map.entry("V10", 0.3919540229885058),
            Map.entry("V11", 0.4178160919540231),
            Map.entry("V12", 0.3977011494252873),
            Map.entry("V13", 0.5402298850574713),
            Map.entry("V14", 0.46379310344827596),
            Map.entry("V15", 0.4344827586206897),
            Map.entry("V16", 0.42816091954023),
            Map.entry("V17", 0.5775862068965517),
            Map.entry("V18", 0.5948275862068966),
            Map.entry("V19", 0.43965517241379315),
            Map.entry("V20", 0.4827586206896552),
            Map.entry("V21", 0.5201149425287357),
            Map.entry("V22", 0.4867816091954024),
            Map.entry("V23", 0.36896551724137927),
            Map.entry("V24", 0.47126436781609204),
            Map.entry("V25", 0.4005747126436781),
            Map.entry("V26", 0.5028735632183909),
            Map.entry("V27", 0.29885057471264365),
            Map.entry("V28", 0.37758620689655176),
            Map.entry("V29", 0.44367816091954027));

    static final Map<String, Double> EIGENVECTOR = Map.ofEntries(
            Map.entry("V00", 6.504860539889732e-83),
            Map.entry("V01", 0.23490513770476118),
            Map.entry("V02", 0.3197634581972522),
            Map.entry("V03", 0.08407605982224503),
            Map.entry("V04", 0.051255403536537604),
            Map.entry("V05", 0.11588251365318797),
            Map.entry("V06", 0.14676951230337495),
            Map.entry("V07", 0.11519322776914402),
            Map.entry("V08", 0.002042759147968745),
            Map.entry("V09", 0.3951308673674972),
            Map.entry("V10", 0.02492577866439138),
            Map.entry("V11", 0.02805250015819012),
            Map.entry("V12", 0.0717434845750893),
            Map.entry("V13", 0.09156109444175649),
            Map.entry("V14", 0.03907151037046039),
            Map.entry("V15", 0.05349294753399885),
            Map.entry("V16", 0.03261889666023065),
            Map.entry("V17", 0.3152592394075408),
            Map.entry("V18", 0.44936942464891627),
            Map.entry("V19", 0.108494423410057),
            Map.entry("V20", 0.32666005554859745),
            Map.entry("V21", 0.23352709450586884),
            Map.entry("V22", 0.14974445775382825),
            Map.entry("V23", 0.04624648222846423),
            Map.entry("V24", 0.0889820266896975),
            Map.entry("V25", 0.1472142035481406),
            Map.entry("V26", 0.27327739069954604),
            Map.entry("V27", 0.007829252212400545),
            Map.entry("V28", 0.026582643496823474),
            Map.entry("V29", 0.06463438076139322));

    static final Map<String, Integer> CORE_NUMBER = Map.ofEntries(
            Map.entry("V00", 0),
            Map.entry("V01", 3),
            Map.entry("V02", 3),
            Map.entry("V03", 2),
            Map.entry("V04", 2),
            Map.entry("V05", 2),
            Map.entry("V06", 3),
            Map.entry("V07", 3),
            Map.entry("V08", 1),
            Map.entry("V09", 3),
            Map.entry("V10", 2),
            Map.entry("V11", 2),
            Map.entry("V12", 2),
            Map.entry("V13", 3),
            Map.entry("V14", 2),
            Map.entry("V15", 3),
            Map.entry("V16", 3),
            Map.entry("V17", 3),
            Map.entry("V18", 3),
            Map.entry("V19", 3),
            Map.entry("V20", 3),
            Map.entry("V21", 3),
            Map.entry("V22", 3),
            Map.entry("V23", 2),
            Map.entry("V24", 3),
            Map.entry("V25", 2),
            Map.entry("V26", 3),
            Map.entry("V27", 1),
            Map.entry("V28", 2),
            Map.entry("V29", 3));

    static final Map<String, Double> CLUSTERING = Map.ofEntries(
            Map.entry("V00", 0.0),
            Map.entry("V01", 0.21428571428571427),
            Map.entry("V02", 0.25),
            Map.entry("V03", 0.16666666666666666),
            Map.entry("V04", 0.0),
            Map.entry("V05", 0.0),
            Map.entry("V06", 0.0),
            Map.entry("V07", 0.3333333333333333),
            Map.entry("V08", 0.0),
            Map.entry("V09", 0.2),
            Map.entry("V10", 0.0),
            Map.entry("V11", 0.0),
            Map.entry("V12", 1.0),
            Map.entry("V13", 0.26666666666666666),
            Map.entry("V14", 0.0),
            Map.entry("V15", 0.1),
            Map.entry("V16", 0.3333333333333333),
            Map.entry("V17", 0.25),
            Map.entry("V18", 0.1388888888888889),
            Map.entry("V19", 0.0),
            Map.entry("V20", 0.3),
            Map.entry("V21", 0.4),
            Map.entry("V22", 0.2),
            Map.entry("V23", 0.0),
            Map.entry("V24", 0.3333333333333333),
            Map.entry("V25", 0.0),
            Map.entry("V26", 0.4),
            Map.entry("V27", 0.0),
            Map.entry("V28", 0.0),
            Map.entry("V29", 0.3333333333333333));
}
