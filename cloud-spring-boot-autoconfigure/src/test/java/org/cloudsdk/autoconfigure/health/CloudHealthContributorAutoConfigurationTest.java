package org.cloudsdk.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.cloudsdk.CloudServices;
import org.cloudsdk.autoconfigure.CloudAutoConfiguration;
import org.cloudsdk.autoconfigure.WireMockCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

class CloudHealthContributorAutoConfigurationTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                    CloudHealthContributorAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withPropertyValues(WireMockCloud.properties(server));

    @Test
    void contributesIdentityAndEachServiceOfEachRegionWithoutCallingTheCloud() {
        runner.withPropertyValues("cloud.regions=region-a.geo-1").run(context -> {
            assertThat(context).hasNotFailed().hasBean("cloudHealthContributor");
            CompositeHealthContributor cloud = cloud(context);
            assertThat(cloud.stream().map(e -> e.name())).startsWith("identity", "object-store-RegionOne",
                    "object-store-region-a.geo-1", "compute-RegionOne", "compute-region-a.geo-1");
            // and every service registered since, with no code of its own in the starter
            assertThat(cloud.stream().map(e -> e.name())).hasSize(1 + 2 * CloudServices.all().size())
                    .contains("image-RegionOne", "image-region-a.geo-1");
            assertThat(server.getAllServeEvents()).isEmpty();
        });
    }

    @Test
    void absentWithoutSpringBootHealth() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("cloudHealthContributor"));
    }

    @Test
    void disabledByManagementHealthCloudEnabled() {
        runner.withPropertyValues("management.health.cloud.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("cloudHealthContributor"));
    }

    @Test
    void leavesOutTheServicesThatAreDisabled() {
        runner.withPropertyValues("cloud.services.object_store.enabled=false")
                .run(context -> assertThat(cloud(context).stream().map(e -> e.name()))
                        .startsWith("identity", "compute-RegionOne").doesNotContain("object-store-RegionOne"));
        runner.withPropertyValues("cloud.services.object_store.enabled=false", "cloud.services.compute.enabled=false")
                .run(context -> assertThat(cloud(context).stream().map(e -> e.name())).contains("identity")
                        .doesNotContain("object-store-RegionOne", "compute-RegionOne")
                        .hasSize(1 + CloudServices.all().size() - 2));
    }

    @Test
    void computeIsUpWhenOneFlavorIsReadAtTheNegotiatedMicroversion() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(get(urlPathEqualTo("/compute/v2.1")).willReturn(okJson(
                "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"2.95\", \"min_version\": \"2.1\"}}")));
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors")).willReturn(okJson("{\"flavors\": []}")));
        runner.run(context -> {
            Health compute = ((HealthIndicator) cloud(context).getContributor("compute-RegionOne")).health();
            assertThat(compute.getStatus()).isEqualTo(Status.UP);
            assertThat(compute.getDetails()).containsEntry("microversion", "2.90").containsEntry("region", "RegionOne");
            server.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/flavors")).withQueryParam("limit", equalTo("1"))
                    .withHeader("OpenStack-API-Version", equalTo("compute 2.90")));
        });
    }

    @Test
    void aServiceMissingFromTheCatalogIsUnknownNotDown() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(204)));
        // the catalog has compute in RegionOne and region-a.geo-1 only
        runner.withPropertyValues("cloud.regions=RegionTwo").run(context -> {
            HealthIndicator compute = (HealthIndicator) cloud(context).getContributor("compute-RegionTwo");
            Health health = compute.health();
            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("reason", "not in the service catalog");
        });
    }

    @Test
    void upWithTheIdentityTypeAndTokenExpiryButNotTheToken() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(204)
                .withHeader("X-Account-Container-Count", "3").withHeader("X-Account-Object-Count", "42")));
        runner.run(context -> {
            Health identity = indicator(context, "identity").health();
            assertThat(identity.getStatus()).isEqualTo(Status.UP);
            assertThat(identity.getDetails()).containsEntry("identityType", "v3")
                    .containsEntry("tokenExpires", "2099-12-31T23:59:59Z");
            assertThat(identity.toString()).doesNotContain(WireMockCloud.TOKEN);
            Health files = indicator(context, "object-store-RegionOne").health();
            assertThat(files.getStatus()).isEqualTo(Status.UP);
            assertThat(files.getDetails()).containsEntry("region", "RegionOne").containsEntry("interface", "public")
                    .containsEntry("containers", "3").containsEntry("objects", "42");
        });
    }

    @Test
    void downWith401SayingWhyWithoutThePassword() {
        WireMockCloud.stubKeystoneRefusing(server);
        runner.run(context -> {
            Health identity = indicator(context, "identity").health();
            assertThat(identity.getStatus()).isEqualTo(Status.DOWN);
            assertThat(identity.getDetails()).containsEntry("httpStatus", 401);
            assertThat(identity.getDetails().get("reason").toString()).contains("401");
            assertThat(identity.toString()).doesNotContain(WireMockCloud.PASSWORD);
            Health files = indicator(context, "object-store-RegionOne").health();
            assertThat(files.getStatus()).isEqualTo(Status.DOWN);
            assertThat(files.toString()).doesNotContain(WireMockCloud.PASSWORD);
        });
    }

    @Test
    void downWhenTheObjectStoreAnswers5xx() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(500)));
        runner.withPropertyValues("cloud.retry.max-attempts=1").run(context -> {
            Health files = indicator(context, "object-store-RegionOne").health();
            assertThat(files.getStatus()).isEqualTo(Status.DOWN);
            assertThat(files.getDetails()).containsEntry("httpStatus", 500);
            assertThat(files.getDetails().get("reason").toString()).contains("server error");
        });
    }

    @Test
    void downWhenTheConnectionIsRefused() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                        CloudHealthContributorAutoConfiguration.class))
                .withSystemProperties("user.home=/nonexistent-home")
                .withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=http://127.0.0.1:"
                        + WireMockCloud.closedPort() + "/v3", "cloud.username=demo", "cloud.password=x",
                        "cloud.retry.max-attempts=1")
                .run(context -> {
                    Health identity = indicator(context, "identity").health();
                    assertThat(identity.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(identity.getDetails().get("reason")).isEqualTo("connection failed");
                });
    }

    @Test
    void unknownWhenTheProbeTimesOut() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH))
                .willReturn(aResponse().withStatus(204).withFixedDelay(2000)));
        runner.withPropertyValues("cloud.health.timeout=300ms").run(context -> {
            Health files = indicator(context, "object-store-RegionOne").health();
            assertThat(files.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(files.getDetails().get("error").toString()).contains("300 ms");
        });
    }

    @Test
    void reusesAResultWithinTheCacheTtl() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(204)));
        runner.run(context -> {
            HealthIndicator files = indicator(context, "object-store-RegionOne");
            HealthIndicator identity = indicator(context, "identity");
            assertThat(files.health().getStatus()).isEqualTo(Status.UP);
            assertThat(identity.health().getStatus()).isEqualTo(Status.UP);
            int requests = server.getAllServeEvents().size();
            assertThat(files.health().getStatus()).isEqualTo(Status.UP);
            assertThat(identity.health().getStatus()).isEqualTo(Status.UP);
            assertThat(server.getAllServeEvents()).hasSize(requests);
            server.verify(1, headRequestedFor(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)));
            server.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
        });
    }

    @Test
    void probesOnlyRead() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(204)));
        runner.withPropertyValues("cloud.regions=region-a.geo-1").run(context -> {
            CompositeHealthContributor cloud = cloud(context);
            cloud.stream().forEach(entry -> ((HealthIndicator) entry.contributor()).health());
            server.verify(0, anyRequestedFor(anyUrl()).withRequestBody(
                    com.github.tomakehurst.wiremock.client.WireMock.containing("container")));
            assertThat(server.getAllServeEvents()).allSatisfy(event -> assertThat(event.getRequest().getMethod().getName())
                    .isIn("HEAD", "GET", "POST"));
            assertThat(server.getAllServeEvents()).filteredOn(e -> e.getRequest().getMethod().getName().equals("POST"))
                    .allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/v3/auth/tokens"));
        });
    }

    static CompositeHealthContributor cloud(AssertableApplicationContext context) {
        return context.getBean("cloudHealthContributor", CompositeHealthContributor.class);
    }

    static HealthIndicator indicator(AssertableApplicationContext context, String name) {
        return (HealthIndicator) cloud(context).getContributor(name);
    }
}
