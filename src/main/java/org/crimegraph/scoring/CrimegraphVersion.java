package org.crimegraph.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** crimegraph's own version, as Maven wrote it into {@code crimegraph-version.properties}. */
public final class CrimegraphVersion {

    private CrimegraphVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a build. */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = CrimegraphVersion.class.getResourceAsStream("/crimegraph-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
