package org.cloudsdk.config;

import java.util.EnumMap;
import java.util.Map;

import org.cloudsdk.errors.InvalidConfigurationException;

/**
 * Reads settings from pyrax's environment variables ({@code CLOUD_ID_TYPE}, {@code CLOUD_REGION},
 * ..., {@code USE_SERVICENET}); see {@link Setting#environmentVariable()}. Blank variables count
 * as unset. Environment variables describe one environment only; they apply beneath every
 * environment of a configuration file.
 */
public final class EnvironmentVariables {

    private EnvironmentVariables() {
    }

    /** @return the settings given by this process's environment */
    public static CloudSettings read() {
        return read(System.getenv());
    }

    /**
     * @param env environment variables by name
     * @return the settings they give
     * @throws InvalidConfigurationException naming the variable when its value is invalid
     */
    public static CloudSettings read(Map<String, String> env) {
        if (env == null) {
            throw new IllegalArgumentException("env: expected a map of environment variables but got null");
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = env.get(setting.environmentVariable());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                values.put(setting, CloudSettings.normalize(setting, value));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("The environment variable " + setting.environmentVariable()
                        + " is invalid: " + e.getMessage());
            }
        }
        return CloudSettings.of(values);
    }
}
