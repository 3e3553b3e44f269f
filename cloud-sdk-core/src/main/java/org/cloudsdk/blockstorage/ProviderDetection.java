package org.cloudsdk.blockstorage;

import java.util.Optional;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.Endpoint;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.IdentitySession;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.identity.Token;

/** Decides which API a block storage endpoint speaks, as {@link BlockStorageProvider} documents. */
final class ProviderDetection {

    /** The catalog type of Cinder's first API, under which Rackspace lists Cloud Block Storage. */
    static final String RACKSPACE_CATALOG_TYPE = "volume";

    private ProviderDetection() {
    }

    /**
     * Blocks on the endpoint's resolution, which authenticates first when needed.
     *
     * @param client the block storage client
     * @return the provider; {@link BlockStorageProvider#CINDER} when the session is not one of the
     *     SDK's (a caller-made client), as nothing says otherwise
     */
    static BlockStorageProvider detect(ServiceClient client) {
        client.endpointUrl();
        if (client.session() instanceof IdentitySession session) {
            Token token = session.currentToken();
            if (token != null) {
                if ("rackspace".equalsIgnoreCase(token.identityVersion())) {
                    return BlockStorageProvider.RACKSPACE;
                }
                Optional<Endpoint> endpoint = token.catalog().find(ServiceType.VOLUME, client.region(),
                        EndpointInterface.parse(client.endpointInterface()));
                if (endpoint.isPresent() && endpoint.get().catalogType().equalsIgnoreCase(RACKSPACE_CATALOG_TYPE)) {
                    return BlockStorageProvider.RACKSPACE;
                }
            }
        }
        return BlockStorageProvider.CINDER;
    }
}
