package org.crimegraph.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where the graph lives: an embedded store in a local folder (the default), or a Neo4j server reached
 * by URI. The password is held as a char array and never printed by {@link #toString()}.
 */
public sealed interface StoreTarget {

    /** Schemes accepted for a server URI. */
    Set<String> SERVER_SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    /** Checks that {@code uri} names a Neo4j server scheme; throws with the accepted list if not. */
    public static URI requireServerScheme(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SERVER_SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("--uri must use one of " + SERVER_SCHEMES + ", not '" + uri + "'");
        }
        return uri;
    }

    /** A description safe to print and log. */
    String describe();

    /** An embedded store in {@code folder}. */
    record Embedded(Path folder) implements StoreTarget {
        @Override
        public String describe() {
            return "embedded store " + folder.toAbsolutePath().normalize();
        }
    }

    /** A Neo4j server. */
    record Server(URI uri, String user, char[] password, String database) implements StoreTarget {
        public Server {
            requireServerScheme(uri);
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("put the user in --user or NEO4J_USER, not in the URI");
            }
        }

        @Override
        public String describe() {
            return "server " + uri + " as " + user + (database == null ? "" : " (database " + database + ")");
        }

        @Override
        public String toString() {
            return "Server[" + describe() + "]";
        }
    }
}
