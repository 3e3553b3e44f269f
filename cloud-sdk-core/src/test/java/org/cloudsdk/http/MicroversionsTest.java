package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

class MicroversionsTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    /** What Nova 26 answers at its endpoint (the local cloud's, trimmed). */
    private static final String NOVA_VERSION = """
            {"version": {"id": "v2.1", "status": "CURRENT", "version": "2.93", "min_version": "2.1",
             "updated": "2013-07-23T11:33:21Z"}}""";

    private CloudContext ctx;
    private ServiceClient compute;

    @BeforeEach
    void context() {
        TestCloud.stubKeystoneV3(cloud);
        ctx = TestCloud.keystoneV3(cloud).build();
        compute = ctx.client("compute", "RegionOne");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private ApiMicroversions nova(String min, String max) {
        return new ApiMicroversions(compute, "compute", "X-OpenStack-Nova-API-Version", UnaryOperator.identity(),
                MicroversionRange.of(min, max));
    }

    @Test
    void microversionsAreOrderedNumericallyAndBadTextIsRefusedWithTheExpectedForm() {
        assertThat(Microversion.parse("2.10")).isGreaterThan(Microversion.parse("2.9"));
        assertThat(Microversion.parse(" 3.59 ")).isEqualTo(new Microversion(3, 59)).hasToString("3.59");
        assertThatThrownBy(() -> Microversion.parse("latest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("microversion must be MAJOR.MINOR such as 2.79, got 'latest'");
        assertThatThrownBy(() -> Microversion.parse("2.1.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MicroversionRange.of("2.5", "2.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not end (2.1) before it starts (2.5)");
    }

    @Test
    void readsTheVersionDocumentsOfNovaCinderAndPlacementAndThoseOfApisWithout() {
        assertThat(MicroversionRange.fromVersionDocument(Json.parse(NOVA_VERSION))).isEqualTo(MicroversionRange.of("2.1", "2.93"));
        assertThat(MicroversionRange.fromVersionDocument(Json.parse("""
                {"versions": [{"id": "v2.0", "status": "DEPRECATED", "version": "", "min_version": ""},
                              {"id": "v3.0", "status": "CURRENT", "version": "3.70", "min_version": "3.0"}]}""")))
                .isEqualTo(MicroversionRange.of("3.0", "3.70"));
        assertThat(MicroversionRange.fromVersionDocument(Json.parse("""
                {"versions": [{"id": "v1.0", "max_version": "1.39", "min_version": "1.0", "status": "CURRENT"}]}""")))
                .isEqualTo(MicroversionRange.of("1.0", "1.39"));
        assertThat(MicroversionRange.fromVersionDocument(Json.parse("""
                {"versions": [{"id": "v2.0", "status": "SUPPORTED"}, {"id": "v2.1", "status": "CURRENT"}]}""")))
                .as("Octavia publishes versions without microversions").isNull();
        assertThatThrownBy(() -> MicroversionRange.fromVersionDocument(Json.parse("{\"servers\": []}")))
                .isInstanceOf(CloudException.class).hasMessageContaining("not a version document");
    }

    @Test
    void negotiatesTheNewestVersionBothSidesSupportReadingTheServersRangeOnce() {
        cloud.stubFor(get(urlEqualTo("/compute/v2.1")).willReturn(okJson(NOVA_VERSION)));

        assertThat(nova("2.1", "2.79").negotiate()).isEqualTo(Microversion.parse("2.79"));
        ApiMicroversions newer = nova("2.60", "2.100");
        assertThat(newer.negotiate()).isEqualTo(Microversion.parse("2.93"));
        assertThat(newer.serverRange()).isEqualTo(MicroversionRange.of("2.1", "2.93"));

        cloud.verify(2, getRequestedFor(urlEqualTo("/compute/v2.1")));
    }

    @Test
    void aPinnedClientSendsBothHeadersOnEveryRequestAndACallMayAskForAnother() {
        cloud.stubFor(get(urlEqualTo("/compute/v2.1")).willReturn(okJson(NOVA_VERSION)));
        cloud.stubFor(get(urlEqualTo("/compute/v2.1/servers")).willReturn(okJson("{\"servers\": []}")));
        ApiMicroversions versions = nova("2.1", "2.79");

        ServiceClient pinned = versions.pin(Microversion.parse("2.60"));
        pinned.get("/servers");
        pinned.execute(versions.apply(pinned.request(HttpMethod.GET, "list").path("/servers"), Microversion.parse("2.10")));
        compute.get("/servers");

        cloud.verify(1, getRequestedFor(urlEqualTo("/compute/v2.1/servers"))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.60"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.60")));
        cloud.verify(1, getRequestedFor(urlEqualTo("/compute/v2.1/servers"))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.10"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.10")));
        cloud.verify(1, getRequestedFor(urlEqualTo("/compute/v2.1/servers"))
                .withHeader("OpenStack-API-Version", absent()));
        assertThat(compute.headers()).as("the original client is unchanged").isEmpty();
    }

    @Test
    void aVersionTheServerDoesNotSupportFailsBeforeAnyRequestWithBothRanges() {
        cloud.stubFor(get(urlEqualTo("/compute/v2.1")).willReturn(okJson(NOVA_VERSION)));
        ApiMicroversions versions = nova("2.1", "2.100");

        assertThatThrownBy(() -> versions.pin(Microversion.parse("2.95")))
                .isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessage("compute: microversion 2.95 is not supported by the server (2.1-2.93); this SDK supports 2.1-2.100");
        assertThatThrownBy(() -> versions.pin(Microversion.parse("2.101")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("microversion 2.101 of compute is outside what this SDK supports (2.1-2.100)");
        assertThatThrownBy(() -> nova("2.95", "2.99").negotiate())
                .isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessage("compute: the server supports microversions 2.1-2.93 and this SDK 2.95-2.99: none in common");
        cloud.verify(0, getRequestedFor(urlEqualTo("/compute/v2.1/servers")));
    }

    @Test
    void aFailedReadOfTheVersionDocumentIsNotRemembered() {
        cloud.stubFor(get(urlEqualTo("/compute/v2.1")).willReturn(aResponse().withStatus(404)));
        ApiMicroversions versions = nova("2.1", "2.79");
        assertThatThrownBy(versions::negotiate).isInstanceOf(NotFoundException.class);

        cloud.stubFor(get(urlEqualTo("/compute/v2.1")).willReturn(okJson(NOVA_VERSION)));

        assertThat(versions.negotiate()).isEqualTo(Microversion.parse("2.79"));
    }

    @Test
    void anApiWithoutMicroversionsGetsNoHeader() {
        cloud.stubFor(get(urlEqualTo("/compute/v2.1")).willReturn(okJson("{\"versions\": [{\"id\": \"v2.0\", \"status\": \"CURRENT\"}]}")));
        ApiMicroversions versions = nova("2.1", "2.79");

        assertThat(versions.negotiate()).isNull();
        assertThat(versions.pinNegotiated()).isSameAs(compute);
        assertThatThrownBy(() -> versions.pin(Microversion.parse("2.1")))
                .isInstanceOf(UnsupportedMicroversionException.class).hasMessageContaining("it publishes none");
    }
}
