package org.cloudsdk.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.autoconfigure.CloudClients;
import org.cloudsdk.autoconfigure.CloudHealthProperties;
import org.cloudsdk.identity.ServiceType;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Assembles the entries of the {@code cloud} health contributor for the active environment:
 * {@code identity}, then {@code object-store-<region>} for each configured region (just
 * {@code object-store} when no region is configured) unless the object store is disabled.
 */
public final class CloudHealthContributors {

    /** Name of the identity entry. */
    public static final String IDENTITY = "identity";

    private final CloudClients clients;
    private final CloudHealthProperties settings;
    private final Clock clock;

    /**
     * @param clients the registry whose active environment is probed
     * @param settings timeout and cache
     * @param clock the clock the cache is judged by
     */
    public CloudHealthContributors(CloudClients clients, CloudHealthProperties settings, Clock clock) {
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the probes by entry name, in order */
    public Map<String, HealthIndicator> indicators() {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        indicators.put(IDENTITY, cached(new IdentityHealthProbe(clients.context())));
        String service = ServiceType.OBJECT_STORE.serviceName();
        if (clients.isEnabled(service)) {
            String prefix = ServiceType.OBJECT_STORE.catalogTypes().get(0);
            List<String> regions = clients.regions();
            if (regions.isEmpty()) {
                indicators.put(prefix, cached(new ObjectStoreHealthProbe(clients.objectStorage(null))));
            }
            for (String region : regions) {
                indicators.put(prefix + "-" + region,
                        cached(new ObjectStoreHealthProbe(clients.objectStorage(region))));
            }
        }
        return indicators;
    }

    /** @return the composite of {@link #indicators()} */
    public CompositeHealthContributor composite() {
        return CompositeHealthContributor.fromMap(indicators());
    }

    private HealthIndicator cached(CloudHealthProbe probe) {
        return new CachedProbeHealthIndicator(probe, settings.getTimeout(), settings.getCacheTtl(), clock);
    }
}
