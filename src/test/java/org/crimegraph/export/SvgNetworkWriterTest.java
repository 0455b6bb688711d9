package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crimegraph.chart.NetworkPicture;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.PersonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture of the network ({@code export --format svg} and the report's section). */
class SvgNetworkWriterTest {

    private static final Pattern LINK = Pattern.compile("<line [^>]*><title>(\\S+) – (\\S+): ");

    @TempDir
    Path tmp;

    @Test
    void aSmallNetworkIsDrawnWholeOneLinePerLinkWithTheReleaseRuleAndTheMarks() throws Exception {
        List<Path> files = SvgNetworkWriter.write(ExportFixture.exportWithAnalyses(), tmp);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("network.svg");
        String svg = Files.readString(files.get(0));
        assertThat(pairs(svg)).containsExactlyInAnyOrder("P1|P2", "P1|P3", "P2|P3", "P3|P4", "P4|P5");
        assertThat(svg).contains("<desc>All 5 linked persons and their 5 links. Evidence: "
                + RunReportWriter.escape(ExportFixture.RELEASE_RULE))
                .contains("1 person without links is not drawn")
                .contains("Fruchterman–Reingold, seed 1");
        // the isolated person is not drawn; hostile names are escaped, never raw markup
        assertThat(svg).doesNotContain(">P6 ").doesNotContain("<title>P6").doesNotContain("\"http://evil.example\"");
        // key player P3: a thick outline; articulation points P3 and P4: diamonds
        assertThat(svg).containsPattern("<path [^>]*stroke-width=\"3\"><title>P3 ");
        assertThat(svg).containsPattern("<path [^>]*stroke-width=\"1\"><title>P4 ");
        assertThat(count(svg, "<path d=\"M")).isEqualTo(2 + 1);   // two articulation points and the legend's
        // a shared phone (P4-P5) is dashed, a call is not
        assertThat(svg).containsPattern("stroke-dasharray=\"[^\"]+\"><title>P4 – P5: ");
        assertThat(svg).containsPattern("stroke-width=\"[0-9.]+\"><title>P3 – P4: ");
    }

    @Test
    void theSameExportDrawsTheSamePicture() throws Exception {
        Path a = SvgNetworkWriter.write(ExportFixture.exportWithAnalyses(), Files.createDirectory(tmp.resolve("a"))).get(0);
        Path b = SvgNetworkWriter.write(ExportFixture.exportWithAnalyses(), Files.createDirectory(tmp.resolve("b"))).get(0);
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void aLargeNetworkIsDrawnAroundItsTopTargetsAndAsACommunityMap() throws Exception {
        // 45 cliques of 8 persons (360 linked persons), clique i linked to clique i+1 by one tie
        Map<String, String> names = new LinkedHashMap<>();
        List<PersonLink> links = new ArrayList<>();
        List<PersonResult> results = new ArrayList<>();
        int cliques = 45;
        int size = 8;
        for (int c = 0; c < cliques; c++) {
            for (int i = 0; i < size; i++) {
                String id = id(c, i);
                names.put(id, "Person " + id);
                for (int j = 0; j < i; j++) {
                    links.add(link(id(c, j), id, "call"));
                }
                int rank = c * size + i + 1;
                results.add(new PersonResult(id, "Person " + id, new PersonResult.Ranking(rank, 1.0 / rank), Map.of(),
                        new PersonResult.Place(0, c, null, rank <= 3, false), List.of()));
            }
            if (c > 0) {
                links.add(link(id(c - 1, 0), id(c, 0), "shared_phone"));
            }
        }
        List<NetworkPicture.Picture> pictures = NetworkPicture.of(PersonNetwork.of(names, links), results,
                "internal: every report", 1);

        assertThat(pictures).extracting(NetworkPicture.Picture::id).containsExactly("around-targets", "community-map");
        NetworkPicture.Picture around = pictures.get(0);
        TreeSetOfDrawn drawn = new TreeSetOfDrawn(around.svg());
        // the ten best ranked (clique 0 and two of clique 1) and their contacts: clique 1 and P020 (tie 1-2)
        assertThat(drawn.persons).contains(id(0, 0), id(0, 7), id(1, 1)).doesNotContain(id(2, 1));
        assertThat(drawn.persons).hasSize(2 * 8 + 1);
        assertThat(drawn.persons.size()).isLessThanOrEqualTo(NetworkPicture.AROUND_CAP);
        assertThat(around.caption()).contains("The 10 top targets and their contacts").contains("of the 360 linked");
        NetworkPicture.Picture map = pictures.get(1);
        assertThat(count(map.svg(), "<circle ")).isEqualTo(NetworkPicture.MAP_CAP + 1);  // and the legend's ring
        assertThat(pairs(map.svg())).contains("C0|C1").doesNotContain("C0|C2");
        assertThat(map.caption()).contains("The 40 largest communities of two or more persons (of 45)");
    }

    private record TreeSetOfDrawn(TreeSet<String> persons) {
        TreeSetOfDrawn(String svg) {
            this(new TreeSet<>());
            Matcher m = Pattern.compile("<circle [^>]*><title>(\\S+) ").matcher(svg);
            while (m.find()) {
                persons.add(m.group(1));
            }
        }
    }

    private static String id(int clique, int member) {
        return String.format("P%02d%d", clique, member);
    }

    private static PersonLink link(String a, String b, String kind) {
        return new PersonLink(a, b, 1.0, new TreeSet<>(List.of(kind)), new TreeSet<>(List.of("R1")), Grade.parse("1A"),
                HandlingCode.P);
    }

    private static List<String> pairs(String svg) {
        List<String> pairs = new ArrayList<>();
        Matcher m = LINK.matcher(svg);
        while (m.find()) {
            pairs.add(m.group(1).compareTo(m.group(2)) < 0 ? m.group(1) + "|" + m.group(2) : m.group(2) + "|" + m.group(1));
        }
        return pairs;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
