package org.cloudsdk.autoconfigure.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cloudsdk.autoconfigure.CloudAutoConfiguration;
import org.cloudsdk.autoconfigure.CloudClients;
import org.cloudsdk.autoconfigure.CloudObjectStorageAutoConfiguration;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * Scheduled folder syncs: each enabled {@code cloud.sync.jobs.<name>} entry is checked while the
 * application starts (an invalid one fails the start, naming the job and property) and becomes a
 * {@link SyncJob} of the {@link CloudSyncJobs} bean, which schedules them once the context is
 * running. Runs are retried per the background policy of the SDK's {@link RetryPolicies} bean, observed as {@code cloud.sync}
 * in the {@link ObservationRegistry} bean when there is one, and counted in the
 * {@code MeterRegistry} bean when Micrometer is present.
 */
@AutoConfiguration(after = { CloudAutoConfiguration.class, CloudObjectStorageAutoConfiguration.class }, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnBean(CloudClients.class)
@EnableConfigurationProperties(CloudSyncProperties.class)
public final class CloudSyncAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CloudSyncAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    CloudSyncJobs cloudSyncJobs(CloudSyncProperties sync, CloudClients clients,
            RetryPolicies retryPolicies, ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<SyncJobMetrics> metrics) {
        // a run is background work: it rides through a short outage like the sync's own requests
        RetryPolicy policy = retryPolicies.background();
        List<SyncJob> jobs = new ArrayList<>();
        sync.getJobs().forEach((name, job) -> {
            if (!job.isEnabled()) {
                LOG.info("Cloud sync '{}' is disabled (cloud.sync.jobs.{}.enabled=false)", name, name);
                return;
            }
            SyncJobDefinition definition = SyncJobDefinition.of(name, job, clients.environments());
            if (!clients.isEnabled("object_store")) {
                throw new InvalidSyncJobException(name, "container",
                        "object storage is disabled (cloud.services.object_store.enabled=false)");
            }
            jobs.add(new SyncJob(definition, storage(clients), policy,
                    observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                    metrics.getIfAvailable(() -> SyncJobMetrics.NONE), Clock.systemUTC()));
        });
        return new CloudSyncJobs(jobs, sync.getShutdownTimeout());
    }

    private static Function<SyncJobDefinition, ObjectStorage> storage(CloudClients clients) {
        return definition -> definition.environment() == null ? clients.objectStorage(definition.region())
                : clients.environment(definition.environment()).objectStorage(definition.region());
    }

    // nested so that Micrometer's classes are only loaded when it is present
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class SyncMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SyncJobMetrics cloudSyncJobMetrics(ObjectProvider<MeterRegistry> registry) {
            return job -> {
                MeterRegistry meters = registry.getIfUnique();
                return meters == null ? SyncJobMetrics.NONE.listener(job)
                        : new MeterRegistrySyncJobMetrics(meters).listener(job);
            };
        }
    }
}
