package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.Endpoint;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.IdentitySession;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.identity.Token;
import org.cloudsdk.service.ServiceContext;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * Chooses the networking API of a region from the service catalog, once, when the first call
 * needs it (building the client makes no network call):
 *
 * <ul>
 *   <li>an endpoint of catalog type {@code network}: Neutron;</li>
 *   <li>an endpoint of catalog type {@code rax:network}: Cloud Networks' {@code os-networksv2}
 *       under it;</li>
 *   <li>neither: Cloud Networks' {@code os-networksv2} under the compute endpoint, as pyrax
 *       reached it on Rackspace, whose catalog listed no network service
 *       ({@code connect_to_cloud_networks} took the compute endpoint).</li>
 * </ul>
 */
final class NetworkApiSelector {

    private final @Nullable ServiceClient network;
    private final @Nullable ServiceClient compute;
    private volatile @Nullable NetworkApi chosen;

    private NetworkApiSelector(@Nullable ServiceClient network, @Nullable ServiceClient compute,
            @Nullable NetworkApi chosen) {
        this.network = network;
        this.compute = compute;
        this.chosen = chosen;
    }

    /** @param api the API to use, decided by the caller (tests, a client over one endpoint) @return the selector */
    static NetworkApiSelector of(NetworkApi api) {
        return new NetworkApiSelector(null, null, Objects.requireNonNull(api, "api must not be null"));
    }

    /**
     * @param context the context's view of the network service in one region
     * @return a selector that reads the catalog when the first call needs it
     */
    static NetworkApiSelector of(ServiceContext context) {
        try {
            ServiceClient network = context.client();
            return new NetworkApiSelector(network, context.optionalClient(ServiceType.COMPUTE,
                    EndpointInterface.parse(network.endpointInterface())), null);
        } catch (NoEndpointForServiceException none) {
            // an authenticated context knows already that its catalog has no network service
            return new NetworkApiSelector(null, context.optionalClient(ServiceType.COMPUTE,
                    EndpointInterface.parse(none.requestedInterface())), null);
        }
    }

    /** @return the API if already chosen, else null (no catalog read) */
    @Nullable NetworkApi chosenOrNull() {
        return chosen;
    }

    /** @return the API, chosen on first use */
    Mono<NetworkApi> api() {
        NetworkApi known = chosen;
        if (known != null) {
            return Mono.just(known);
        }
        Mono<NetworkApi> choice = network == null ? onCompute(null)
                : network.endpointUrlAsync().<NetworkApi>map(url -> catalogType(network).filter("rax:network"::equals)
                        .<NetworkApi>map(raxNetwork -> new CloudNetworksApi(network))
                        .orElseGet(() -> new NeutronNetworksApi(new Neutron(network, url))))
                        .onErrorResume(NoEndpointForServiceException.class, this::onCompute);
        return choice.doOnNext(api -> chosen = api);
    }

    private Mono<NetworkApi> onCompute(@Nullable NoEndpointForServiceException noNetwork) {
        if (compute == null) {
            return Mono.error(Objects.requireNonNull(noNetwork));
        }
        ServiceClient client = compute;
        return client.endpointUrlAsync().<NetworkApi>map(url -> new CloudNetworksApi(client))
                .onErrorMap(NoEndpointForServiceException.class, noCompute -> new NoEndpointForServiceException(
                        ServiceType.NETWORK.serviceName(), noCompute.requestedRegion(), noCompute.requestedInterface(),
                        noCompute.available(), "The service catalog has neither a network service (catalog type"
                                + " network or rax:network) nor a compute endpoint for Rackspace's os-networksv2: "
                                + noCompute.getMessage()));
    }

    /** @return the catalog type the network client's endpoint was found under, when the session tells */
    private static Optional<String> catalogType(ServiceClient client) {
        if (!(client.session() instanceof IdentitySession session)) {
            return Optional.empty();
        }
        Token token = session.currentToken();
        if (token == null) {
            return Optional.empty();
        }
        return token.catalog().find(ServiceType.NETWORK, client.region(),
                EndpointInterface.parse(client.endpointInterface())).map(Endpoint::catalogType);
    }
}
