package org.crimegraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Options given on an enclosing command and not on the command itself: {@code crimegraph db --store X
 * status} means {@code crimegraph db status --store X}. A mixin ({@link StoreOptions}, {@link AuditOptions})
 * asks for the same mixin on its command's parents and takes each option the user gave there and not here.
 */
final class ParentOptions {

    private ParentOptions() {
    }

    /**
     * A mixin of an enclosing command.
     *
     * @param options the enclosing command's instance
     * @param parent  the enclosing command
     * @param command the command that runs
     */
    record Given<T>(T options, CommandSpec parent, CommandSpec command) {

        /** True if {@code option} was given on the enclosing command and not on the command itself. */
        boolean takes(String option) {
            return given(parent, option) && !given(command, option);
        }
    }

    /**
     * For each {@code type} mixin of the commands enclosing {@code command} (the nearest last, so it wins):
     * if {@code option} was given there and not on {@code command}, hands the enclosing value to {@code take}.
     */
    static <T, V> void inherit(CommandSpec command, Class<T> type, String option, Function<T, V> value,
                               Consumer<V> take) {
        for (Given<T> outer : of(command, type)) {
            if (outer.takes(option)) {
                take.accept(value.apply(outer.options()));
            }
        }
    }

    /** The {@code type} mixins of the commands enclosing {@code command}, outermost first (the nearest wins). */
    static <T> List<Given<T>> of(CommandSpec command, Class<T> type) {
        List<Given<T>> found = new ArrayList<>();
        if (command == null) {
            return found;
        }
        for (CommandSpec parent = command.parent(); parent != null; parent = parent.parent()) {
            for (CommandSpec mixin : parent.mixins().values()) {
                if (type.isInstance(mixin.userObject())) {
                    found.add(0, new Given<>(type.cast(mixin.userObject()), parent, command));
                }
            }
        }
        return found;
    }

    /** True if option {@code name} of {@code spec} was given on the command line. */
    static boolean given(CommandSpec spec, String name) {
        var option = spec.findOption(name);
        return option != null && !option.originalStringValues().isEmpty();
    }
}
