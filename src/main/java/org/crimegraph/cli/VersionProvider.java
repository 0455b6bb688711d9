package org.crimegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code crimegraph --version}: the version Maven wrote into the jar, the JVM and the Neo4j edition. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CrimegraphCommand.class.getResourceAsStream("/crimegraph-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"crimegraph " + properties.getProperty("version", "unknown"),
                "JVM: ${java.version} (${java.vendor})", "Neo4j embedded: 5.26 Community"};
    }
}
