package org.cloudsdk.autoconfigure;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the secrets of the {@code cloud.*} properties in {@code /actuator/configprops} and
 * {@code /actuator/env}: every key under {@code cloud} (including {@code environments.*}) ending
 * in password, api-key, secret or token, in any of Spring's spellings ({@code cloud.api-key},
 * {@code cloud.apiKey}, {@code CLOUD_API_KEY}, {@code cloud.environments[public].password}).
 */
public final class CloudSecretsSanitizingFunction implements SanitizingFunction {

    private static final List<String> SECRET_SUFFIXES = List.of("password", "apikey", "secret", "token");

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isCloudSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    /**
     * @param key a property name in any spelling
     * @return whether it names a secret of the {@code cloud.*} tree
     */
    static boolean isCloudSecret(String key) {
        if (key == null) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("cloud.") || lower.startsWith("cloud_"))) {
            return false;
        }
        String squashed = lower.replaceAll("[^a-z0-9]", "");
        return SECRET_SUFFIXES.stream().anyMatch(squashed::endsWith);
    }
}
