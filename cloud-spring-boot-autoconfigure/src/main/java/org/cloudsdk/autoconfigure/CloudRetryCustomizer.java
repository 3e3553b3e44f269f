package org.cloudsdk.autoconfigure;

import org.cloudsdk.http.RetryPolicies;

/**
 * Customizes the SDK's {@link RetryPolicies} bean after {@code cloud.retry.*} and
 * {@code cloud.retry.background.*} are applied: for example to give a policy a
 * {@code shouldRetry} of its own. Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * order. To replace the policies outright, declare a {@link RetryPolicies} bean instead; a bean of
 * Spring Framework's {@code RetryPolicy} type is the application's own and the SDK ignores it.
 */
@FunctionalInterface
public interface CloudRetryCustomizer {

    /** @param builder the policies of the properties, to change in place */
    void customize(RetryPolicies.Builder builder);
}
