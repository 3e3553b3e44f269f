package org.cloudsdk.autoconfigure.health;

import java.util.Objects;
import java.util.function.Supplier;

import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.service.ServiceDefinition;
import org.springframework.boot.health.contributor.Health;

import reactor.core.publisher.Mono;

/**
 * The health read of one service in one region, as its {@link ServiceDefinition} defines it (a
 * HEAD on the object store's account, one flavor of compute, ...): UP with the details it returns.
 * A catalog without the service in that region is UNKNOWN, not DOWN: a cloud need not offer every
 * service the SDK knows. It reads only; it never creates anything.
 *
 * @param <C> the client class
 */
public final class ServiceHealthProbe<C> implements CloudHealthProbe {

    private final ServiceDefinition<C> service;
    private final Supplier<C> client;

    /**
     * @param service the service's registration
     * @param client gives its client in the region (built on the first probe, so an
     *     authenticated context with no such endpoint fails there and not at start)
     */
    public ServiceHealthProbe(ServiceDefinition<C> service, Supplier<C> client) {
        this.service = Objects.requireNonNull(service, "service must not be null");
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    @Override
    public Mono<Health> probe() {
        return Mono.fromSupplier(client).flatMap(service::checkHealth)
                .map(details -> Health.up().withDetails(details).build())
                .onErrorResume(NoEndpointForServiceException.class, missing -> Mono.just(Health.unknown()
                        .withDetail("reason", "not in the service catalog").withDetail("error", String.valueOf(missing.getMessage()))
                        .build()));
    }

    @Override
    public String toString() {
        return "ServiceHealthProbe[" + service.name() + "]";
    }
}
