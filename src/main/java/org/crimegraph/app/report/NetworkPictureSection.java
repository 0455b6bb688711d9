package org.crimegraph.app.report;

import java.util.Locale;
import org.crimegraph.chart.NetworkPicture;
import org.crimegraph.export.ReportSection;
import org.crimegraph.export.RunReportWriter;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * The network-picture section of a run's HTML report ({@link NetworkPicture}): the person network as projected
 * now under the run's own release rule (a partner run's picture holds only what shareable reports assert),
 * decorated with the run's ranks, communities, key players and articulation points.
 */
final class NetworkPictureSection {

    private NetworkPictureSection() {
    }

    static ReportSection of(GraphStore store, SavedRun run) {
        var record = run.run();
        PersonNetwork network = new PersonNetworkReader(store).read(ProjectionFilter.of(record.setup().release()));
        StringBuilder html = new StringBuilder();
        for (NetworkPicture.Picture picture : NetworkPicture.of(network, run.results(), record.setup().releaseRule(),
                record.setup().seed())) {
            html.append(String.format(Locale.ROOT, "<figure class=\"network\">%n%s<figcaption><b>%s.</b> %s</figcaption>%n"
                    + "</figure>%n", picture.svg(), RunReportWriter.escape(picture.title()),
                    RunReportWriter.escape(picture.caption())));
        }
        return new ReportSection("network-picture", "Picture of the network", html.toString());
    }
}
