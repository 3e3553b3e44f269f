package org.cloudsdk.autoconfigure;

import org.cloudsdk.wait.Waiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.observation.ObservationRegistry;

/**
 * The application's {@link Waiter}: pyrax's {@code wait_until} and {@code wait_for_build} on a few
 * scheduler threads shared by every wait, with the {@code cloud.wait.*} defaults and a
 * {@code cloud.wait} observation per wait in Boot's registry. Its threads stop with the
 * application context. Backs off for a {@link Waiter} bean of the application's own.
 */
@AutoConfiguration(after = CloudAutoConfiguration.class)
public final class CloudWaitAutoConfiguration {

    /**
     * @param properties the {@code cloud.*} properties
     * @param observationRegistry Boot's registry, when there is one
     * @return the waiter
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Waiter cloudWaiter(CloudProperties properties, ObjectProvider<ObservationRegistry> observationRegistry) {
        CloudWaitProperties wait = properties.getWait();
        return Waiter.builder()
                .threads(wait.getThreads())
                .defaults(wait.untilDefaults(), wait.buildDefaults())
                .observationRegistry(observationRegistry.getIfAvailable())
                .build();
    }
}
