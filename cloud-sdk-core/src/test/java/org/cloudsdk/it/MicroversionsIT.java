package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.cloudsdk.http.ApiMicroversions;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.MicroversionRange;
import org.cloudsdk.http.ServiceClient;
import org.junit.jupiter.api.Test;

/** Microversions negotiated with the real Nova and Cinder of the local cloud. */
class MicroversionsIT {

    @Test
    void novaPublishesItsRangeAndAnswersAPinnedClientInTheVersionAskedFor() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            ServiceClient compute = ctx.client("compute", LocalCloud.get("region"));
            ApiMicroversions versions = new ApiMicroversions(compute, "compute", "X-OpenStack-Nova-API-Version",
                    url -> url, MicroversionRange.of("2.1", "2.79"));

            assertThat(versions.serverRange().min()).isEqualTo(Microversion.parse("2.1"));
            assertThat(versions.negotiate()).isEqualTo(Microversion.parse("2.79"));
            ApiResponse flavors = versions.pin(Microversion.parse("2.61")).get("/flavors/detail");
            // Nova answers in the version it was asked for, and 2.61 added flavors' extra_specs
            assertThat(flavors.header("OpenStack-API-Version")).contains("compute 2.61");
            assertThat(flavors.json().get("flavors").get(0).has("extra_specs")).isTrue();
            assertThat(compute.get("/flavors/detail").json().get("flavors").get(0).has("extra_specs")).isFalse();
            assertThatThrownBy(() -> new ApiMicroversions(compute, "compute", null, url -> url,
                    MicroversionRange.of("2.1", "9.0")).pin(Microversion.parse("9.0")))
                    .isInstanceOf(UnsupportedMicroversionException.class).hasMessageContaining("this SDK supports 2.1-9.0");
        }
    }

    @Test
    void cindersVersionDocumentIsOneLevelAboveItsProjectEndpoint() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            ServiceClient volumes = ctx.client("volume", LocalCloud.get("region"));
            ApiMicroversions versions = new ApiMicroversions(volumes, "volume", null,
                    url -> url.substring(0, url.lastIndexOf('/') + 1), MicroversionRange.of("3.0", "3.59"));

            assertThat(versions.serverRange().min()).isEqualTo(Microversion.parse("3.0"));
            assertThat(versions.negotiate()).isEqualTo(Microversion.parse("3.59"));
            ApiResponse types = versions.pin(Microversion.parse("3.59")).get("/types");
            assertThat(types.header("OpenStack-API-Version")).contains("volume 3.59");
        }
    }
}
