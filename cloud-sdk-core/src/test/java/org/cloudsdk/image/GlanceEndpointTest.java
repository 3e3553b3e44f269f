package org.cloudsdk.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The v2 URL of the image endpoints catalogs list. */
class GlanceEndpointTest {

    @Test
    void aRootGetsV2Added() {
        assertThat(GlanceEndpoint.v2("http://127.0.0.1:9292")).isEqualTo("http://127.0.0.1:9292/v2");
        assertThat(GlanceEndpoint.v2("http://127.0.0.1:9292/")).isEqualTo("http://127.0.0.1:9292/v2");
        assertThat(GlanceEndpoint.v2("https://cloud.example/image")).isEqualTo("https://cloud.example/image/v2");
    }

    @Test
    void aV2UrlIsKeptAsItIs() {
        assertThat(GlanceEndpoint.v2("https://iad.images.api.rackspacecloud.com/v2"))
                .isEqualTo("https://iad.images.api.rackspacecloud.com/v2");
        assertThat(GlanceEndpoint.v2("https://iad.images.api.rackspacecloud.com/v2/802958/"))
                .isEqualTo("https://iad.images.api.rackspacecloud.com/v2/802958");
        assertThat(GlanceEndpoint.v2("http://host:9292/v2.1")).isEqualTo("http://host:9292/v2.1");
    }

    @Test
    void aSegmentThatOnlyStartsWithV2IsNotAVersion() {
        assertThat(GlanceEndpoint.v2("http://host/v2images")).isEqualTo("http://host/v2images/v2");
    }
}
