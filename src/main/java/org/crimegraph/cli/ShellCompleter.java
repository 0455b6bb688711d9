package org.crimegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion in {@code crimegraph shell}, from the picocli model of {@link CrimegraphCommand}: commands and
 * subcommands, the options of the command being typed, the values of an option with fixed choices (an enum,
 * {@code completionCandidates}), file names where a path is expected, and person ids (loaded from the store) for
 * the arguments of the commands about persons and for {@code --around}.
 */
final class ShellCompleter implements Completer {

    /** Commands whose arguments are person references. */
    static final Set<String> PERSON_ARGUMENTS = Set.of("node", "path", "neighbours", "common", "connect", "find",
            "resolve confirm", "resolve reject", "resolve undo");

    /** Options whose values are person ids. */
    static final Set<String> PERSON_OPTIONS = Set.of("--around");

    /** Words the shell itself understands. */
    static final List<String> BUILT_INS = List.of("exit", "quit");

    private final CommandSpec root;
    private final Supplier<List<String>> personIds;
    private final Completer files = new Completers.FileNameCompleter();

    /**
     * @param root      the model of the crimegraph command
     * @param personIds the person ids to offer (the shell reloads them after ingest and resolve)
     */
    ShellCompleter(CommandSpec root, Supplier<List<String>> personIds) {
        this.root = root;
        this.personIds = personIds;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        CommandSpec command = root;
        OptionSpec pending = null; // an option whose value is the word being typed
        for (String word : before) {
            if (pending != null) {
                pending = null;
                continue;
            }
            if (command.subcommands().containsKey(word)) {
                command = command.subcommands().get(word).getCommandSpec();
            } else if (word.startsWith("-") && !word.contains("=")) {
                OptionSpec option = command.findOption(word);
                pending = option != null && option.arity().min() > 0 ? option : null;
            }
        }
        String typed = line.word().substring(0, line.wordCursor());
        if (pending != null) {
            values(reader, line, pending, candidates);
        } else if (typed.startsWith("-")) {
            for (OptionSpec option : command.options()) {
                if (!option.hidden()) {
                    for (String name : option.names()) {
                        candidates.add(new Candidate(name, name, null, first(option.description()), null, null, true));
                    }
                }
            }
        } else {
            command.subcommands().forEach((name, sub) -> candidates.add(new Candidate(name, name, null,
                    first(sub.getCommandSpec().usageMessage().description()), null, null, true)));
            if (command == root) {
                BUILT_INS.forEach(word -> candidates.add(new Candidate(word)));
            }
            arguments(reader, line, command, candidates);
        }
    }

    private void values(LineReader reader, ParsedLine line, OptionSpec option, List<Candidate> candidates) {
        if (PERSON_OPTIONS.contains(option.longestName())) {
            personIds.get().forEach(id -> candidates.add(new Candidate(id)));
        } else if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(value -> candidates.add(new Candidate(value)));
        } else if (isPath(option)) {
            files.complete(reader, line, candidates);
        }
    }

    private void arguments(LineReader reader, ParsedLine line, CommandSpec command, List<Candidate> candidates) {
        if (PERSON_ARGUMENTS.contains(qualified(command))) {
            personIds.get().forEach(id -> candidates.add(new Candidate(id)));
        } else if (command.positionalParameters().stream().anyMatch(ShellCompleter::isPath)) {
            files.complete(reader, line, candidates);
        }
    }

    /** True for an option or parameter that takes a path (or a list of paths). */
    private static boolean isPath(ArgSpec arg) {
        return Path.class.isAssignableFrom(arg.type())
                || java.util.Arrays.stream(arg.auxiliaryTypes()).anyMatch(Path.class::isAssignableFrom);
    }

    private String qualified(CommandSpec command) {
        String name = command.qualifiedName(" ");
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }

    private static String first(String[] description) {
        return description == null || description.length == 0 ? null : description[0];
    }
}
