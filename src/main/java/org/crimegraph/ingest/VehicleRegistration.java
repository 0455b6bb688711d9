package org.crimegraph.ingest;

import java.util.Locale;

/**
 * A vehicle registration mark with its country: upper-cased, spaces and hyphens removed, so
 * {@code "ab-123-cd"} (FR) and {@code "AB123CD"} (FR) are one vehicle. The same mark in two countries is
 * two vehicles; {@link #key()} is the store key.
 */
public record VehicleRegistration(String vrm, String country) {

    public static VehicleRegistration of(String rawVrm, String rawCountry) {
        String vrm = rawVrm.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
        if (!vrm.matches("[A-Z0-9]{2,12}")) {
            throw new IllegalArgumentException("registration must be 2-12 letters or digits after removing separators");
        }
        String country = rawCountry.strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be a two-letter ISO code");
        }
        return new VehicleRegistration(vrm, country);
    }

    /** The store key, {@code COUNTRY:VRM}. */
    public String key() {
        return country + ":" + vrm;
    }
}
