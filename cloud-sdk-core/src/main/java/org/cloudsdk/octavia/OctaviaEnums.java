package org.cloudsdk.octavia;

import java.util.Locale;

import org.cloudsdk.http.Microversion;
import org.jspecify.annotations.Nullable;

/** Reading the enums of this package from the values Octavia sends. */
final class OctaviaEnums {

    private OctaviaEnums() {
    }

    /** @return the constant whose wire value is the text, or UNKNOWN (also for null) */
    static <E extends Enum<E>> E parse(Class<E> type, @Nullable Object value) {
        E unknown = Enum.valueOf(type, "UNKNOWN");
        if (value == null) {
            return unknown;
        }
        String text = String.valueOf(value).trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return unknown;
    }

    /** @return the value Octavia writes: the name, with a dash where Octavia has one */
    static String wire(Enum<?> constant) {
        if (constant.name().equals("UNKNOWN")) {
            throw new IllegalArgumentException(constant.getDeclaringClass().getSimpleName()
                    + ".UNKNOWN is what the SDK reads for values it does not know; it cannot be sent");
        }
        return constant instanceof HealthMonitorType ? constant.name().replace('_', '-') : constant.name();
    }

    static Microversion version(String text) {
        return Microversion.parse(text);
    }
}
