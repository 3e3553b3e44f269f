package org.cloudsdk.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudServices;
import org.cloudsdk.autoconfigure.CloudClients;
import org.cloudsdk.autoconfigure.CloudHealthProperties;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Assembles the entries of the {@code cloud} health contributor for the active environment:
 * {@code identity}, then for each service client of the SDK ({@link CloudServices#all()}) not
 * disabled by {@code cloud.services.<name>.enabled=false}, one entry per configured region named
 * after the service: {@code object-store-<region>}, {@code compute-<region>} (just
 * {@code object-store}, {@code compute} when no region is configured).
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
        List<String> regions = clients.regions();
        for (ServiceDefinition<?> service : CloudServices.all()) {
            if (clients.isEnabled(service.name())) {
                String prefix = service.name().replace('_', '-');
                if (regions.isEmpty()) {
                    indicators.put(prefix, cached(probe(service, null)));
                }
                for (String region : regions) {
                    indicators.put(prefix + "-" + region, cached(probe(service, region)));
                }
            }
        }
        return indicators;
    }

    private <C> CloudHealthProbe probe(ServiceDefinition<C> service, @Nullable String region) {
        return new ServiceHealthProbe<>(service, () -> clients.service(service, region));
    }

    /** @return the composite of {@link #indicators()} */
    public CompositeHealthContributor composite() {
        return CompositeHealthContributor.fromMap(indicators());
    }

    private HealthIndicator cached(CloudHealthProbe probe) {
        return new CachedProbeHealthIndicator(probe, settings.getTimeout(), settings.getCacheTtl(), clock);
    }
}
