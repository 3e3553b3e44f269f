package org.cloudsdk.autoconfigure.health;

import java.util.Map;
import java.util.Objects;

import org.cloudsdk.objectstorage.ObjectStorage;
import org.springframework.boot.health.contributor.Health;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link ObjectStorage#getAccountMetadata()} on one region's object store: a HEAD on the account,
 * UP when it answers 2xx, with the account's container and object counts. It reads only. The
 * blocking call runs on a bounded-elastic thread, so a timeout interrupts it (which aborts the
 * request).
 */
public final class ObjectStoreHealthProbe implements CloudHealthProbe {

    private final ObjectStorage storage;

    /** @param storage the object storage client of one region */
    public ObjectStoreHealthProbe(ObjectStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
    }

    @Override
    public Mono<Health> probe() {
        return Mono.fromCallable(storage::getAccountMetadata).subscribeOn(Schedulers.boundedElastic())
                .map(this::health);
    }

    private Health health(Map<String, String> account) {
        Health.Builder health = Health.up().withDetail("region", String.valueOf(storage.client().region()))
                .withDetail("interface", storage.client().endpointInterface());
        detail(health, "containers", account.get("x-account-container-count"));
        detail(health, "objects", account.get("x-account-object-count"));
        return health.build();
    }

    private static void detail(Health.Builder health, String name, String value) {
        if (value != null) {
            health.withDetail(name, value);
        }
    }
}
