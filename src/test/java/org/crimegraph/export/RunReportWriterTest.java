package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.model.RunAudit;
import org.crimegraph.model.RunInput;
import org.crimegraph.model.RunSetup;
import org.crimegraph.model.RunTiming;
import org.crimegraph.model.ReleaseRule;
import org.crimegraph.model.HandlingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML run report: escaping, optional sections, extra sections from other analyses. */
class RunReportWriterTest {

    @TempDir
    Path dir;

    private static final ScoringRunRecord RUN = new ScoringRunRecord("20250314T092653Z-00ff",
            new RunTiming(Instant.parse("2025-03-14T09:26:53Z"), Instant.parse("2025-03-14T09:26:55Z")),
            new RunSetup("0.1.0", new ReleaseRule(HandlingCode.C, null, "all handling codes"), 2, 1, "1/weight",
                    List.of("degree", "betweenness")),
            new RunInput(3, 2, List.of(3), Map.of("Person", 3L, "Report", 2L)), RunAudit.NONE);

    private static PersonResult person(String id, String name, int rank, Integer community, boolean keyPlayer) {
        return new PersonResult(id, name, new PersonResult.Ranking(rank, 1.0 / rank),
                Map.of("degree", 2.0, "betweenness", 0.5), new PersonResult.Place(0, community, null, keyPlayer, rank == 1),
                List.of("reason <" + id + ">"));
    }

    @Test
    void escapesTextAndShowsCommunitiesKeyPlayersAndExtraSectionsWhenPresent() throws Exception {
        List<PersonResult> results = List.of(person("P1", "<script>alert(1)</script>", 1, 0, true),
                person("P2", "O'Connor & Sons", 2, 0, false), person("P3", "Eva", 3, 1, true));
        ReportSection curve = new ReportSection("removal-curves", "Removal curves",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><path d=\"M0 0L10 10\"/></svg>");
        Path file = new RunReportWriter().write(RUN, results, 10, List.of(curve), dir.resolve("r.html"));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "O&#39;Connor &amp; Sons", "reason &lt;P1&gt;");
        assertThat(html).contains("2 communities", "Key-player set", "<strong>P1</strong>",
                "<strong>P3</strong>", "id=\"removal-curves\"", "M0 0L10 10", "Removal curves");
        assertThat(html).doesNotContain("This run has no key-player set", "This run has no community results");
    }

    @Test
    void aNationalNetworkIsSummedUpNotListed() throws Exception {
        // 5,000 persons: 60 communities of 83 or 84, every tenth person an articulation point, 200 components
        List<PersonResult> results = new java.util.ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            results.add(new PersonResult("P" + i, "Person " + i, new PersonResult.Ranking(i, 1.0 / i),
                    Map.of("degree", 2.0, "betweenness", 1.0 / i),
                    new PersonResult.Place(i % 200, i % 60, null, false, i % 10 == 0), List.of()));
        }
        List<Integer> components = new java.util.ArrayList<>();
        for (int c = 0; c < 200; c++) {
            components.add(c == 0 ? 4005 : 5);
        }
        ScoringRunRecord run = new ScoringRunRecord("R-big", RUN.timing(), RUN.setup(),
                new RunInput(5000, 9000, components, Map.of("Person", 5000L)), RunAudit.NONE);
        String html = Files.readString(new RunReportWriter().write(run, results, 10, List.of(), dir.resolve("big.html")),
                StandardCharsets.UTF_8);

        String communities = html.substring(html.indexOf("<table class=\"communities\">"),
                html.indexOf("</table>", html.indexOf("<table class=\"communities\">")));
        assertThat(communities.split("<tr>", -1)).hasSize(1 + 1 + RunReportWriter.MAX_ROWS_DRAWN); // head + rows
        assertThat(html).contains("60 communities", "the 40 largest are listed");
        assertThat(communities).contains(">84</td>", " and 34 more</td>"); // 50 of the 84 members named
        assertThat(html).contains("500 persons are articulation points", "The 50 best ranked");
        String points = html.substring(html.indexOf("id=\"articulation-points\""));
        points = points.substring(0, points.indexOf("</section>"));
        assertThat(points.split("<li>", -1)).hasSize(1 + RunReportWriter.MAX_NAMES);
        assertThat(points).contains("<strong>P10</strong>").doesNotContain("<strong>P510</strong>");
        assertThat(html).contains("200 connected components", "The chart shows the 40 largest; the other 160 hold 800 "
                + "persons (5 to 5 each).");
        assertThat(html.length()).isLessThan(400_000);
    }

    @Test
    void unstableCommunityMembershipsAreMarkedWithTheirStability() throws Exception {
        ScoringRunRecord run = new ScoringRunRecord("R-2", RUN.timing(), new RunSetup("1.0", RUN.setup().release(), 2, 1,
                "1/weight", List.of("degree", "betweenness"), org.crimegraph.model.RunMode.UNRECORDED, "consensus of 20 Leiden runs"), RUN.input(), RunAudit.NONE);
        List<PersonResult> results = List.of(
                new PersonResult("P1", "Ann", new PersonResult.Ranking(1, 0.9), Map.of("degree", 2.0),
                        new PersonResult.Place(0, 0, 0.95, false, false), List.of()),
                new PersonResult("P2", "Bob", new PersonResult.Ranking(2, 0.5), Map.of("degree", 1.0),
                        new PersonResult.Place(0, 0, 0.35, false, false), List.of()));
        String html = Files.readString(new RunReportWriter().write(run, results, 10, List.of(), dir.resolve("u.html")),
                StandardCharsets.UTF_8);
        assertThat(html).contains("(consensus of 20 Leiden runs)", "1 membership is unstable (below 0.5)",
                "<strong>P2</strong> Bob<span class=\"unstable\" title=\"unstable membership: sat with this community "
                        + "in 35% of the runs\">*</span>");
        assertThat(html).doesNotContain("<strong>P1</strong> Ann<span class=\"unstable\"");
        String targets = html.substring(html.indexOf("<table class=\"targets\">"), html.indexOf("</table>",
                html.indexOf("<table class=\"targets\">")));
        assertThat(targets).containsOnlyOnce("class=\"unstable\"");
    }

    @Test
    void readsAsABriefing() throws Exception {
        ScoringRunRecord run = new ScoringRunRecord("R-1", RUN.timing(),
                new RunSetup("1.0", new ReleaseRule(HandlingCode.C, null, "all reports"), 2, 1, "1/weight",
                        org.crimegraph.analysis.VertexScore.MEASURES),
                new RunInput(3, 2, List.of(3), Map.of("Person", 3L)), RunAudit.NONE);
        Map<String, Double> measures = new java.util.LinkedHashMap<>();
        org.crimegraph.analysis.VertexScore.MEASURES.forEach(m -> measures.put(m, 0.123456789));
        List<PersonResult> results = List.of(
                new PersonResult("P1", "Ann", new PersonResult.Ranking(1, 0.9), measures,
                        new PersonResult.Place(0, 0, null, true, true), List.of()),
                new PersonResult("P2", "Bob", new PersonResult.Ranking(2, 0.5), Map.of("betweenness", 0.0),
                        new PersonResult.Place(0, 0, null, false, false), List.of()),
                new PersonResult("P3", "Cy", new PersonResult.Ranking(3, 0.2), Map.of("betweenness", 0.0),
                        new PersonResult.Place(0, 1, null, false, false), List.of()));
        String html = Files.readString(new RunReportWriter().write(run, results, 10, List.of(), dir.resolve("b.html")),
                StandardCharsets.UTF_8);
        String targets = html.substring(html.indexOf("<table class=\"targets\">"), html.indexOf("</thead>",
                html.indexOf("<table class=\"targets\">")));
        // readable headings, no internal measure keys, few enough columns to fit a 1300 px page
        assertThat(targets).doesNotContain("betweennessRaw", "pagerank<", "coreness")
                .contains("<th>Person</th>", "<th>Betweenness</th>", "<th>PageRank</th>");
        assertThat(targets.split("<th>", -1).length - 1).isLessThanOrEqualTo(10);
        assertThat(html).contains("0.123").doesNotContain("0.1234");
        // the score defined under the table; each community with its members and brokers
        assertThat(html).contains(org.crimegraph.analysis.TargetRanking.DEFINITION.replace("<", "&lt;"));
        assertThat(html).contains("<th>Brokers</th>", "<strong>P1</strong> Ann, <strong>P2</strong> Bob",
                "<td>none</td>");
    }

    @Test
    void scoresShowAsManyDecimalsAsTellTheRowsApart() throws Exception {
        // the top of a large network: 0.846 for all three at 3 decimals
        List<PersonResult> results = List.of(
                new PersonResult("P1", "Ann", new PersonResult.Ranking(1, 0.8461612), Map.of("degree", 2.0),
                        new PersonResult.Place(0, 0, null, false, true), List.of()),
                new PersonResult("P2", "Bob", new PersonResult.Ranking(2, 0.8461538), Map.of("degree", 2.0),
                        new PersonResult.Place(0, 0, null, false, true), List.of()),
                new PersonResult("P3", "Cy", new PersonResult.Ranking(3, 0.8461204), Map.of("degree", 2.0),
                        new PersonResult.Place(0, 0, null, false, true), List.of()));
        String html = Files.readString(new RunReportWriter().write(RUN, results, 10, List.of(), dir.resolve("d.html")),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<td class=\"num\">0.84616</td>", "<td class=\"num\">0.84615</td>",
                "<td class=\"num\">0.84612</td>").doesNotContain(">0.846<");
        // scores far apart keep 3 decimals
        html = Files.readString(new RunReportWriter().write(RUN, List.of(person("P1", "Ann", 1, 0, false),
                person("P2", "Bob", 2, 0, false)), 10, List.of(), dir.resolve("e.html")), StandardCharsets.UTF_8);
        assertThat(html).contains("<td class=\"num\">1.000</td>", "<td class=\"num\">0.500</td>");
    }

    @Test
    void sectionsMustBeSelfContained() {
        assertThatThrownBy(() -> new ReportSection("x", "X", "<img src=\"https://example.org/a.png\">"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportSection("x", "X", "<script>1</script>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportSection("x y", "X", "<p/>")).isInstanceOf(IllegalArgumentException.class);
    }
}
