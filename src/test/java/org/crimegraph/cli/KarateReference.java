package org.crimegraph.cli;

import java.util.Map;

/**
 * Zachary's karate club (interaction counts as weights) and its betweenness, closeness and harmonic
 * centrality computed by NetworkX 3.6.1 with hop lengths and with 1/weight lengths, printed by
 * {@code scripts/path_length_reference.py} (which also checks a crimegraph JSON output against them).
 */
final class KarateReference {

    private KarateReference() {
    }

    /** Writes {@link #KARATE_EDGES} as {@code karate.csv} in {@code dir} (UTF-8), for {@code --edges}; returns the file. */
    static java.nio.file.Path writeEdges(java.nio.file.Path dir) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("karate.csv"), KARATE_EDGES, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code suggest-links --edges} on the karate club ({@link #writeEdges} into {@code dir}) with {@code args},
     * its audit line to {@code dir/edges-audit.jsonl}.
     */
    static CliTest.Run suggestLinks(java.nio.file.Path dir, String... args) throws java.io.IOException {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("suggest-links", "--edges",
                writeEdges(dir).toString()));
        all.addAll(java.util.List.of(args));
        all.addAll(java.util.List.of("--audit-log", dir.resolve("edges-audit.jsonl").toString()));
        return CliTest.run(all.toArray(String[]::new));
    }

    static final String KARATE_EDGES = "source,target,weight\n"
            + "K00,K01,4\n"
            + "K00,K02,5\n"
            + "K00,K03,3\n"
            + "K00,K04,3\n"
            + "K00,K05,3\n"
            + "K00,K06,3\n"
            + "K00,K07,2\n"
            + "K00,K08,2\n"
            + "K00,K10,2\n"
            + "K00,K11,3\n"
            + "K00,K12,1\n"
            + "K00,K13,3\n"
            + "K00,K17,2\n"
            + "K00,K19,2\n"
            + "K00,K21,2\n"
            + "K00,K31,2\n"
            + "K01,K02,6\n"
            + "K01,K03,3\n"
            + "K01,K07,4\n"
            + "K01,K13,5\n"
            + "K01,K17,1\n"
            + "K01,K19,2\n"
            + "K01,K21,2\n"
            + "K01,K30,2\n"
            + "K02,K03,3\n"
            + "K02,K07,4\n"
            + "K02,K08,5\n"
            + "K02,K09,1\n"
            + "K02,K13,3\n"
            + "K02,K27,2\n"
            + "K02,K28,2\n"
            + "K02,K32,2\n"
            + "K03,K07,3\n"
            + "K03,K12,3\n"
            + "K03,K13,3\n"
            + "K04,K06,2\n"
            + "K04,K10,3\n"
            + "K05,K06,5\n"
            + "K05,K10,3\n"
            + "K05,K16,3\n"
            + "K06,K16,3\n"
            + "K08,K30,3\n"
            + "K08,K32,3\n"
            + "K08,K33,4\n"
            + "K09,K33,2\n"
            + "K13,K33,3\n"
            + "K19,K33,1\n"
            + "K23,K25,5\n"
            + "K23,K29,3\n"
            + "K24,K25,2\n"
            + "K23,K27,4\n"
            + "K24,K27,3\n"
            + "K27,K33,4\n"
            + "K28,K33,2\n"
            + "K26,K29,4\n"
            + "K30,K32,3\n"
            + "K30,K33,3\n"
            + "K24,K31,2\n"
            + "K25,K31,7\n"
            + "K28,K31,2\n"
            + "K31,K32,4\n"
            + "K31,K33,4\n"
            + "K14,K32,3\n"
            + "K15,K32,3\n"
            + "K18,K32,1\n"
            + "K20,K32,3\n"
            + "K22,K32,2\n"
            + "K23,K32,5\n"
            + "K29,K32,4\n"
            + "K32,K33,5\n"
            + "K14,K33,2\n"
            + "K15,K33,4\n"
            + "K18,K33,2\n"
            + "K20,K33,1\n"
            + "K22,K33,3\n"
            + "K23,K33,4\n"
            + "K26,K33,2\n"
            + "K29,K33,2\n"
            ;
    static final Map<String, Double> HOPS_BETWEENNESS = Map.ofEntries(
            Map.entry("K00", 0.4376352813852815),
            Map.entry("K01", 0.05393668831168831),
            Map.entry("K02", 0.14365680615680615),
            Map.entry("K03", 0.011909271284271283),
            Map.entry("K04", 0.0006313131313131313),
            Map.entry("K05", 0.02998737373737374),
            Map.entry("K06", 0.029987373737373736),
            Map.entry("K07", 0.0),
            Map.entry("K08", 0.05592682780182782),
            Map.entry("K09", 0.0008477633477633478),
            Map.entry("K10", 0.0006313131313131313),
            Map.entry("K11", 0.0),
            Map.entry("K12", 0.0),
            Map.entry("K13", 0.045863395863395856),
            Map.entry("K14", 0.0),
            Map.entry("K15", 0.0),
            Map.entry("K16", 0.0),
            Map.entry("K17", 0.0),
            Map.entry("K18", 0.0),
            Map.entry("K19", 0.03247504810004811),
            Map.entry("K20", 0.0),
            Map.entry("K21", 0.0),
            Map.entry("K22", 0.0),
            Map.entry("K23", 0.017613636363636363),
            Map.entry("K24", 0.0022095959595959595),
            Map.entry("K25", 0.0038404882154882162),
            Map.entry("K26", 0.0),
            Map.entry("K27", 0.022333453583453587),
            Map.entry("K28", 0.0017947330447330447),
            Map.entry("K29", 0.0029220779220779218),
            Map.entry("K30", 0.014411976911976905),
            Map.entry("K31", 0.13827561327561327),
            Map.entry("K32", 0.14524711399711404),
            Map.entry("K33", 0.30407497594997596));
    static final Map<String, Double> HOPS_CLOSENESS = Map.ofEntries(
            Map.entry("K00", 0.5689655172413793),
            Map.entry("K01", 0.4852941176470588),
            Map.entry("K02", 0.559322033898305),
            Map.entry("K03", 0.4647887323943662),
            Map.entry("K04", 0.3793103448275862),
            Map.entry("K05", 0.38372093023255816),
            Map.entry("K06", 0.38372093023255816),
            Map.entry("K07", 0.44),
            Map.entry("K08", 0.515625),
            Map.entry("K09", 0.4342105263157895),
            Map.entry("K10", 0.3793103448275862),
            Map.entry("K11", 0.36666666666666664),
            Map.entry("K12", 0.3707865168539326),
            Map.entry("K13", 0.515625),
            Map.entry("K14", 0.3707865168539326),
            Map.entry("K15", 0.3707865168539326),
            Map.entry("K16", 0.28448275862068967),
            Map.entry("K17", 0.375),
            Map.entry("K18", 0.3707865168539326),
            Map.entry("K19", 0.5),
            Map.entry("K20", 0.3707865168539326),
            Map.entry("K21", 0.375),
            Map.entry("K22", 0.3707865168539326),
            Map.entry("K23", 0.39285714285714285),
            Map.entry("K24", 0.375),
            Map.entry("K25", 0.375),
            Map.entry("K26", 0.3626373626373626),
            Map.entry("K27", 0.4583333333333333),
            Map.entry("K28", 0.4520547945205479),
            Map.entry("K29", 0.38372093023255816),
            Map.entry("K30", 0.4583333333333333),
            Map.entry("K31", 0.5409836065573771),
            Map.entry("K32", 0.515625),
            Map.entry("K33", 0.55));
    static final Map<String, Double> HOPS_HARMONIC = Map.ofEntries(
            Map.entry("K00", 0.702020202020202),
            Map.entry("K01", 0.5808080808080808),
            Map.entry("K02", 0.6363636363636364),
            Map.entry("K03", 0.5353535353535352),
            Map.entry("K04", 0.44444444444444453),
            Map.entry("K05", 0.45959595959595967),
            Map.entry("K06", 0.45959595959595967),
            Map.entry("K07", 0.4974747474747475),
            Map.entry("K08", 0.5606060606060606),
            Map.entry("K09", 0.4722222222222223),
            Map.entry("K10", 0.44444444444444453),
            Map.entry("K11", 0.40909090909090917),
            Map.entry("K12", 0.4242424242424243),
            Map.entry("K13", 0.5606060606060606),
            Map.entry("K14", 0.43030303030303035),
            Map.entry("K15", 0.43030303030303035),
            Map.entry("K16", 0.3363636363636363),
            Map.entry("K17", 0.4292929292929294),
            Map.entry("K18", 0.43030303030303035),
            Map.entry("K19", 0.5303030303030303),
            Map.entry("K20", 0.43030303030303035),
            Map.entry("K21", 0.4292929292929294),
            Map.entry("K22", 0.43030303030303035),
            Map.entry("K23", 0.48585858585858593),
            Map.entry("K24", 0.4217171717171719),
            Map.entry("K25", 0.4217171717171718),
            Map.entry("K26", 0.42272727272727273),
            Map.entry("K27", 0.5126262626262628),
            Map.entry("K28", 0.4974747474747475),
            Map.entry("K29", 0.46565656565656566),
            Map.entry("K30", 0.5126262626262627),
            Map.entry("K31", 0.585858585858586),
            Map.entry("K32", 0.6338383838383838),
            Map.entry("K33", 0.7045454545454545));
    static final Map<String, Double> INVERSE_WEIGHT_BETWEENNESS = Map.ofEntries(
            Map.entry("K00", 0.39488636363636365),
            Map.entry("K01", 0.06960227272727273),
            Map.entry("K02", 0.33712121212121215),
            Map.entry("K03", 0.06060606060606061),
            Map.entry("K04", 0.0),
            Map.entry("K05", 0.03125),
            Map.entry("K06", 0.029356060606060608),
            Map.entry("K07", 0.0),
            Map.entry("K08", 0.13636363636363635),
            Map.entry("K09", 0.0),
            Map.entry("K10", 0.000946969696969697),
            Map.entry("K11", 0.0),
            Map.entry("K12", 0.0),
            Map.entry("K13", 0.054450757575757576),
            Map.entry("K14", 0.0),
            Map.entry("K15", 0.0),
            Map.entry("K16", 0.0),
            Map.entry("K17", 0.0),
            Map.entry("K18", 0.0),
            Map.entry("K19", 0.0),
            Map.entry("K20", 0.0),
            Map.entry("K21", 0.0),
            Map.entry("K22", 0.0),
            Map.entry("K23", 0.011363636363636364),
            Map.entry("K24", 0.0),
            Map.entry("K25", 0.017045454545454544),
            Map.entry("K26", 0.0),
            Map.entry("K27", 0.03409090909090909),
            Map.entry("K28", 0.0),
            Map.entry("K29", 0.011363636363636364),
            Map.entry("K30", 0.0),
            Map.entry("K31", 0.08901515151515152),
            Map.entry("K32", 0.1590909090909091),
            Map.entry("K33", 0.32859848484848486));
    static final Map<String, Double> INVERSE_WEIGHT_CLOSENESS = Map.ofEntries(
            Map.entry("K00", 1.5382907880133188),
            Map.entry("K01", 1.4925694594012493),
            Map.entry("K02", 1.634241245136187),
            Map.entry("K03", 1.256686916311542),
            Map.entry("K04", 1.054794520547945),
            Map.entry("K05", 1.0824742268041234),
            Map.entry("K06", 1.0812919332189106),
            Map.entry("K07", 1.2210377940269586),
            Map.entry("K08", 1.592188397472717),
            Map.entry("K09", 0.9042865531415152),
            Map.entry("K10", 0.9256043809269404),
            Map.entry("K11", 1.0274277242401777),
            Map.entry("K12", 0.8936746405313044),
            Map.entry("K13", 1.529463694548665),
            Map.entry("K14", 0.9966920753631524),
            Map.entry("K15", 1.1760712770470938),
            Map.entry("K16", 0.8091068301225917),
            Map.entry("K17", 0.8811188811188814),
            Map.entry("K18", 0.9042865531415152),
            Map.entry("K19", 0.9328307982231794),
            Map.entry("K20", 0.9907076483202287),
            Map.entry("K21", 0.9267183738967639),
            Map.entry("K22", 1.0624760444614794),
            Map.entry("K23", 1.2872666480913906),
            Map.entry("K24", 0.9542168674698799),
            Map.entry("K25", 1.2555485098287893),
            Map.entry("K26", 0.9442060085836909),
            Map.entry("K27", 1.3226452905811623),
            Map.entry("K28", 1.1138792895603957),
            Map.entry("K29", 1.1104879416713407),
            Map.entry("K30", 1.261490852826067),
            Map.entry("K31", 1.4632601351351349),
            Map.entry("K32", 1.4574132492113563),
            Map.entry("K33", 1.610317183687696));
    static final Map<String, Double> INVERSE_WEIGHT_HARMONIC = Map.ofEntries(
            Map.entry("K00", 1.9205121820999573),
            Map.entry("K01", 1.890045370178583),
            Map.entry("K02", 2.028733030659028),
            Map.entry("K03", 1.4983982573228691),
            Map.entry("K04", 1.22870294726744),
            Map.entry("K05", 1.3741574927219857),
            Map.entry("K06", 1.3552180987825917),
            Map.entry("K07", 1.4549183860973105),
            Map.entry("K08", 1.8450908939545307),
            Map.entry("K09", 0.9934490861400755),
            Map.entry("K10", 1.1037921724053872),
            Map.entry("K11", 1.1529453715098643),
            Map.entry("K12", 0.998110623779073),
            Map.entry("K13", 1.74196691231127),
            Map.entry("K14", 1.1607395445306208),
            Map.entry("K15", 1.4119752734432574),
            Map.entry("K16", 0.9649124013240495),
            Map.entry("K17", 0.9547661983794131),
            Map.entry("K18", 0.9934490861400755),
            Map.entry("K19", 1.0191620471032237),
            Map.entry("K20", 1.1509011921562355),
            Map.entry("K21", 1.0150533365010728),
            Map.entry("K22", 1.2185427386658114),
            Map.entry("K23", 1.7686609336562227),
            Map.entry("K24", 1.0925599652872382),
            Map.entry("K25", 1.6116028026110094),
            Map.entry("K26", 1.129467364401608),
            Map.entry("K27", 1.5923492355134392),
            Map.entry("K28", 1.1919923329132824),
            Map.entry("K29", 1.4204247745919325),
            Map.entry("K30", 1.4459127581333246),
            Map.entry("K31", 1.8186944634313058),
            Map.entry("K32", 1.9867999832040317),
            Map.entry("K33", 2.135011524925446));
}
