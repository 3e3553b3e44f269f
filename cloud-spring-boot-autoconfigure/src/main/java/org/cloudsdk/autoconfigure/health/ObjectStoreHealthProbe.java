package org.cloudsdk.autoconfigure.health;

import java.util.Objects;

import org.cloudsdk.http.ServiceClient;
import org.springframework.boot.health.contributor.Health;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

/**
 * A HEAD on the object store account of one region (what {@code ObjectStorage.headAccount()}
 * sends): UP when it answers 2xx. It reads only.
 */
public final class ObjectStoreHealthProbe implements CloudHealthProbe {

    private final ServiceClient client;

    /** @param client the object store client of one region */
    public ObjectStoreHealthProbe(ServiceClient client) {
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    @Override
    public Mono<Health> probe() {
        return client.exchange(client.request(HttpMethod.HEAD, "head_account"))
                .map(response -> Health.up().withDetail("region", String.valueOf(client.region()))
                        .withDetail("interface", client.endpointInterface())
                        .withDetail("httpStatus", response.status()).build());
    }
}
