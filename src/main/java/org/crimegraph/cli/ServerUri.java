package org.crimegraph.cli;

import java.io.Console;
import org.crimegraph.store.StoreUnavailableException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crimegraph.store.StoreTarget;

/**
 * Reads {@code --uri} without ever echoing a secret: a value with user-info ({@code bolt://user:pw@host})
 * is refused before it is parsed or printed, and the messages never repeat the value. Warns when an
 * unencrypted scheme ({@code bolt://}, {@code neo4j://}) points at a host other than this machine.
 */
final class ServerUri {

    private static final Set<String> PLAIN_SCHEMES = Set.of("bolt", "neo4j");

    private ServerUri() {
    }

    /** The server URI in {@code text}; throws (usage error) without repeating the text if it is unusable. */
    static URI parse(String text) {
        int authority = text.indexOf("//");
        String rest = authority < 0 ? text : text.substring(authority + 2);
        int end = rest.indexOf('/');
        if ((end < 0 ? rest : rest.substring(0, end)).contains("@")) {
            throw new IllegalArgumentException("--uri must not hold a user or password (the part before '@'); "
                    + "give the user with --user or NEO4J_USER and the password in NEO4J_PASSWORD or at the prompt. "
                    + "The URI is not repeated here; if it held a password, change that password");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--uri is not a valid URI (" + e.getReason() + " at index " + e.getIndex()
                    + "); expected e.g. neo4j+s://host:7687");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--uri must not hold a user or password; give the user with --user or NEO4J_USER");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--uri names no host; expected e.g. neo4j+s://host:7687");
        }
        return StoreTarget.requireServerScheme(uri);
    }

    /** A warning if {@code uri} is unencrypted and its host is not a loopback address; empty otherwise. */
    static Optional<String> plainTextWarning(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!PLAIN_SCHEMES.contains(scheme) || isLoopback(uri.getHost())) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + " is not encrypted and is not this machine: "
                + "the password and case data cross the network in clear; use " + scheme + "+s:// (TLS)");
    }

    /** True for {@code localhost}, 127.0.0.0/8 and ::1, judged from the text alone (no DNS lookup). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}")
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** The server password: from {@code NEO4J_PASSWORD}, else prompted for on the terminal; never from argv. */
    static char[] password(URI uri, String user) {
        String fromEnv = System.getenv("NEO4J_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new StoreUnavailableException("no password for " + uri + ": set NEO4J_PASSWORD (no terminal to prompt on)", null);
        }
        char[] typed = console.readPassword("Neo4j password for %s at %s: ", user, uri);
        if (typed == null) {
            throw new StoreUnavailableException("no password given for " + uri, null);
        }
        return typed;
    }
}
