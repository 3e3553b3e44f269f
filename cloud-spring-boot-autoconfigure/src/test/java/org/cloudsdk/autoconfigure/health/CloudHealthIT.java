package org.cloudsdk.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.cloudsdk.CloudContext;
import org.cloudsdk.autoconfigure.CloudAutoConfiguration;
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

    private static final Properties CLOUD = localCloud();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                    CloudHealthContributorAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=" + CLOUD.getProperty("auth.url"),
                    "cloud.region=" + CLOUD.getProperty("region"), "cloud.username=" + CLOUD.getProperty("demo.username"),
                    "cloud.tenant-name=" + CLOUD.getProperty("demo.project"),
                    "cloud.user-domain-name=" + CLOUD.getProperty("user.domain"),
                    "cloud.project-domain-name=" + CLOUD.getProperty("project.domain"),
                    // what is proven here is UP/DOWN on a real cloud, not the probe's timeout (a unit test's)
                    "cloud.health.timeout=60s");

    @Test
    void upWithTheRightPassword() {
        runner.withPropertyValues("cloud.password=" + CLOUD.getProperty("demo.password")).run(context -> {
            Map<String, Health> health = health(context);
            assertThat(health).containsOnlyKeys("identity", "object-store-" + CLOUD.getProperty("region"));
            assertThat(health.values()).allSatisfy(h -> assertThat(h.getStatus()).isEqualTo(Status.UP));
            assertThat(health.get("identity").getDetails()).containsKeys("identityType", "tokenExpires");
            assertThat(health.toString()).doesNotContain(context.getBean(CloudContext.class).authToken())
                    .doesNotContain(CLOUD.getProperty("demo.password"));
        });
    }

    @Test
    void downWithAWrongPassword() {
        runner.withPropertyValues("cloud.password=wrong-" + CLOUD.getProperty("demo.password")).run(context -> {
            Map<String, Health> health = health(context);
            assertThat(health.values()).allSatisfy(h -> assertThat(h.getStatus()).isEqualTo(Status.DOWN));
            assertThat(health.get("identity").getDetails()).containsEntry("httpStatus", 401);
            assertThat(health.toString()).doesNotContain("wrong-" + CLOUD.getProperty("demo.password"));
        });
    }

    private static Map<String, Health> health(AssertableApplicationContext context) {
        CompositeHealthContributor cloud = context.getBean("cloudHealthContributor", CompositeHealthContributor.class);
        return cloud.stream().collect(Collectors.toMap(entry -> entry.name(),
                entry -> ((HealthIndicator) entry.contributor()).health()));
    }

    private static Properties localCloud() {
        String state = System.getenv().getOrDefault("LOCAL_CLOUD_STATE", "");
        Path dir = state.isBlank() ? Path.of(System.getenv().getOrDefault("TMPDIR", "/tmp"), "cloud-sdk-local-cloud")
                : Path.of(state);
        Path file = dir.resolve("local-cloud.properties");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the local cloud is not running (no " + file
                    + "): start it with scripts/local-cloud.sh start");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read " + file, ex);
        }
        return properties;
    }
}
