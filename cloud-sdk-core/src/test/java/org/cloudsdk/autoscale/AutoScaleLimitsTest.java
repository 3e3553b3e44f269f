package org.cloudsdk.autoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.IMAGE_ID;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cloudsdk.compute.DiskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every limit Auto Scale documents is refused before a request, with an
 * {@link IllegalArgumentException} naming the parameter and what it allows; WireMock receives
 * nothing.
 */
class AutoScaleLimitsTest {

    private final AutoScaleStub stub = new AutoScaleStub();
    private final AutoScale au = stub.autoscale;

    @AfterEach
    void nothingWasSent() {
        assertThat(stub.log()).isEmpty();
        stub.close();
    }

    private static void refused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static LaunchConfigOptions launch() {
        return LaunchConfigOptions.builder().serverName("s").flavor("2").image(IMAGE_ID).build();
    }

    private static ScalingGroupSpec.Builder group() {
        return ScalingGroupSpec.builder("g").cooldown(60).minEntities(1).maxEntities(2).launchConfig(launch());
    }

    @Test
    void groupCooldownAndEntitiesAreBounded() {
        refused(() -> group().cooldown(-1), "cooldown must be 0 to 86400 seconds, was -1");
        refused(() -> group().cooldown(86_401), "cooldown must be 0 to 86400 seconds, was 86401");
        refused(() -> group().minEntities(-1), "minEntities must be 0 to 1000, was -1");
        refused(() -> group().maxEntities(1001), "maxEntities must be 0 to 1000, was 1001");
        refused(() -> group().minEntities(3).build(), "minEntities must be at most maxEntities, was 3 > 2");
        refused(() -> ScalingGroupUpdate.builder().minEntities(5).maxEntities(4).build(),
                "minEntities must be at most maxEntities, was 5 > 4");
        refused(() -> ScalingGroupUpdate.builder().cooldown(90_000), "cooldown must be 0 to 86400");
        assertThat(group().cooldown(86_400).minEntities(1000).maxEntities(1000).build().maxEntities()).isEqualTo(1000);
    }

    @Test
    void theRequiredParametersOfTheSeedsTableAreRequired() {
        refused(() -> ScalingGroupSpec.builder(" "), "name must not be blank");
        refused(() -> ScalingGroupSpec.builder("g").minEntities(1).maxEntities(2).launchConfig(launch()).build(),
                "missing: cooldown");
        refused(() -> ScalingGroupSpec.builder("g").cooldown(1).launchConfig(launch()).build(),
                "missing: minEntities maxEntities");
        refused(() -> ScalingGroupSpec.builder("g").cooldown(1).minEntities(1).maxEntities(2).build(), "missing: launchConfig");
        refused(() -> group().launchConfig(LaunchConfigOptions.builder().flavor("2").build()).build(),
                "needs serverName, flavor and image; missing: serverName image");
    }

    @Test
    void launchConfigurationValuesAreChecked() {
        refused(() -> LaunchConfigOptions.builder().launchConfigType("launch_stack"),
                "launchConfigType must be launch_server, was launch_stack");
        refused(() -> LaunchConfigOptions.builder().diskConfig(DiskConfig.UNKNOWN), "diskConfig must be AUTO or MANUAL");
        refused(() -> LaunchConfigOptions.builder().file("etc/motd", "x"), "path must be absolute, was etc/motd");
        refused(() -> LaunchConfigOptions.builder().loadBalancer(1234, 0), "port must be 1 to 65535, was 0");
        refused(() -> LaunchConfigOptions.builder().loadBalancer(1234, 65_536), "port must be 1 to 65535, was 65536");
        refused(() -> LaunchConfigOptions.builder().loadBalancer(0, 80), "loadBalancerId must be a positive");
        refused(() -> LaunchConfigOptions.builder().serverName(""), "serverName must not be blank");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("k", null);
        refused(() -> LaunchConfigOptions.builder().metadata(withNull), "metadata must not hold null keys or values");
    }

    @Test
    void aPolicyHasExactlyOneAdjustmentAndABoundedCooldown() {
        refused(() -> PolicySpec.builder("p").cooldown(60).build(), "exactly one of change, changePercent and desiredCapacity");
        refused(() -> PolicySpec.builder("p").change(1).changePercent(5), "exactly one of change, changePercent and "
                + "desiredCapacity; was given change=1 and changePercent=5.0");
        refused(() -> PolicyUpdate.builder().change(1).desiredCapacity(3), "was given change=1 and desiredCapacity=3");
        refused(() -> PolicySpec.builder("p").desiredCapacity(-1), "desiredCapacity must be 0 or more, was -1");
        refused(() -> PolicySpec.builder("p").changePercent(Double.NaN), "changePercent must be a finite number");
        refused(() -> PolicySpec.builder("p").change(1).build(), "cooldown is required (0 to 86400 seconds)");
        refused(() -> PolicySpec.builder("p").cooldown(86_401), "cooldown must be 0 to 86400 seconds");
        refused(() -> PolicySpec.builder("p").type(PolicyType.UNKNOWN), "type must be WEBHOOK");
        refused(() -> au.addPolicy(GROUP_ID, "p", PolicyType.WEBHOOK, -5, 1, false), "cooldown must be 0 to 86400");
    }

    @Test
    void idsAndNamesMustNotBeBlank() {
        refused(() -> au.get(""), "groupId must not be blank");
        refused(() -> au.delete(" ", true), "groupId must not be blank");
        refused(() -> au.getPolicy(GROUP_ID, ""), "policyId must not be blank");
        refused(() -> au.addWebhook(GROUP_ID, "p", " ", Map.of()), "name must not be blank");
        refused(() -> au.updateWebhook(GROUP_ID, "p", "w", "", null), "name must not be blank");
        refused(() -> au.deleteWebhook(GROUP_ID, "p", ""), "webhookId must not be blank");
    }
}
