package org.cloudsdk.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudServices;
import org.cloudsdk.autoconfigure.CloudAutoConfiguration;
import org.cloudsdk.it.LocalCloud;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The cloud health contributor against the real local Keystone and Swift of scripts/local-cloud.sh. */
class CloudHealthIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                    CloudHealthContributorAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=" + LocalCloud.get("auth.url"),
                    "cloud.region=" + LocalCloud.get("region"), "cloud.username=" + LocalCloud.get("demo.username"),
                    "cloud.tenant-name=" + LocalCloud.get("demo.project"),
                    "cloud.user-domain-name=" + LocalCloud.get("user.domain"),
                    "cloud.project-domain-name=" + LocalCloud.get("project.domain"),
                    // what is proven here is UP/DOWN on a real cloud, not the probe's timeout (a unit test's)
                    "cloud.health.timeout=60s");

    @Test
    void upWithTheRightPassword() {
        runner.withPropertyValues("cloud.password=" + LocalCloud.get("demo.password")).run(context -> {
            Map<String, Health> health = health(context);
            String region = "-" + LocalCloud.get("region");
            assertThat(health).hasSize(1 + CloudServices.all().size());
            // every service the local cloud runs answers its cheap read
            for (String entry : List.of("identity", "object-store" + region, "compute" + region, "image" + region,
                    "volume" + region, "network" + region)) {
                assertThat(health.get(entry).getStatus()).as(entry).isEqualTo(Status.UP);
            }
            // a service the catalog lacks (Rackspace's Auto Scale) is unknown, not down
            assertThat(health.get("autoscale" + region).getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.values()).noneSatisfy(h -> assertThat(h.getStatus()).isEqualTo(Status.DOWN));
            assertThat(health.get("identity").getDetails()).containsKeys("identityType", "tokenExpires");
            assertThat(health.toString()).doesNotContain(context.getBean(CloudContext.class).authToken())
                    .doesNotContain(LocalCloud.get("demo.password"));
        });
    }

    @Test
    void downWithAWrongPassword() {
        runner.withPropertyValues("cloud.password=wrong-" + LocalCloud.get("demo.password")).run(context -> {
            Map<String, Health> health = health(context);
            assertThat(health.values()).allSatisfy(h -> assertThat(h.getStatus()).isEqualTo(Status.DOWN));
            assertThat(health.get("identity").getDetails()).containsEntry("httpStatus", 401);
            assertThat(health.toString()).doesNotContain("wrong-" + LocalCloud.get("demo.password"));
        });
    }

    private static Map<String, Health> health(AssertableApplicationContext context) {
        CompositeHealthContributor cloud = context.getBean("cloudHealthContributor", CompositeHealthContributor.class);
        return cloud.stream().collect(Collectors.toMap(entry -> entry.name(),
                entry -> ((HealthIndicator) entry.contributor()).health()));
    }
}
