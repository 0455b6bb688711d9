package org.crimegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every Cypher statement crimegraph runs lives in a readable {@code .cypher} file under the project's
 * {@code cypher/} folder, packaged on the classpath; this class loads them by name
 * ({@code "ingest/persons"} is {@code cypher/ingest/persons.cypher}). A file may hold several
 * statements separated by a {@code ;} at the end of a line; {@code //} comment lines are dropped.
 */
public final class CypherLibrary {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private CypherLibrary() {
    }

    /** The single statement in the named file. */
    public static String statement(String name) {
        List<String> statements = statements(name);
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/" + name + ".cypher holds " + statements.size() + " statements, expected 1");
        }
        return statements.get(0);
    }

    /** All statements in the named file, in order. */
    public static List<String> statements(String name) {
        return CACHE.computeIfAbsent(name, CypherLibrary::load);
    }

    private static List<String> load(String name) {
        String resource = "/cypher/" + name + ".cypher";
        try (InputStream in = CypherLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return split(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }
}
