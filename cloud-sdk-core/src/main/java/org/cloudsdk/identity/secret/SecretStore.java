package org.cloudsdk.identity.secret;

import java.util.Optional;

/**
 * Where a user's password or API key is kept outside the program, looked up by service and user
 * name. Implementations must be thread-safe and must never log the secret.
 */
public interface SecretStore {

    /** The service name pyrax users stored their password or API key under. */
    String PYRAX_SERVICE = "pyrax";

    /**
     * @param service the service the secret belongs to, usually {@link #PYRAX_SERVICE}
     * @param username the user name
     * @return the secret, or empty when the store holds none for this service and user
     * @throws org.cloudsdk.errors.SecretStoreException when the store cannot be read
     * @throws IllegalArgumentException when service or username is blank
     */
    Optional<String> getPassword(String service, String username);
}
