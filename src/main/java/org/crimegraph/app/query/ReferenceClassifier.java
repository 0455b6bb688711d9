package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        if (!forced && !raw.matches("\\+?[0-9][0-9 ().\\-/]{5,}")) {
            return Optional.empty();
        }
        try {
            String e164 = phones.toE164(raw);
            return Optional.of(new ReferenceReading(Kind.PHONE, e164, "phone " + e164));
        } catch (IllegalArgumentException e) {
            return failed(forced, "'" + raw + "' " + e.getMessage(), e);
        }
    }

    private static Optional<ReferenceReading> iban(String raw, boolean forced) {
        if (!forced && !raw.matches("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 \\-]{8,}")) {
            return Optional.empty();
        }
        try {
            String iban = Ibans.normalise(raw);
            return Optional.of(new ReferenceReading(Kind.IBAN, iban, "account " + iban));
        } catch (IllegalArgumentException e) {
            return failed(forced, "'" + raw + "': " + e.getMessage(), e);
        }
    }

    private static Optional<ReferenceReading> vehicle(String raw, boolean forced) {
        if (!forced && !raw.matches(".*[0-9].*")) {
            return Optional.empty(); // registrations carry digits; this keeps names out
        }
        try {
            String vrm = VehicleRegistration.of(raw, "XX").vrm();
            return Optional.of(new ReferenceReading(Kind.VEHICLE, vrm, "vehicle " + vrm));
        } catch (IllegalArgumentException e) {
            return failed(forced, "'" + raw + "': " + e.getMessage(), e);
        }
    }

    private static Optional<ReferenceReading> failed(boolean forced, String message, IllegalArgumentException cause) {
        if (forced) {
            throw new IllegalArgumentException(message, cause);
        }
        return Optional.empty();
    }
}
