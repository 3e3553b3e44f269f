package org.cloudsdk.identity;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything an {@link IdentityProvider} needs to authenticate once.
 *
 * @param authEndpoint the identity service URL as configured (a provider may add its version
 *     path), or null when the provider has a default (Rackspace)
 * @param credentials what the user proves their identity with
 * @param scope the project (tenant) and domains
 * @param region the configured region, or null (Rackspace picks the London endpoint for LON)
 * @param http sends the identity requests through the context's transport
 */
public record AuthenticationRequest(@Nullable String authEndpoint, Credentials credentials, AuthScope scope,
        @Nullable String region, IdentityHttp http) {

    /** Checks the required values. */
    public AuthenticationRequest {
        Objects.requireNonNull(credentials, "credentials must not be null");
        scope = scope == null ? AuthScope.NONE : scope;
        Objects.requireNonNull(http, "http must not be null");
    }
}
