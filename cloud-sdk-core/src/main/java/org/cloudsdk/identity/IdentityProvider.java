package org.cloudsdk.identity;

/**
 * The identity SPI: one way of turning credentials into a {@link Token}. Built in:
 * {@link KeystoneV3Identity}, {@link KeystoneV2Identity} and {@link RackspaceIdentity}. A custom
 * identity system is a public class implementing this interface with a public no-argument
 * constructor, named by its fully qualified class name as the {@code identity_type} setting (as
 * pyrax's {@code module_name.ClassName}).
 *
 * <p>Implementations must be thread-safe. {@link #authenticate} blocks; the SDK never calls it on
 * an event-loop thread and makes sure only one authentication of a session runs at a time.
 */
public interface IdentityProvider {

    /** @return a short name for logs and metrics, such as {@code v3} */
    String name();

    /**
     * Authenticates once.
     *
     * @param request endpoint, credentials, scope, region and the HTTP helper to use
     * @return the token with its catalog
     * @throws org.cloudsdk.errors.AuthenticationFailedException when the credentials are refused
     * @throws IllegalArgumentException when the credentials are of a kind this provider does not take
     */
    Token authenticate(AuthenticationRequest request);
}
