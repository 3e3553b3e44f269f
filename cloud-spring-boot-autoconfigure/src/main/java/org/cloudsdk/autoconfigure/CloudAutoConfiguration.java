package org.cloudsdk.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.ConnectorFactory;
import org.cloudsdk.http.RetryPolicies;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.observation.ObservationRegistry;

/**
 * Auto-configuration of the cloud SDK: the {@code cloud.*} properties become a
 * {@link CloudContext} for the active environment, a {@link CloudClients} registry for the other
 * environments and regions, and the {@link RetryPolicies} shared by their transports (one for
 * interactive calls, one for background work).
 *
 * <p>Contexts authenticate on first use, so application start makes no network call and does
 * not fail when the cloud is down. When Spring Boot's {@code WebClient.Builder} bean exists it is
 * the transports' starting point (so its {@code http.client.requests} observation applies); when
 * an {@link ObservationRegistry} bean exists the contexts record {@code cloud.client.requests}
 * and {@code cloud.auth} observations in it. Folder uploads and syncs send their files on the
 * {@code Executor} bean named {@code cloudTransferExecutor}, else on Spring Boot's
 * {@code applicationTaskExecutor} (virtual threads with {@code spring.threads.virtual.enabled}),
 * at most their {@code parallelism} at once.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(CloudContext.class)
@EnableConfigurationProperties(CloudProperties.class)
@Import(CloudBootConnectorConfiguration.class)
public final class CloudAutoConfiguration {

    /**
     * The SDK's retry policies, a type of its own so that an application's Spring {@code RetryPolicy}
     * beans (for its own {@code RetryTemplate}s) neither replace nor disturb them.
     *
     * @param properties the bound properties
     * @param customizers applied in order to the policies of {@code cloud.retry.*}
     * @return the policies of interactive calls and of background work
     */
    @Bean
    @ConditionalOnMissingBean
    RetryPolicies cloudRetryPolicies(CloudProperties properties, ObjectProvider<CloudRetryCustomizer> customizers) {
        RetryPolicies.Builder builder = properties.getRetry().toRetryPolicies().toBuilder();
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    CloudContextFactory cloudContextFactory(BeanFactory beanFactory, CloudProperties properties,
            RetryPolicies retryPolicies,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<CloudWebClientCustomizer> webClientCustomizers,
            ObjectProvider<CloudContextCustomizer> contextCustomizers, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<CloudBootConnectorConfiguration.BootConnector> bootConnector) {
        List<CloudWebClientCustomizer> webCustomizers = webClientCustomizers.orderedStream().toList();
        Supplier<WebClient.Builder> base = () -> {
            WebClient.Builder builder = webClientBuilder.getIfAvailable();
            if (builder == null && webCustomizers.isEmpty()) {
                return null;
            }
            WebClient.Builder start = builder == null ? WebClient.builder() : builder.clone();
            webCustomizers.forEach(customizer -> customizer.customize(start));
            return start;
        };
        // Boot's connector comes with Boot's WebClient builder only, not with a plain builder customized here
        CloudBootConnectorConfiguration.BootConnector boot = bootConnector.getIfAvailable();
        ConnectorFactory connector = boot == null || webClientBuilder.getIfAvailable() == null ? null : boot.factory();
        return new CloudContextFactory(properties, retryPolicies, observationRegistry.getIfAvailable(), base,
                contextCustomizers.orderedStream().toList(),
                CloudTransferExecutor.choose(beanFactory, properties.isUseApplicationTaskExecutor()),
                sslBundles.getIfAvailable(), connector);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CloudContext cloudContext(CloudContextFactory factory) {
        return factory.create(factory.properties().getEnvironment());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CloudClients cloudClients(CloudContextFactory factory, CloudContext cloudContext) {
        return new CloudClients(factory, cloudContext);
    }
}
