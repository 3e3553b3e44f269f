package org.cloudsdk.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One client bean per service client of the SDK ({@code org.cloudsdk.CloudServices}) for the
 * default region of the active environment: {@code ObjectStorage objectStorage} (with the
 * {@code cloud.object-storage.*} tunables, on the internal endpoint when
 * {@code cloud.use-servicenet} is on), {@code Compute compute} (with
 * {@code cloud.services.compute.microversion}), and each service added later. Beans are lazy and
 * building them makes no network call. A service is left out when
 * {@code cloud.services.<name>.enabled=false}; each backs off for a bean of its own type. Other
 * regions and environments: {@link CloudClients#service}.
 */
@AutoConfiguration(after = CloudAutoConfiguration.class)
@ConditionalOnBean(CloudClients.class)
@Import(CloudServiceClientBeans.class)
@EnableConfigurationProperties({ CloudQueuesProperties.class, CloudDnsProperties.class, CloudOctaviaProperties.class,
        CloudLoadBalancerProperties.class })
public final class CloudServiceClientsAutoConfiguration {

    /**
     * @param queues {@code cloud.services.queues.*}
     * @param dns {@code cloud.services.dns.*}
     * @param octavia {@code cloud.services.octavia.*}
     * @param loadBalancers {@code cloud.services.load-balancer.*}
     * @return applies the services' own properties to every context the starter builds
     */
    @Bean
    static CloudContextCustomizer cloudServiceSettingsCustomizer(CloudQueuesProperties queues, CloudDnsProperties dns,
            CloudOctaviaProperties octavia, CloudLoadBalancerProperties loadBalancers) {
        return new CloudServiceSettingsCustomizer(queues, dns, octavia, loadBalancers);
    }
}
