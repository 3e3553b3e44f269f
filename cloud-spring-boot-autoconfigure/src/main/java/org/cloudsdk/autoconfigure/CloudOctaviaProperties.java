package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.octavia.OctaviaSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cloud.services.octavia.*} properties of Octavia clients besides {@code enabled}: how
 * their waits and their retries of a balancer that is busy (PENDING_UPDATE) behave.
 */
@ConfigurationProperties("cloud.services.octavia")
public class CloudOctaviaProperties {

    /**
     * How long a wait for a load balancer (or one of its parts) to be ACTIVE, or a change refused
     * with 409 while the balancer is busy, may last in all.
     */
    private Duration waitTimeout = Duration.ofMinutes(10);

    /** Time between two status reads of a wait, and between two tries of a refused change. */
    private Duration waitInterval = Duration.ofSeconds(2);

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
    OctaviaSettings toSettings() {
        try {
            return OctaviaSettings.builder().waitTimeout(waitTimeout).waitInterval(waitInterval).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cloud.services.octavia: " + e.getMessage(), e);
        }
    }
}
