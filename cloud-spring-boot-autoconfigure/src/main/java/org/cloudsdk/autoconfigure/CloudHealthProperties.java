package org.cloudsdk.autoconfigure;

import java.time.Duration;

/**
 * {@code cloud.health.*}: how the {@code cloud} health contributor probes the cloud. It is
 * switched off with {@code management.health.cloud.enabled=false}.
 */
public class CloudHealthProperties {

    /** Longest time one probe may take; the probe reports UNKNOWN when it runs out. */
    private Duration timeout = Duration.ofSeconds(5);

    /** How long a probe's result is reused before the cloud is asked again. */
    private Duration cacheTtl = Duration.ofSeconds(10);

    /** @return the longest time one probe may take */
    public Duration getTimeout() {
        return timeout;
    }

    /** @param timeout the longest time one probe may take */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** @return how long a probe's result is reused */
    public Duration getCacheTtl() {
        return cacheTtl;
    }

    /** @param cacheTtl how long a probe's result is reused */
    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }
}
