package org.cloudsdk.autoconfigure.sync;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Spring Boot Actuator: the {@code cloudsync} endpoint, when it is available (exposed, as
 * with {@code management.endpoints.web.exposure.include=cloudsync}).
 */
@AutoConfiguration(after = CloudSyncAutoConfiguration.class)
@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint" })
@ConditionalOnBean(CloudSyncJobs.class)
public final class CloudSyncEndpointAutoConfiguration {

    // nested so that the actuator's condition class is only loaded once it is known present
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(CloudSyncEndpoint.class)
    static class CloudSyncEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CloudSyncEndpoint cloudSyncEndpoint(CloudSyncJobs jobs) {
            return new CloudSyncEndpoint(jobs);
        }
    }
}
