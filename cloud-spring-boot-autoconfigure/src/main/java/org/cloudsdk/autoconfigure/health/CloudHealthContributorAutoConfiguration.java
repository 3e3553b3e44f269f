package org.cloudsdk.autoconfigure.health;

import java.time.Clock;

import org.cloudsdk.CloudContext;
import org.cloudsdk.autoconfigure.CloudAutoConfiguration;
import org.cloudsdk.autoconfigure.CloudClients;
import org.cloudsdk.autoconfigure.CloudProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Spring Boot's health support on the classpath: the {@code cloud} health contributor, a
 * composite of {@code identity} and one {@code <service>-<region>} entry per enabled service
 * endpoint per configured region. Switched off with {@code management.health.cloud.enabled=false}.
 */
@AutoConfiguration(after = CloudAutoConfiguration.class)
@ConditionalOnClass({ HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean({ CloudContext.class, CloudClients.class })
public final class CloudHealthContributorAutoConfiguration {

    // nested so that its condition class is only loaded once spring-boot-health is known present
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("cloud")
    static class CloudHealthContributorConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = { "cloudHealthIndicator", "cloudHealthContributor" })
        HealthContributor cloudHealthContributor(CloudClients clients, CloudProperties properties) {
            return new CloudHealthContributors(clients, properties.getHealth(), Clock.systemUTC()).composite();
        }
    }
}
