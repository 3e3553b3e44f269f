package org.cloudsdk.autoconfigure.health;

import org.springframework.boot.health.contributor.Health;

import reactor.core.publisher.Mono;

/**
 * One read-only check of the cloud, such as authenticating or a HEAD on an endpoint. It never
 * creates anything. Errors it emits are turned into a DOWN health by {@link CachedProbeHealthIndicator}.
 */
@FunctionalInterface
public interface CloudHealthProbe {

    /** @return the health, when subscribed */
    Mono<Health> probe();
}
