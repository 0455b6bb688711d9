package org.crimegraph.app.report;

import java.util.Locale;
import org.crimegraph.chart.NetworkPicture;
import org.crimegraph.export.ReportSection;
import org.crimegraph.export.RunReportWriter;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.scoring.SavedRun;

/**
 * The network-picture section of a run's HTML report ({@link NetworkPicture}): the person network as projected
 * now under the run's own release rule (a partner run's picture holds only what shareable reports assert),
 * decorated with the run's ranks, communities, key players and articulation points.
 */
final class NetworkPictureSection {

    private NetworkPictureSection() {
    }

    /** @param network the person network as projected now under the run's release rule */
    static ReportSection of(PersonNetwork network, SavedRun run) {
        var record = run.run();
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
