package org.cloudsdk.identity.secret;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A test double: secrets kept in memory, keyed by service and user. */
final class MapSecretStore implements SecretStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    MapSecretStore put(String service, String username, String secret) {
        secrets.put(key(service, username), secret);
        return this;
    }

    @Override
    public Optional<String> getPassword(String service, String username) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("service: expected a non-blank value");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username: expected a non-blank value");
        }
        return Optional.ofNullable(secrets.get(key(service, username)));
    }

    private static String key(String service, String username) {
        return service + '\u0000' + username;
    }
}
