package org.cloudsdk.image;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.image.GlanceFixtures.UBUNTU;
import static org.cloudsdk.image.GlanceFixtures.UBUNTU_ID;
import static org.cloudsdk.image.GlanceStub.path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Creating, updating (Glance's JSON patch, with the add or replace Glance wants), renaming,
 * deleting and tagging images: the exact requests, and the limits refused before any request.
 */
class ImageUpdateRequestsTest {

    private static final String ID = "b6e1c2e4-1c4f-4a47-9a4e-d0a1fbdc0f9b";

    private final GlanceStub glance = new GlanceStub();

    @AfterEach
    void close() {
        glance.close();
    }

    @Test
    void createImageSendsItsNameFormatsAndProperties() {
        glance.server.stubFor(post(urlEqualTo(path("/images"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(GlanceFixtures.image(ID, "queued", null, null))));

        Image image = glance.images().createImage("web", ImageCreateOptions.builder().diskFormat("qcow2")
                .containerFormat("bare").visibility(Visibility.SHARED).minDisk(1).minRam(256).isProtected(false)
                .tags(List.of("web", "v1")).property("os_distro", "ubuntu").id(ID).build());

        assertThat(image.status()).isEqualTo(ImageStatus.QUEUED);
        glance.server.verify(postRequestedFor(urlEqualTo(path("/images")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "web", "id": "%s", "disk_format": "qcow2", "container_format": "bare",
                         "visibility": "shared", "min_disk": 1, "min_ram": 256, "protected": false,
                         "tags": ["web", "v1"], "os_distro": "ubuntu"}""".formatted(ID))));
    }

    @Test
    void updateReadsTheImageAndReplacesWhatItHasAndAddsWhatItLacks() {
        glance.server.stubFor(get(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson(UBUNTU)));
        glance.server.stubFor(patch(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson(UBUNTU)));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Ubuntu (mine)");
        values.put("min_ram", 1024);
        values.put("hw_disk_bus", "scsi");
        values.put("tags", List.of("a", "b"));
        values.put("protected", true);

        Image updated = glance.images().update(UBUNTU_ID, values);

        assertThat(updated.id()).isEqualTo(UBUNTU_ID);
        assertThat(glance.log()).containsExactly("GET " + path("/images/" + UBUNTU_ID),
                "PATCH " + path("/images/" + UBUNTU_ID));
        glance.server.verify(patchRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID)))
                .withHeader("Content-Type", equalTo(Images.JSON_PATCH))
                .withRequestBody(equalToJson("""
                        [{"op": "replace", "path": "/name", "value": "Ubuntu (mine)"},
                         {"op": "replace", "path": "/min_ram", "value": 1024},
                         {"op": "add", "path": "/hw_disk_bus", "value": "scsi"},
                         {"op": "replace", "path": "/tags", "value": ["a", "b"]},
                         {"op": "replace", "path": "/protected", "value": true}]""")));
    }

    @Test
    void aPatchIsSentAsGiven() {
        glance.server.stubFor(patch(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson(UBUNTU)));

        glance.images().update(UBUNTU_ID, ImagePatch.builder().add("os_version", "13.10").replace("name", "u")
                .remove("vm_mode").remove("a/b~c").build());

        glance.server.verify(patchRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID)))
                .withHeader("Content-Type", equalTo(Images.JSON_PATCH))
                .withRequestBody(equalToJson("""
                        [{"op": "add", "path": "/os_version", "value": "13.10"},
                         {"op": "replace", "path": "/name", "value": "u"},
                         {"op": "remove", "path": "/vm_mode"},
                         {"op": "remove", "path": "/a~1b~0c"}]""")));
        assertThat(glance.log()).containsExactly("PATCH " + path("/images/" + UBUNTU_ID));
    }

    @Test
    void changeNameIsOneReplace() {
        glance.server.stubFor(patch(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson(UBUNTU)));

        glance.images().changeName(UBUNTU_ID, "renamed");

        glance.server.verify(patchRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID))).withRequestBody(equalToJson(
                "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"renamed\"}]")));
    }

    @Test
    void aPatchGlanceRefusesIsAConflict() {
        glance.server.stubFor(patch(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(aResponse().withStatus(409)
                .withBody("Property os_version already present.")));

        assertThatThrownBy(() -> glance.images().update(UBUNTU_ID, ImagePatch.builder().add("os_version", "x").build()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void deleteAndTagsAreTheirOwnRequests() {
        glance.server.stubFor(delete(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(aResponse().withStatus(204)));
        glance.server.stubFor(put(urlEqualTo(path("/images/" + UBUNTU_ID + "/tags/web%20server")))
                .willReturn(aResponse().withStatus(204)));
        glance.server.stubFor(delete(urlEqualTo(path("/images/" + UBUNTU_ID + "/tags/old")))
                .willReturn(aResponse().withStatus(204)));
        Images images = glance.images();

        images.addTag(UBUNTU_ID, "web server");
        images.deleteTag(UBUNTU_ID, "old");
        images.delete(UBUNTU_ID);

        glance.server.verify(putRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID + "/tags/web%20server"))));
        glance.server.verify(deleteRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID + "/tags/old"))));
        glance.server.verify(deleteRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID)))
                .withHeader("X-Auth-Token", equalTo(GlanceStub.TOKEN)));
    }

    @Test
    void aProtectedImageIsNotDeleted() {
        glance.server.stubFor(delete(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> glance.images().delete(UBUNTU_ID)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void badChangesAreRefusedBeforeAnyRequest() {
        Images images = glance.images();

        assertThatThrownBy(() -> images.update(UBUNTU_ID, Map.of())).hasMessage("values must name at least one property to set");
        assertThatThrownBy(() -> images.update(UBUNTU_ID, Map.of("min_ram", 1.5)))
                .hasMessage("value of min_ram must be text, a whole number, a boolean or a collection of text, was Double");
        assertThatThrownBy(() -> images.update(UBUNTU_ID, Map.of("tags", List.of(1))))
                .hasMessage("value of tags must be a collection of text, had 1");
        assertThatThrownBy(() -> ImagePatch.builder().build())
                .hasMessage("an image patch needs at least one add, replace or remove");
        assertThatThrownBy(() -> ImagePatch.builder().replace("status", "active"))
                .hasMessage("property 'status' is Glance's to set, not a caller's");
        assertThatThrownBy(() -> ImagePatch.builder().remove(" ")).hasMessage("property must not be blank");
        assertThatThrownBy(() -> images.createImage("", ImageCreateOptions.defaults())).hasMessage("name must not be blank");
        assertThatThrownBy(() -> ImageCreateOptions.builder().minDisk(-1)).hasMessage("minDisk must be 0 GB or more, was -1");
        assertThatThrownBy(() -> ImageCreateOptions.builder().minRam(-1)).hasMessage("minRam must be 0 MB or more, was -1");
        assertThatThrownBy(() -> ImageCreateOptions.builder().property("checksum", "x"))
                .hasMessage("property 'checksum' is one of Glance's base properties: set it with its own builder method");
        assertThatThrownBy(() -> ImageCreateOptions.builder().tags(List.of("a", " "))).hasMessage("tag must not be blank");
        assertThatThrownBy(() -> images.addTag(UBUNTU_ID, "")).hasMessage("tag must not be blank");
        assertThatThrownBy(() -> images.changeName(UBUNTU_ID, " ")).hasMessage("newName must not be blank");
        assertThat(glance.requests()).isEmpty();
    }

    @Test
    void createOptionsAreCopiedAndComparedByValue() {
        ImageCreateOptions options = ImageCreateOptions.builder().diskFormat("raw").tags(List.of("x"))
                .properties(Map.of("k", "v")).build();

        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options.toBuilder().property("k2", "v2").build()).isNotEqualTo(options);
        assertThat(ImageCreateOptions.defaults().tags()).isEmpty();
    }
}
