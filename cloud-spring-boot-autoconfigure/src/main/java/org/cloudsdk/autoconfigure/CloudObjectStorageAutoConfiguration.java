package org.cloudsdk.autoconfigure;

import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The object storage client beans of the default region of the active environment: an
 * {@link ObjectStorage} (pyrax's {@code cloudfiles}) and its reactive twin, both with the
 * {@code cloud.object-storage.*} tunables and on the internal endpoint when
 * {@code cloud.use-servicenet} is on. Creating them makes no network call. Left out when
 * {@code cloud.services.object_store.enabled=false}; each backs off for a bean of its own type.
 */
@AutoConfiguration(after = CloudAutoConfiguration.class)
@ConditionalOnBean(CloudClients.class)
@ConditionalOnCloudService("object_store")
public final class CloudObjectStorageAutoConfiguration {

    /**
     * @param clients the registry
     * @return object storage in the default region, the same client as
     *     {@code clients.objectStorage(null)}
     */
    @Bean
    @ConditionalOnMissingBean
    ObjectStorage objectStorage(CloudClients clients) {
        return clients.objectStorage(null);
    }

    /**
     * @param objectStorage the object storage bean
     * @return its reactive twin, for WebFlux applications
     */
    @Bean
    @ConditionalOnMissingBean
    ReactiveObjectStorage reactiveObjectStorage(ObjectStorage objectStorage) {
        return objectStorage.reactive();
    }
}
