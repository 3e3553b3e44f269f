package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.MicroversionRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The microversion of compute requests, through a context whose catalog points at WireMock
 * ({@code ctx.compute()}): negotiated from the version document at the endpoint (read once),
 * pinned per client or per context, refused before any request when the server lacks it, and
 * absent on a cloud that publishes none.
 */
class ComputeMicroversionsTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String ENDPOINT = NovaStub.ENDPOINT;
    private static final String FLAVORS = ENDPOINT + "/flavors/detail";

    private CloudContext ctx;

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private Compute compute(String serverMax) {
        return compute(serverMax, null);
    }

    private Compute compute(String serverMax, String pinned) {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlEqualTo(ENDPOINT)).willReturn(okJson(serverMax == null
                ? NovaFixtures.VERSION_WITHOUT_MICROVERSIONS : NovaFixtures.versionDocument(serverMax))));
        cloud.stubFor(get(urlEqualTo(FLAVORS)).willReturn(okJson(NovaFixtures.FLAVORS)));
        ctx = TestCloud.keystoneV3(cloud).microversion("compute", pinned).build();
        return ctx.compute();
    }

    private List<LoggedRequest> computeRequests() {
        return cloud.getAllServeEvents().stream().map(event -> (LoggedRequest) event.getRequest())
                .filter(request -> request.getUrl().startsWith(ENDPOINT + "/")).toList();
    }

    private long versionDocumentReads() {
        return cloud.getAllServeEvents().stream().filter(event -> event.getRequest().getUrl().equals(ENDPOINT)).count();
    }

    @Test
    void aServerNewerThanTheSdkIsSpokenToInTheSdksNewestVersion() {
        Compute compute = compute("2.96");

        compute.listFlavors();

        assertThat(compute.microversion()).contains(Microversion.parse("2.90"));
        assertThat(compute.serverMicroversions()).contains(MicroversionRange.of("2.1", "2.96"));
        cloud.verify(1, getRequestedFor(urlEqualTo(FLAVORS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.90"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.90"))
                .withHeader("X-Auth-Token", equalTo(TestCloud.V3_TOKEN)));
        assertThat(ctx.compute()).as("one client per region").isSameAs(compute);
        assertThat(ctx.region("RegionOne").compute()).isSameAs(compute);
    }

    @Test
    void aServerOlderThanTheSdkIsSpokenToInItsNewestVersion() {
        Compute compute = compute("2.60");

        compute.listFlavors();

        assertThat(compute.microversion()).contains(Microversion.parse("2.60"));
        cloud.verify(1, getRequestedFor(urlEqualTo(FLAVORS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.60"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.60")));
    }

    @Test
    void theVersionDocumentIsReadOnceForTheClientAndItsPinnedCopies() {
        Compute compute = compute("2.93");
        cloud.stubFor(get(urlPathEqualTo(ENDPOINT + "/servers/detail")).willReturn(okJson("{\"servers\": []}")));

        compute.listFlavors();
        compute.listFlavors();
        compute.listServers();
        compute.withMicroversion("2.61").listFlavors();
        compute.withMicroversion("2.79").listServers();
        compute.microversion();
        compute.serverMicroversions();

        assertThat(versionDocumentReads()).isEqualTo(1);
        assertThat(computeRequests()).hasSize(5);
    }

    @Test
    void withMicroversionPinsBothHeadersAndLeavesTheOriginalClientNegotiating() {
        Compute compute = compute("2.93");

        Compute pinned = compute.withMicroversion("2.61");
        pinned.listFlavors();
        compute.listFlavors();

        assertThat(pinned.microversion()).contains(Microversion.parse("2.61"));
        assertThat(compute.microversion()).contains(Microversion.parse("2.90"));
        cloud.verify(1, getRequestedFor(urlEqualTo(FLAVORS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.61"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.61")));
        cloud.verify(1, getRequestedFor(urlEqualTo(FLAVORS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.90")));
        assertThat(compute.withMicroversion("latest").microversion()).contains(Microversion.parse("2.90"));
    }

    @Test
    void aContextsPinnedMicroversionIsThatOfItsComputeClient() {
        Compute compute = compute("2.93", "2.79");

        compute.listFlavors();

        cloud.verify(1, getRequestedFor(urlEqualTo(FLAVORS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.79"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.79")));
    }

    @Test
    void aPinTheServerDoesNotSupportFailsBeforeAnyComputeRequest() {
        Compute pinned = compute("2.60").withMicroversion("2.61");

        assertThatThrownBy(pinned::listFlavors).isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessage("compute: microversion 2.61 is not supported by the server (2.1-2.60); this SDK supports 2.1-2.90");
        assertThatThrownBy(() -> pinned.getServer("s")).isInstanceOf(UnsupportedMicroversionException.class);
        assertThatThrownBy(() -> pinned.createServer("n", "i", "f")).isInstanceOf(UnsupportedMicroversionException.class);
        assertThatThrownBy(pinned::microversion).isInstanceOf(UnsupportedMicroversionException.class);
        assertThat(computeRequests()).isEmpty();
        assertThat(versionDocumentReads()).isEqualTo(1);
    }

    @Test
    void aPinOutsideTheSdkIsRefusedAtOnceWithoutAnyRequest() {
        Compute compute = compute("2.96");

        assertThatThrownBy(() -> compute.withMicroversion("2.91")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("microversion 2.91 of compute is outside what this SDK supports (2.1-2.90)");
        assertThatThrownBy(() -> compute.withMicroversion("2.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> compute.withMicroversion("two")).isInstanceOf(IllegalArgumentException.class);
        assertThat(versionDocumentReads()).isZero();
        assertThat(computeRequests()).isEmpty();
    }

    @Test
    void aCloudWithoutMicroversionsGetsNoHeaderAtAllAndRefusesAPin() {
        Compute compute = compute(null);
        cloud.stubFor(get(urlPathEqualTo(ENDPOINT + "/images/detail")).willReturn(okJson(NovaFixtures.IMAGES)));

        compute.listFlavors();
        compute.listImages();

        assertThat(compute.microversion()).isEmpty();
        assertThat(compute.serverMicroversions()).isEmpty();
        for (String listed : List.of("/flavors/detail", "/images/detail")) {
            cloud.verify(1, getRequestedFor(urlEqualTo(ENDPOINT + listed))
                    .withHeader("OpenStack-API-Version", absent())
                    .withHeader("X-OpenStack-Nova-API-Version", absent()));
        }
        assertThat(computeRequests()).hasSize(2);
        assertThatThrownBy(() -> compute.withMicroversion("2.1").listFlavors())
                .isInstanceOf(UnsupportedMicroversionException.class).hasMessageContaining("publishes no microversions");
    }
}
