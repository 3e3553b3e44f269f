package org.cloudsdk.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} the transport of every context starts from (filters,
 * default headers, codecs). It is a clone of Spring Boot's {@code WebClient.Builder} bean when
 * there is one. The transport sets its own connector (timeouts, pool, TLS) on top. Beans of this
 * type are applied in {@link org.springframework.core.annotation.Order @Order} /
 * {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface CloudWebClientCustomizer {

    /** @param webClientBuilder the builder to customize */
    void customize(WebClient.Builder webClientBuilder);
}
