package org.cloudsdk.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} the transport of every context starts from (filters,
 * default headers, codecs). It is a clone of Spring Boot's {@code WebClient.Builder} bean when
 * there is one. The connector is set on top: built with Spring Boot's connector builder and
 * settings when the builder is Boot's (the SDK's TLS, proxy and body read timeout applied last),
 * else the SDK's own ({@code cloud.http.*}). Beans of this
 * type are applied in {@link org.springframework.core.annotation.Order @Order} /
 * {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface CloudWebClientCustomizer {

    /** @param webClientBuilder the builder to customize */
    void customize(WebClient.Builder webClientBuilder);
}
