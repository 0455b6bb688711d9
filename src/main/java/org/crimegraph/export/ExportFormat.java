package org.crimegraph.export;

/** The file formats an export can be written in; a manifest is always written as well. */
public enum ExportFormat {
    /** {@code nodes.csv} and {@code edges.csv}, for spreadsheets ({@link CsvNetworkWriter}). */
    CSV,
    /** {@code network.graphml}, for Gephi, yEd and other graph tools ({@link GraphMlWriter}). */
    GRAPHML,
    /** {@code network.gexf}, GEXF 1.2 with time intervals for Gephi's timeline ({@link GexfWriter}). */
    GEXF,
    /** {@code network.json}, for programs ({@link JsonNetworkWriter}). */
    JSON,
    /** {@code i2-links.csv} and {@code i2-entities.csv}, for IBM i2 Analyst's Notebook's importer ({@link I2CsvWriter}). */
    I2,
    /** {@code network.dl}, UCINET's DL edge list with labels and weights ({@link DlNetworkWriter}). */
    DL,
    /** {@code network.svg} (and {@code community-map.svg} above a few hundred persons): a picture ({@link SvgNetworkWriter}). */
    SVG;

    /** The formats named in {@code names} (any case, blanks around them ignored), as {@code --format} takes them. */
    public static java.util.EnumSet<ExportFormat> parse(java.util.List<String> names) {
        java.util.EnumSet<ExportFormat> chosen = java.util.EnumSet.noneOf(ExportFormat.class);
        for (String name : names) {
            try {
                chosen.add(valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + name
                        + "'; valid: csv, graphml, gexf, json, i2, dl, svg");
            }
        }
        return chosen;
    }
}
