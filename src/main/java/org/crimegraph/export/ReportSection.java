package org.crimegraph.export;

/**
 * An extra section of the HTML run report, supplied by an analysis that ran with the run (for
 * example the removal curves of a disruption simulation as an inline SVG). The body is HTML that
 * crimegraph itself generated; text from reports must already be escaped with {@link RunReportWriter#escape}.
 *
 * @param id    anchor id, letters, digits and dashes
 * @param title section heading
 * @param html  the section body: trusted, self-contained HTML/SVG (no scripts, no external references)
 */
public record ReportSection(String id, String title, String html) {

    public ReportSection {
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("section id must be letters, digits and dashes: " + id);
        }
        if (html.contains("<script") || html.matches("(?s).*(src|href)\\s*=\\s*[\"']?(https?:|//).*")) {
            throw new IllegalArgumentException("a report section must be self-contained: no scripts, no network references");
        }
    }
}
