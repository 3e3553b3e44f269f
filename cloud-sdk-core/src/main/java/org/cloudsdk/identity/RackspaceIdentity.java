package org.cloudsdk.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Rackspace Cloud identity: the v2.0 format with API keys
 * ({@code RAX-KSKEY:apiKeyCredentials}) as well as passwords. Without an auth endpoint, the US
 * identity service is used, and the London one when the region is {@code LON} (UK accounts have
 * their own credentials there).
 */
public final class RackspaceIdentity extends KeystoneV2Identity {

    /** The identity service of US accounts. */
    public static final String US_ENDPOINT = "https://identity.api.rackspacecloud.com/v2.0/";
    /** The identity service of UK accounts (region LON). */
    public static final String LON_ENDPOINT = "https://lon.identity.api.rackspacecloud.com/v2.0/";

    @Override
    public String name() {
        return "rackspace";
    }

    @Override
    protected String endpoint(AuthenticationRequest request) {
        return request.authEndpoint() != null ? request.authEndpoint() : defaultEndpoint(request.region());
    }

    /**
     * @param region the configured region, or null
     * @return the identity endpoint for it
     */
    public static String defaultEndpoint(@Nullable String region) {
        return region != null && region.trim().toUpperCase(Locale.ROOT).equals("LON") ? LON_ENDPOINT : US_ENDPOINT;
    }

    @Override
    protected boolean acceptsApiKey() {
        return true;
    }
}
