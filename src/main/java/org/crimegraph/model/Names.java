package org.crimegraph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a user-facing enum is named and parsed: a constant's name is its Java name in lower case with
 * {@code -} for {@code _} ({@code WITHIN_COMMUNITY} is {@code within-community}); a text names the constant
 * whose name it equals after trimming, ignoring case and reading {@code _} as {@code -} (so the Java name
 * works too). Errors list the valid names with
 * {@link #list} or {@link #either}.
 */
public final class Names {

    private Names() {
    }

    /** {@code WITHIN_COMMUNITY} → {@code within-community}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} whose {@code name} the {@code text} is, if any (see the class comment). */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> name, String text) {
        String wanted = text.strip().replace('_', '-');
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> name.apply(c).equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The names of all constants of {@code type}: {@code "a, b, c"}. */
    public static <E extends Enum<E>> String list(Class<E> type, Function<E, String> name) {
        return String.join(", ", names(type, name));
    }

    /** The names of all constants of {@code type}: {@code "a, b or c"}. */
    public static <E extends Enum<E>> String either(Class<E> type, Function<E, String> name) {
        List<String> names = names(type, name);
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> name) {
        return Arrays.stream(type.getEnumConstants()).map(name).toList();
    }
}
