package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code path --full} names the holders of the phones, accounts and vehicles on a multi-mode path, under
 * the release rule. A hand-built case ({@code src/test/resources/cases/full-path-holders}; R1: NCA 1B P; R2: DNRED
 * 2B C, restricted):
 * <pre>
 *   H1 --phone 101-- call K1 --phone 102 (H2's)-- call K2 --phone 103-- H3               (R1)
 *   H3 --account A3-- transfer T1 --account A6 (H6's)-- transfer T2 --account A7-- H7    (R1)
 *   H7 drives vehicle AB12 CDE, H8 is its keeper                                        (R1)
 *   R2 only: H3 also uses phone 102; H4 "Secret Holder" (asserted only by R2) uses phone 102,
 *            holds account A6 and drives AB12 CDE
 * </pre>
 * Internally the holders R2 asserts are named (and shorten the paths); for a partner neither H4, nor its
 * name, nor R2 appears, and H3 is not named as a holder of phone 102.
 */
class FullPathHoldersTest extends IngestedCaseTest {

    /** Account A6 (A3 and A7 stand only in the case files). */
    private static final String A6 = "GB88TMBK40127665063516";

    @BeforeAll
    static void load() {
        ingest(Path.of("src/test/resources/cases/full-path-holders"));
    }

    /** The holders of each phone, account and vehicle of a --full path, "person relationship" by node key. */
    private static Map<String, List<String>> holders(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--full", "--format", "json"));
        JsonNode full = JSON.readTree(runner.run(new PathCommand(), all.toArray(String[]::new)).out());
        Map<String, List<String>> holders = new LinkedHashMap<>();
        for (JsonNode n : full.get("nodes")) {
            if (n.has("holders")) {
                List<String> list = new ArrayList<>();
                n.get("holders").forEach(h -> list.add(h.get("personId").asText() + " " + h.get("relationship").asText()));
                holders.put(n.get("key").asText(), list);
            }
        }
        return holders;
    }

    @Test
    void internallyEveryHolderOfTheChainIsNamedWithTheReportThatSaysSo() throws Exception {
        // H1 -> phone 101 -> K1 -> phone 102 <- H3 (R2): the phone in the middle is used by H2, H3 and H4
        Map<String, List<String>> phones = holders("H1", "H3");
        assertThat(phones).containsEntry("+447700900101", List.of("H1 USES"))
                .containsEntry("+447700900102", List.of("H2 USES", "H3 USES", "H4 USES"));
        String text = runner.run(new PathCommand(), "H1", "H3", "--full").out();
        assertThat(text).contains("used by H2 Ben Baker [R1]", "used by H4 Secret Holder [R2]", "R2");
    }

    @Test
    void forAPartnerNoHolderOrNameOnlyARestrictedReportGivesIsShown() throws Exception {
        // the call chain, with H2 (the person in the middle) named and neither H4 nor H3's restricted use of phone 102
        Map<String, List<String>> phones = holders("H1", "H3", "--release-to", "partner");
        assertThat(phones).containsExactly(Map.entry("+447700900101", List.of("H1 USES")),
                Map.entry("+447700900102", List.of("H2 USES")), Map.entry("+447700900103", List.of("H3 USES")));
        // the money chain and the vehicle: A6's holder H6 is named, H4 (who holds A6 and drives the van per R2) is not
        Map<String, List<String>> money = holders("H3", "H8", "--release-to", "partner");
        assertThat(money).containsEntry(A6, List.of("H6 HOLDS"))
                .containsEntry("GB:AB12CDE", List.of("H7 DRIVES", "H8 KEEPER_OF"));
        for (String[] pair : List.of(new String[] {"H1", "H3"}, new String[] {"H3", "H8"})) {
            String text = runner.run(new PathCommand(), pair[0], pair[1], "--full", "--release-to", "partner").out();
            String json = runner.run(new PathCommand(), pair[0], pair[1], "--full", "--release-to", "partner",
                    "--format", "json").out();
            for (String out : List.of(text, json)) {
                assertThat(out).contains(pair[0]).doesNotContain("H4")
                        .doesNotContain("Secret Holder").doesNotContain("R2").doesNotContain("DNRED");
            }
        }
        // internally the same pair goes through H4, so the check above is not vacuous
        assertThat(holders("H3", "H8")).containsValue(List.of("H4 DRIVES", "H7 DRIVES", "H8 KEEPER_OF"));
    }
}
