package org.crimegraph.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;

/**
 * The one place where crimegraph configures Jackson. Two shared, thread-safe mappers; callers must not
 * reconfigure them.
 *
 * <ul>
 * <li>{@link #mapper()}: human-readable output (indented, two spaces, Jackson's default pretty printer),
 * {@link Instant}s as ISO-8601 text; also the reader for JSON input.</li>
 * <li>{@link #lines()}: one document per line (JSON Lines, e.g. the audit log), with the modules on the
 * class path registered.</li>
 * </ul>
 */
public final class Json {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("crimegraph-instant-as-text")
                    .addSerializer(Instant.class, ToStringSerializer.instance));

    private static final ObjectMapper LINES = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** The shared mapper for readable (indented) output and for reading JSON. */
    public static ObjectMapper mapper() {
        return PRETTY;
    }

    /** The shared mapper for compact, single-line documents (JSON Lines). */
    public static ObjectMapper lines() {
        return LINES;
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return PRETTY.createObjectNode();
    }

    /** {@code value} as indented JSON text (no trailing line break). */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
