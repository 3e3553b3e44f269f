package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.loadbalancer.LoadBalancerSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cloud.services.load-balancer.*} properties of Rackspace Cloud Load Balancers clients
 * besides {@code enabled}: how their changes wait for a balancer that is busy (PENDING_UPDATE).
 */
@ConfigurationProperties("cloud.services.load-balancer")
public class CloudLoadBalancerProperties {

    /**
     * How long a change of a balancer waits for it to be ACTIVE again, and retries an answer
     * refused with 422 while the balancer is immutable (PENDING_UPDATE), in all.
     */
    private Duration waitTimeout = Duration.ofMinutes(5);

    /** Time between two status reads of a wait, and between two tries of a refused change. */
    private Duration waitInterval = Duration.ofSeconds(1);

    /** @return the longest wait */
    public Duration getWaitTimeout() {
        return waitTimeout;
    }

    /** @param waitTimeout the longest wait */
    public void setWaitTimeout(Duration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    /** @return the time between two reads or tries */
    public Duration getWaitInterval() {
        return waitInterval;
    }

    /** @param waitInterval the time between two reads or tries */
    public void setWaitInterval(Duration waitInterval) {
        this.waitInterval = waitInterval;
    }

    /**
     * @return the core's settings
     * @throws IllegalArgumentException naming the properties when a value is out of range
     */
    LoadBalancerSettings toSettings() {
        try {
            return LoadBalancerSettings.builder().waitTimeout(waitTimeout).waitInterval(waitInterval).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cloud.services.load-balancer: " + e.getMessage(), e);
        }
    }
}
