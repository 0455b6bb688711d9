package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crimegraph.app.query.ReferenceReading.Kind;
import org.crimegraph.ingest.Ibans;
import org.crimegraph.ingest.PhoneNumbers;
import org.crimegraph.ingest.VehicleRegistration;

/**
 * Reads what an analyst typed as the references it may be, without touching the store. Identifiers are
 * normalised exactly as ingest normalises them (E.164 in the default region via libphonenumber, IBAN
 * electronic form via iban4j, registration without separators), so that {@code "07700 900515"} is read as
 * {@code +447700900515}. A prefix forces the kind ({@code id:}, {@code phone:}, {@code iban:}, {@code vrm:},
 * {@code name:}) and a forced identifier that does not normalise is an error; without a prefix every
 * plausible reading is returned in the order id, IBAN, phone, vehicle, name (the caller takes the first
 * that finds someone).
 */
public final class ReferenceClassifier {

    private static final List<String> PREFIXES = List.of("id", "phone", "iban", "vrm", "name");

    private final PhoneNumbers phones;

    public ReferenceClassifier(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** The readings of {@code reference}, most specific first; never empty for non-blank input. */
    public List<ReferenceReading> readings(String reference) {
        String text = reference.strip();
        int colon = text.indexOf(':');
        String prefix = colon > 0 ? text.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (PREFIXES.contains(prefix)) {
            String value = text.substring(colon + 1).strip();
            return List.of(switch (prefix) {
                case "id" -> id(value);
                case "phone" -> phone(value, true).orElseThrow();
                case "iban" -> iban(value, true).orElseThrow();
                case "vrm" -> vehicle(value, true).orElseThrow();
                default -> name(value);
            });
        }
        List<ReferenceReading> readings = new ArrayList<>();
        readings.add(id(text));
        iban(text, false).ifPresent(readings::add);
        phone(text, false).ifPresent(readings::add);
        vehicle(text, false).ifPresent(readings::add);
        readings.add(name(text));
        return List.copyOf(readings);
    }

    private static ReferenceReading id(String text) {
        return new ReferenceReading(Kind.ID, text, "person id");
    }

    private static ReferenceReading name(String text) {
        return new ReferenceReading(Kind.NAME, text, "name or alias");
    }

    private Optional<ReferenceReading> phone(String raw, boolean forced) {
        return identifier(raw, forced, "\\+?[0-9][0-9 ().\\-/]{5,}", phones::toE164, Kind.PHONE, "phone", " ");
    }

    private static Optional<ReferenceReading> iban(String raw, boolean forced) {
        return identifier(raw, forced, "[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 \\-]{8,}", Ibans::normalise, Kind.IBAN, "account",
                ": ");
    }

    private static Optional<ReferenceReading> vehicle(String raw, boolean forced) {
        // registrations carry digits; this keeps names out
        return identifier(raw, forced, ".*[0-9].*", r -> VehicleRegistration.of(r, "XX").vrm(), Kind.VEHICLE, "vehicle",
                ": ");
    }

    /**
     * {@code raw} read as an identifier of one kind: unless {@code forced}, only if it matches {@code looksLike};
     * its key is what {@code normalise} makes of it, described as {@code label} and the key. Text that
     * {@code normalise} refuses is no reading, or, when forced, an {@link IllegalArgumentException} quoting the
     * text, {@code separator} and the refusal.
     */
    private static Optional<ReferenceReading> identifier(String raw, boolean forced, String looksLike,
                                                         UnaryOperator<String> normalise, Kind kind, String label,
                                                         String separator) {
        if (!forced && !raw.matches(looksLike)) {
            return Optional.empty();
        }
        try {
            String key = normalise.apply(raw);
            return Optional.of(new ReferenceReading(kind, key, label + " " + key));
        } catch (IllegalArgumentException e) {
            if (forced) {
                throw new IllegalArgumentException("'" + raw + "'" + separator + e.getMessage(), e);
            }
            return Optional.empty();
        }
    }
}
