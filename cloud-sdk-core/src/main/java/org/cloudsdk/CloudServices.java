package org.cloudsdk;

import java.util.List;
import java.util.Optional;

import org.cloudsdk.autoscale.AutoScale;
import org.cloudsdk.blockstorage.BlockStorage;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.database.Databases;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.dns.CloudDns;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.image.Images;
import org.cloudsdk.loadbalancer.CloudLoadBalancers;
import org.cloudsdk.monitoring.CloudMonitoring;
import org.cloudsdk.network.Networks;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.queue.Queues;
import org.cloudsdk.service.ServiceDefinition;

/**
 * The service clients of the SDK, one {@link ServiceDefinition} each: the one place a service is
 * registered. The context ({@link CloudContext#service(ServiceDefinition, String)}), its region
 * view, and the Spring Boot starter's registry, beans, {@code cloud.services.<name>.*} properties
 * and health entries all read this list.
 */
public final class CloudServices {

    private static final List<ServiceDefinition<?>> ALL = List.of(ObjectStorage.SERVICE, Compute.SERVICE,
            Images.SERVICE, BlockStorage.SERVICE, Networks.SERVICE, AutoScale.SERVICE, Databases.SERVICE,
            Queues.SERVICE, CloudMonitoring.SERVICE, Designate.SERVICE, CloudDns.SERVICE,
            Octavia.SERVICE, CloudLoadBalancers.SERVICE);

    private CloudServices() {
    }

    /** @return every service client definition, in a stable order */
    public static List<ServiceDefinition<?>> all() {
        return ALL;
    }

    /**
     * @param name a definition's name ({@code compute}) or any name or alias of its service type
     *     ({@code nova}, {@code cloudfiles})
     * @return the definition, if the SDK has a client for that service
     */
    public static Optional<ServiceDefinition<?>> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim();
        for (ServiceDefinition<?> definition : ALL) {
            if (definition.name().equalsIgnoreCase(wanted)) {
                return Optional.of(definition);
            }
        }
        Optional<ServiceType> type = ServiceType.find(wanted);
        return type.flatMap(t -> ALL.stream().filter(definition -> definition.type() == t).findFirst());
    }
}
