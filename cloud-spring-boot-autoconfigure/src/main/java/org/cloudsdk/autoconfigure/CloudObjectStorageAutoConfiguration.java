package org.cloudsdk.autoconfigure;

import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The reactive twin of the {@link ObjectStorage} bean (which {@link CloudServiceClientsAutoConfiguration}
 * registers like every service client), for WebFlux applications. Left out when
 * {@code cloud.services.object_store.enabled=false}; backs off for a bean of its own type.
 */
@AutoConfiguration(after = CloudServiceClientsAutoConfiguration.class)
@ConditionalOnBean(ObjectStorage.class)
@ConditionalOnCloudService("object_store")
public final class CloudObjectStorageAutoConfiguration {

    /**
     * @param objectStorage the object storage bean
     * @return its reactive twin, over the same client
     */
    @Bean
    @ConditionalOnMissingBean
    ReactiveObjectStorage reactiveObjectStorage(ObjectStorage objectStorage) {
        return objectStorage.reactive();
    }
}
