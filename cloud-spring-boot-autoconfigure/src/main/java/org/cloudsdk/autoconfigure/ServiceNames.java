package org.cloudsdk.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cloudsdk.CloudServices;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.service.ServiceDefinition;

/**
 * How {@code cloud.services.<name>} keys are matched: by a service client's name
 * ({@link ServiceDefinition#name()}) or a service type's, in any case, with {@code -} and
 * {@code _} alike and ignored, as Spring Boot's relaxed binding reads enum constants.
 */
final class ServiceNames {

    private ServiceNames() {
    }

    static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /**
     * @param services {@code cloud.services} as bound
     * @throws IllegalArgumentException naming a key that is no known service, and the known names
     */
    static void check(Map<String, ?> services) {
        Set<String> known = known();
        for (String key : services.keySet()) {
            if (!known.contains(normalize(key))) {
                throw new IllegalArgumentException("cloud.services." + key + ": no service is named '" + key
                        + "'; expected one of " + String.join(", ", names()));
            }
        }
    }

    private static Set<String> known() {
        Set<String> known = new LinkedHashSet<>();
        names().forEach(name -> known.add(normalize(name)));
        return known;
    }

    /** @return the names a key may take: every client's, then every service type's */
    static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        CloudServices.all().forEach(definition -> names.add(definition.name()));
        for (ServiceType type : ServiceType.values()) {
            names.add(type.serviceName());
        }
        return names;
    }
}
