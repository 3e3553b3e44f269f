package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.dns.DnsSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cloud.services.dns.*} properties of Rackspace Cloud DNS clients besides
 * {@code enabled}: how their asynchronous jobs are waited for.
 */
@ConfigurationProperties("cloud.services.dns")
public class CloudDnsProperties {

    /**
     * How long a Cloud DNS call waits for its job to finish before it fails with
     * DnsCallTimedOutException (pyrax's set_timeout); 0 waits without limit.
     */
    private Duration timeout = Duration.ofSeconds(5);

    /** Time between two reads of a job's status (pyrax's set_delay). */
    private Duration delay = Duration.ofMillis(500);

    /** @return the job timeout */
    public Duration getTimeout() {
        return timeout;
    }

    /** @param timeout the job timeout; zero waits without limit */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** @return the time between two status reads */
    public Duration getDelay() {
        return delay;
    }

    /** @param delay the time between two status reads */
    public void setDelay(Duration delay) {
        this.delay = delay;
    }

    /**
     * @return the core's settings
     * @throws IllegalArgumentException naming the property whose value is out of range
     */
    DnsSettings toSettings() {
        try {
            return DnsSettings.builder().timeout(timeout).delay(delay).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cloud.services.dns: " + e.getMessage(), e);
        }
    }
}
