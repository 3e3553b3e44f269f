package org.cloudsdk.network;


import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/** The argument checks shared by the network package: each names its parameter. */
final class NeutronChecks {

    private NeutronChecks() {
    }

    /**
     * @param value an id, name or other text
     * @param parameter its name
     * @return the value
     * @throws IllegalArgumentException when it is blank
     */
    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    /**
     * @param value a TCP/UDP port
     * @param parameter its name
     * @return the value
     * @throws IllegalArgumentException when it is not 0 to 65535
     */
    static int port(int value, String parameter) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException(parameter + " must be 0 to 65535, was " + value);
        }
        return value;
    }
}
