package org.cloudsdk.sample;

import java.io.PrintStream;
import java.util.Comparator;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.identity.Endpoint;
import org.cloudsdk.identity.Token;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Authenticates with the injected context and prints who it is and the service catalog. When the
 * cloud cannot be reached or refuses the credentials it says so and the application keeps running
 * (its health shows the cloud DOWN).
 */
@Component
class CatalogPrinter implements ApplicationRunner {

    private final CloudContext cloud;
    private final PrintStream out;

    @Autowired
    CatalogPrinter(CloudContext cloud) {
        this(cloud, System.out);
    }

    CatalogPrinter(CloudContext cloud, PrintStream out) {
        this.cloud = cloud;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            cloud.authenticate();
        } catch (CloudException ex) {
            out.printf("Cannot authenticate with the cloud: %s%n", ex.getMessage());
            return;
        }
        Token token = cloud.token();
        out.printf("Authenticated as %s in project %s (%s) with %s identity; roles %s; token expires %s%n",
                token.userName(), token.tenantName(), token.tenantId(), cloud.identityType(), token.roles(),
                token.expiresAt());
        out.println("Service catalog:");
        token.catalog().endpoints().stream()
                .sorted(Comparator.comparing(Endpoint::catalogType).thenComparing(e -> e.endpointInterface().ordinal()))
                .forEach(e -> out.printf("  %-14s %-10s %-9s %s%n", e.catalogType(),
                        e.region() == null ? "-" : e.region(), e.endpointInterface().v3Name(), e.url()));
    }
}
