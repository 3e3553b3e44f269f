package org.cloudsdk.identity;

import java.time.Instant;
import java.util.List;

/**
 * A custom identity system for {@link CustomIdentityTest}: no identity service at all, a fixed token
 * and a catalog whose compute endpoint lives under the configured auth endpoint.
 */
public class FixedTokenIdentity implements IdentityProvider {

    /** The token every authentication returns. */
    public static final String TOKEN = "fixed-token-42";

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public Token authenticate(AuthenticationRequest request) {
        String base = request.authEndpoint();
        ServiceCatalog catalog = new ServiceCatalog(List.of(
                new Endpoint("compute", "custom-compute", "RegionOne", EndpointInterface.PUBLIC,
                        base + "/compute/v2.1", null)));
        return new Token(TOKEN, Instant.parse("2099-01-01T00:00:00Z"), null, "u-custom",
                request.credentials().username(), "p-custom", "custom", List.of("member"), catalog, name(), null);
    }
}
