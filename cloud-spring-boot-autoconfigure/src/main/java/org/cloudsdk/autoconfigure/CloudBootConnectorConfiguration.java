package org.cloudsdk.autoconfigure;

import org.cloudsdk.http.ConnectorFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When Spring Boot's reactive HTTP client support is on the class path, the SDK's connectors are
 * built with Boot's {@link ClientHttpConnectorBuilder} bean and its {@link HttpClientSettings}
 * ({@code spring.http.clients.*}), so Boot's timeouts, SSL bundle, resources and
 * {@code ClientHttpConnectorBuilderCustomizer}s are kept; the SDK adds its own part last (its TLS
 * settings and proxy when set, its body read timeout). Boot's settings that are not set fall back
 * to {@code cloud.http.connect-timeout} and {@code cloud.http.read-timeout}. Two of Boot's
 * defaults never apply to the SDK, whose part turns them off: following redirects (a redirect
 * would carry the token elsewhere; the SDK reads a 3xx as an answer) and response compression
 * (bodies stay byte for byte, as their checksums need). Only a Reactor Netty
 * builder can carry the SDK's part: with another connector the SDK keeps its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ ClientHttpConnectorBuilder.class, ReactorClientHttpConnectorBuilder.class })
class CloudBootConnectorConfiguration {

    @Bean
    BootConnector cloudBootConnector(ObjectProvider<ClientHttpConnectorBuilder<?>> builders,
            ObjectProvider<HttpClientSettings> settings, CloudProperties properties) {
        return new BootConnector(builders, settings, properties);
    }

    /** Holds Boot's connector builder and settings until a context is built. */
    static final class BootConnector {

        private static final Logger LOG = LoggerFactory.getLogger(BootConnector.class);

        private final ObjectProvider<ClientHttpConnectorBuilder<?>> builders;
        private final ObjectProvider<HttpClientSettings> settings;
        private final CloudProperties properties;

        BootConnector(ObjectProvider<ClientHttpConnectorBuilder<?>> builders,
                ObjectProvider<HttpClientSettings> settings, CloudProperties properties) {
            this.builders = builders;
            this.settings = settings;
            this.properties = properties;
        }

        /** @return the factory, or null when Boot has no Reactor Netty connector builder */
        @Nullable ConnectorFactory factory() {
            ClientHttpConnectorBuilder<?> builder = builders.getIfUnique();
            if (builder == null) {
                return null;
            }
            if (!(builder instanceof ReactorClientHttpConnectorBuilder reactor)) {
                LOG.info("Spring Boot's connector builder is a {}, not Reactor Netty's: the cloud SDK uses its own "
                        + "connector (cloud.http.*)", builder.getClass().getSimpleName());
                return null;
            }
            CloudHttpProperties http = properties.getHttp();
            HttpClientSettings sdkDefaults = new HttpClientSettings(null, http.getConnectTimeout(),
                    http.getReadTimeout(), null);
            return transportPart -> reactor.withHttpClientCustomizer(transportPart)
                    .build(settings.getIfAvailable(HttpClientSettings::defaults).orElse(sdkDefaults));
        }
    }
}
