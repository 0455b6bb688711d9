package org.crimegraph.store;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which statements of {@code cypher/schema.cypher} a store still needs: those whose index or constraint
 * name it does not have. Every statement there names what it creates
 * ({@code CREATE [FULLTEXT] INDEX name IF NOT EXISTS ...}, {@code CREATE CONSTRAINT name IF NOT EXISTS ...});
 * one that does not is always run, so a new kind of statement can never be skipped by mistake.
 */
final class SchemaStatements {

    private static final Pattern NAMED = Pattern.compile(
            "^\\s*CREATE\\s+(?:(?:FULLTEXT|RANGE|TEXT|POINT|LOOKUP|VECTOR)\\s+)?(?:INDEX|CONSTRAINT)\\s+"
                    + "`?([A-Za-z_][A-Za-z0-9_]*)`?\\s+IF\\s+NOT\\s+EXISTS\\b",
            Pattern.CASE_INSENSITIVE);

    private SchemaStatements() {
    }

    /** The statements, in their order, whose named index or constraint is not among {@code present}. */
    static List<String> missing(List<String> statements, Set<String> present) {
        return statements.stream().filter(s -> {
            String name = name(s);
            return name == null || !present.contains(name);
        }).toList();
    }

    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*CREATE\\s+CONSTRAINT\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The statements in the order to run them: indexes first, then constraints, each group in file order.
     * {@code CREATE INDEX} returns at once and its index is populated in the background, whereas
     * {@code CREATE CONSTRAINT} waits until its own index is built; so over a store full of data (the first
     * open after {@code ingest --bulk}) the indexes, the full-text index over every claim above all, are
     * built while the constraints are, instead of after them.
     */
    static List<String> indexesFirst(List<String> statements) {
        List<String> ordered = new java.util.ArrayList<>(statements.stream().filter(s -> !CONSTRAINT.matcher(s).find()).toList());
        statements.stream().filter(s -> CONSTRAINT.matcher(s).find()).forEach(ordered::add);
        return ordered;
    }

    /** The index or constraint a schema statement creates, or null if it names none. */
    static String name(String statement) {
        Matcher m = NAMED.matcher(statement);
        return m.find() ? m.group(1) : null;
    }
}
