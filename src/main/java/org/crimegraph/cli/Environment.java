package org.crimegraph.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may read from its surroundings besides its arguments: the working folder (relative
 * defaults such as {@code ./sample-data} resolve against it) and the environment variables (e.g.
 * {@code NO_COLOR}). Tests pass their own instead of changing the JVM's.
 *
 * @param workingFolder the folder relative paths start from ({@code Path.of("")}: the process's own)
 * @param variables     environment variables
 */
record Environment(Path workingFolder, Map<String, String> variables) {

    Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own working folder and environment. */
    static Environment system() {
        return new Environment(Path.of(""), System.getenv());
    }

    /** {@code path} against the working folder. */
    Path resolve(String path) {
        return workingFolder.resolve(path);
    }

    /**
     * False when the user asked for no colour: {@code NO_COLOR} set to a non-empty value (no-color.org).
     * Every command's output goes through {@link TerminalSafeWriter}, which shows escape sequences as text,
     * so colour is left to picocli's help and only when this allows it.
     */
    boolean colourAllowed() {
        String noColor = variables.get("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }
}
