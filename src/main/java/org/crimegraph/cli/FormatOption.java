package org.crimegraph.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format table|json} for the commands that print a table or JSON (the person queries,
 * {@code communities}, {@code runs}, {@code diff}, {@code alerts}); {@link CsvFormatOption} for those that
 * also write CSV.
 */
final class FormatOption {

    /** Reads {@code table} or {@code json}; lists them for help and completion. */
    static final class TableOrJson implements ITypeConverter<OutputFormat>, Iterable<String> {
        @Override
        public OutputFormat convert(String value) {
            if (value.equals("table") || value.equals("json")) {
                return OutputFormat.valueOf(value);
            }
            throw new TypeConversionException("expected table or json but was '" + value + "'");
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("table", "json").iterator();
        }
    }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", converter = TableOrJson.class,
            completionCandidates = TableOrJson.class, description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.json;
    }
}
