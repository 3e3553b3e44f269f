package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** What every request carries (User-Agent, token), how URLs are built, and where blocking is refused. */
class TransportTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    @Test
    void versionIsFilledInByTheBuild() {
        assertThat(SdkVersion.get()).isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void userAgentIsTheSdksOwn() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            assertThat(ctx.transport().userAgent()).isEqualTo("cloud-sdk/" + SdkVersion.get());
            ctx.client("compute", "RegionOne").get("/servers");
        }

        String agent = "cloud-sdk/" + SdkVersion.get();
        cloud.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")).withHeader("User-Agent", equalTo(agent)));
        cloud.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers")).withHeader("User-Agent", equalTo(agent)));
    }

    @Test
    void customUserAgentGoesInFront() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).customUserAgent("CrazyApp/2.0").build()) {
            ctx.client("compute", "RegionOne").get("/servers");
        }

        String agent = "CrazyApp/2.0 cloud-sdk/" + SdkVersion.get();
        cloud.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")).withHeader("User-Agent", equalTo(agent)));
        cloud.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers")).withHeader("User-Agent", equalTo(agent)));
    }

    @Test
    void serviceCallsCarryTheTokenAndIdentityCallsDoNot() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ctx.client("compute", "RegionOne").get("/servers");
        }

        cloud.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")).withHeader("X-Auth-Token", absent()));
        cloud.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers"))
                .withHeader("X-Auth-Token", equalTo(TestCloud.V3_TOKEN))
                .withHeader("Accept", equalTo("application/json, */*;q=0.5")));
    }

    @Test
    void pathVariablesAndQueryValuesAreEncodedAsData() {
        cloud.stubFor(get(urlPathEqualTo("/swift/v1/AUTH_p/photos/2012%2Fcancun%3Fbeach%20%231.jpg"))
                .willReturn(aResponse().withStatus(200)));

        try (Transport transport = Transport.builder().retrySettings(TestCloud.fastRetries()).build()) {
            ApiRequest request = ApiRequest.builder("object_store", "getObject", HttpMethod.GET)
                    .baseUrl(TestCloud.baseUrl(cloud) + "/swift/v1/AUTH_p/")
                    .path("/{container}/{object}", "photos", "2012/cancun?beach #1.jpg")
                    .query("prefix", "a&b=c")
                    .queryFlag("multipart-manifest")
                    .authenticated(false)
                    .build();

            assertThat(transport.execute(request, null).status()).isEqualTo(200);
        }

        cloud.verify(1, getRequestedFor(urlEqualTo(
                "/swift/v1/AUTH_p/photos/2012%2Fcancun%3Fbeach%20%231.jpg?prefix=a%26b%3Dc&multipart-manifest")));
    }

    @Test
    void blockingOnANonBlockingThreadIsRefused() {
        Mono<String> blockedInside = Mono.delay(Duration.ofMillis(1), Schedulers.parallel())
                .map(tick -> Transport.block(Mono.just("never waited for")));

        StepVerifier.create(blockedInside)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("non-blocking thread")
                        .hasMessageContaining("parallel"))
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void blockingClientCallOnANonBlockingThreadIsRefusedBeforeAnyRequest() {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            Mono<String> blockedInside = Mono.delay(Duration.ofMillis(1), Schedulers.parallel())
                    .map(tick -> compute.endpointUrl());

            StepVerifier.create(blockedInside).expectError(IllegalStateException.class).verify(Duration.ofSeconds(5));
        }

        cloud.verify(0, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void blockingOnAnOrdinaryThreadWorks() {
        assertThat(Transport.block(Mono.just("value"))).isEqualTo("value");
    }

    @Test
    void responsesAreReadOnTheSdksOwnEventLoops() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            String thread = compute.execute(compute.request(HttpMethod.GET, "list").path("/servers"),
                    response -> response.releaseBody().thenReturn(Thread.currentThread().getName()
                            + (Schedulers.isInNonBlockingThread() ? " (non-blocking)" : "")));

            // non-blocking, so that a blocking call made on them is refused like on any Reactor Netty loop
            assertThat(thread).startsWith("cloud-sdk-http").endsWith(" (non-blocking)");
        }
    }

    @Test
    void closingOneContextLeavesAnotherWorkingAndClosingTwiceDoesNothing() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)));

        try (CloudContext kept = TestCloud.keystoneV3(cloud).build()) {
            CloudContext closed = TestCloud.keystoneV3(cloud).build();
            closed.client("compute", "RegionOne").get("/servers");
            kept.client("compute", "RegionOne").get("/servers");

            closed.close();
            closed.close();

            assertThat(kept.client("compute", "RegionOne").get("/servers").status()).isEqualTo(200);
        }
        cloud.verify(3, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers")));
    }

    @Test
    void closingOnAnInterruptedThreadClosesAndKeepsTheInterrupt() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)));
        CloudContext ctx = TestCloud.keystoneV3(cloud).build();
        ctx.client("compute", "RegionOne").get("/servers");

        Thread.currentThread().interrupt();
        ctx.close();

        assertThat(Thread.interrupted()).as("the caller's interrupt survives close()").isTrue();
    }
}
