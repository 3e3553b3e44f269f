package org.cloudsdk.autoconfigure;

import org.cloudsdk.CloudContextBuilder;

/**
 * Customizes the {@link CloudContextBuilder} of every context the starter builds (the
 * {@code CloudContext} bean and each environment of {@link CloudClients}) after the
 * {@code cloud.*} properties are applied and before {@code build()}. Beans of this type are
 * applied in {@link org.springframework.core.annotation.Order @Order} /
 * {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface CloudContextCustomizer {

    /**
     * @param environment the environment the context is built for ({@code cloud.environment} for
     *     the {@code CloudContext} bean)
     * @param builder the builder, with the properties applied
     */
    void customize(String environment, CloudContextBuilder builder);
}
