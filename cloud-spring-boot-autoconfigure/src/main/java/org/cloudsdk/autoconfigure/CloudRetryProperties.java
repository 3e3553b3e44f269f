package org.cloudsdk.autoconfigure;

import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.RetrySettings;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code cloud.retry.*}: the retry policy of interactive calls (about 2 s of retries by default,
 * so a caller hears of an outage quickly), and under {@code cloud.retry.background.*} the policy of
 * background work: folder syncs and uploads, large-object segments and the {@code cloud.sync.jobs}
 * (about 47 s of retries by default, riding through a short outage of the object store). Both
 * become the SDK's {@link RetryPolicies} bean.
 */
public class CloudRetryProperties extends CloudRetryPolicyProperties {

    /** Retry policy of background work: folder syncs and uploads, large-object segments, sync jobs. */
    @NestedConfigurationProperty
    private final CloudRetryPolicyProperties background = new CloudRetryPolicyProperties(
            RetrySettings.backgroundDefaults());

    /** Starts from {@link RetrySettings#defaults()} and {@link RetrySettings#backgroundDefaults()}. */
    public CloudRetryProperties() {
        super(RetrySettings.defaults());
    }

    /** @return the retry policy of background work */
    public CloudRetryPolicyProperties getBackground() {
        return background;
    }

    /**
     * @return both policies as the SDK's type
     * @throws IllegalArgumentException naming a value that is out of range
     */
    public RetryPolicies toRetryPolicies() {
        return RetryPolicies.builder().interactive(toRetrySettings()).background(background.toRetrySettings()).build();
    }
}
