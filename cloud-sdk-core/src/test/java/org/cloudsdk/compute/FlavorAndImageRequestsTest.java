package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.compute.NovaFixtures.SERVER_ID;
import static org.cloudsdk.compute.NovaFixtures.SNAPSHOT_ID;
import static org.cloudsdk.compute.NovaFixtures.UBUNTU_ID;
import static org.cloudsdk.compute.NovaStub.path;
import static org.cloudsdk.compute.ServerRequestsTest.at;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Flavors (the chapter's table) and images as compute sees them: the exact requests, the parsing,
 * the finds, and the image API's calls sent at 2.35 at most, the last version that has them.
 */
class FlavorAndImageRequestsTest {

    private final NovaStub nova = new NovaStub().microversions("2.93");

    @AfterEach
    void close() {
        nova.close();
    }

    private void flavors() {
        nova.server.stubFor(get(urlEqualTo(path("/flavors/detail"))).willReturn(okJson(NovaFixtures.FLAVORS)));
    }

    private void images() {
        nova.server.stubFor(get(urlEqualTo(path("/images/detail"))).willReturn(okJson(NovaFixtures.IMAGES)));
    }

    // ------------------------------------------------------------------ flavors

    @Test
    void listFlavorsReadsTheChaptersTable() {
        flavors();

        List<Flavor> flavors = nova.compute().listFlavors();

        assertThat(flavors).extracting(Flavor::name, Flavor::id, Flavor::ram, Flavor::disk, Flavor::vcpus).containsExactly(
                tuple("1 GB Performance", "performance1-1", 1024, 20, 1),
                tuple("2 GB Performance", "performance1-2", 2048, 40, 2),
                tuple("4 GB Performance", "performance1-4", 4096, 40, 4),
                tuple("8 GB Performance", "performance1-8", 8192, 40, 8),
                tuple("120 GB Performance", "performance2-120", 122880, 40, 32),
                tuple("15 GB Performance", "performance2-15", 15360, 40, 4),
                tuple("30 GB Performance", "performance2-30", 30720, 40, 8),
                tuple("60 GB Performance", "performance2-60", 61440, 40, 16),
                tuple("90 GB Performance", "performance2-90", 92160, 40, 24));
        Flavor first = flavors.get(0);
        assertThat(first.swap()).as("Nova before 2.75 says \"\" for no swap").isEmpty();
        assertThat(first.ephemeral()).contains(0);
        assertThat(first.isPublic()).contains(true);
        assertThat(first.rxtxFactor()).contains(1.0);
        assertThat(first.description()).isEmpty();
        assertThat(first.attribute("OS-FLV-DISABLED:disabled")).contains(false);
        assertThat(first.json().path("extra_specs").path("class").asString()).isEqualTo("performance1");
        assertThat(first).hasToString("Flavor[id=performance1-1, name=1 GB Performance, ram=1024, disk=20, vcpus=1]");
        nova.server.verify(1, at(getRequestedFor(urlEqualTo(path("/flavors/detail"))), "2.90"));
    }

    @Test
    void aSwapIsReadAsANumberWhateverFormNovaGivesIt() {
        nova.server.stubFor(get(urlEqualTo(path("/flavors/detail"))).willReturn(okJson("""
                {"flavors": [
                  {"id": "1", "name": "zero", "ram": 512, "disk": 1, "vcpus": 1, "swap": 0},
                  {"id": "2", "name": "number", "ram": 512, "disk": 1, "vcpus": 1, "swap": 1024},
                  {"id": "3", "name": "text", "ram": 512, "disk": 1, "vcpus": 1, "swap": "512"},
                  {"id": "4", "name": "absent", "ram": 512, "disk": 1, "vcpus": 1, "description": "no swap"}
                ]}""")));

        List<Flavor> flavors = nova.compute().listFlavors();

        assertThat(flavors).extracting(Flavor::swap).containsExactly(java.util.Optional.empty(),
                java.util.Optional.of(1024), java.util.Optional.of(512), java.util.Optional.empty());
        assertThat(flavors.get(3).description()).contains("no swap");
    }

    @Test
    void getFlavorReadsOneFlavorAndReloadGivesAFreshOneEqualById() {
        nova.server.stubFor(get(urlEqualTo(path("/flavors/performance1-2"))).willReturn(okJson(
                "{\"flavor\": " + NovaFixtures.flavor("performance1-2", "2 GB Performance", 2048, 40, 2) + "}")));

        Flavor flavor = nova.compute().getFlavor("performance1-2");
        Flavor again = flavor.reload();

        assertThat(flavor.ram()).isEqualTo(2048);
        assertThat(again).isEqualTo(flavor).isNotSameAs(flavor);
        nova.server.verify(2, at(getRequestedFor(urlEqualTo(path("/flavors/performance1-2"))), "2.90"));
    }

    @Test
    void anUnknownFlavorIsNotFound() {
        nova.server.stubFor(get(urlEqualTo(path("/flavors/nope"))).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> nova.compute().getFlavor("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findFlavorByRamIsTheChaptersFirstFlavorWithThatRam() {
        flavors();
        Compute compute = nova.compute();

        assertThat(compute.findFlavorByRam(1024)).map(Flavor::id).contains("performance1-1");
        assertThat(compute.findFlavorByRam(15360)).map(Flavor::name).contains("15 GB Performance");
        assertThat(compute.findFlavorByRam(1000)).isEmpty();
    }

    @Test
    void findFlavorMatchesTheExactNameAndRefusesTwins() {
        flavors();
        Compute compute = nova.compute();

        assertThat(compute.findFlavor("2 GB Performance")).map(Flavor::id).contains("performance1-2");
        assertThat(compute.findFlavor("2 GB")).isEmpty();

        nova.server.stubFor(get(urlEqualTo(path("/flavors/detail"))).willReturn(okJson("{\"flavors\": [%s, %s]}"
                .formatted(NovaFixtures.flavor("a", "twin", 512, 1, 1), NovaFixtures.flavor("b", "twin", 1024, 1, 1)))));
        assertThatThrownBy(() -> compute.findFlavor("twin")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessage("compute: 2 flavors are named 'twin'; use an id");
    }

    // ------------------------------------------------------------------ images

    @Test
    void listImagesIsSentAt235AndReadsBaseImagesAndSnapshots() {
        images();

        List<ComputeImage> images = nova.compute().listImages();

        assertThat(images).extracting(ComputeImage::id).containsExactly(UBUNTU_ID, SNAPSHOT_ID);
        ComputeImage ubuntu = images.get(0);
        assertThat(ubuntu.name()).isEqualTo("Ubuntu 14.04 LTS (Trusty Tahr)");
        assertThat(ubuntu.status()).isEqualTo("ACTIVE");
        assertThat(ubuntu.progress()).contains(100);
        assertThat(ubuntu.minDisk()).contains(20);
        assertThat(ubuntu.minRam()).contains(512);
        assertThat(ubuntu.size()).contains(402653184L);
        assertThat(ubuntu.created()).isEqualTo(Instant.parse("2014-04-17T18:30:48Z"));
        assertThat(ubuntu.updated()).isEqualTo(Instant.parse("2014-04-18T02:22:15Z"));
        assertThat(ubuntu.metadata()).containsEntry("os_distro", "ubuntu").containsEntry("image_type", "base");
        assertThat(ubuntu.isSnapshot()).isFalse();
        assertThat(ubuntu.serverId()).isEmpty();
        assertThat(ubuntu.attribute("OS-DCF:diskConfig")).contains("AUTO");
        ComputeImage snapshot = images.get(1);
        assertThat(snapshot.isSnapshot()).isTrue();
        assertThat(snapshot.serverId()).contains(SERVER_ID);
        assertThat(snapshot.status()).isEqualTo("SAVING");
        assertThat(snapshot.progress()).contains(25);
        assertThat(snapshot.size()).isEmpty();
        assertThat(snapshot).hasToString("ComputeImage[id=" + SNAPSHOT_ID + ", name=my_image_name, status=SAVING]");
        nova.server.verify(1, at(getRequestedFor(urlEqualTo(path("/images/detail"))), "2.35"));
    }

    @Test
    void baseImagesAndSnapshotsAreSplitByTheImageTypeMetadata() {
        nova.server.stubFor(get(urlEqualTo(path("/images/detail"))).willReturn(okJson("""
                {"images": [
                  {"id": "i-1", "name": "no metadata", "status": "ACTIVE"},
                  {"id": "i-2", "name": "snap", "status": "ACTIVE", "metadata": {"image_type": "snapshot"}},
                  {"id": "i-3", "name": "other type", "status": "ACTIVE", "metadata": {"image_type": "backup"}},
                  {"id": "i-4", "name": "snap 2", "status": "ACTIVE", "metadata": {"image_type": "snapshot"}}
                ]}""")));
        Compute compute = nova.compute();

        assertThat(compute.listBaseImages()).extracting(ComputeImage::id).containsExactly("i-1", "i-3");
        assertThat(compute.listSnapshots()).extracting(ComputeImage::id).containsExactly("i-2", "i-4");
        nova.server.verify(2, at(getRequestedFor(urlEqualTo(path("/images/detail"))), "2.35"));
    }

    @Test
    void getImageAndItsReloadAreSentAt235() {
        nova.server.stubFor(get(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson("""
                {"image": {"id": "%s", "name": "Ubuntu 14.04 LTS (Trusty Tahr)", "status": "ACTIVE",
                           "metadata": {"os_distro": "ubuntu"}}}""".formatted(UBUNTU_ID))));

        ComputeImage image = nova.compute().getImage(UBUNTU_ID);
        ComputeImage again = image.reload();

        assertThat(image.name()).isEqualTo("Ubuntu 14.04 LTS (Trusty Tahr)");
        assertThat(again).isEqualTo(image);
        nova.server.verify(2, at(getRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID))), "2.35"));
    }

    @Test
    void findImageMatchesTheExactNameAndRefusesTwins() {
        images();
        Compute compute = nova.compute();

        assertThat(compute.findImage("Ubuntu 14.04 LTS (Trusty Tahr)")).map(ComputeImage::id).contains(UBUNTU_ID);
        assertThat(compute.findImage("Ubuntu 14.04")).isEmpty();

        nova.server.stubFor(get(urlEqualTo(path("/images/detail"))).willReturn(okJson("""
                {"images": [{"id": "a", "name": "twin", "status": "ACTIVE"}, {"id": "b", "name": "twin", "status": "ACTIVE"}]}""")));
        assertThatThrownBy(() -> compute.findImage("twin")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessage("compute: 2 images are named 'twin'; use an id");
    }

    @Test
    void deleteImageIsSentAt235AndTheHandleDeletesItself() {
        nova.server.stubFor(delete(urlEqualTo(path("/images/" + SNAPSHOT_ID))).willReturn(aResponse().withStatus(204)));
        images();
        Compute compute = nova.compute();

        compute.deleteImage(SNAPSHOT_ID);
        compute.listSnapshots().get(0).delete();

        nova.server.verify(2, at(deleteRequestedFor(urlEqualTo(path("/images/" + SNAPSHOT_ID))), "2.35"));
    }

    @Test
    void imageCallsOfAClientPinnedBelow235KeepItsVersion() {
        images();
        nova.server.stubFor(get(urlEqualTo(path("/images/" + UBUNTU_ID)))
                .willReturn(okJson("{\"image\": {\"id\": \"%s\", \"name\": \"u\", \"status\": \"ACTIVE\"}}".formatted(UBUNTU_ID))));
        nova.server.stubFor(delete(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(aResponse().withStatus(204)));
        Compute pinned = nova.compute().withMicroversion("2.10");

        pinned.listImages();
        pinned.getImage(UBUNTU_ID);
        pinned.deleteImage(UBUNTU_ID);

        nova.server.verify(1, at(getRequestedFor(urlEqualTo(path("/images/detail"))), "2.10"));
        nova.server.verify(1, at(getRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID))), "2.10"));
        nova.server.verify(1, at(deleteRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID))), "2.10"));
    }

    @Test
    void anImageWithoutMetadataIsABaseImageWithNoneAndUnknownImagesAreNotFound() {
        nova.server.stubFor(get(urlEqualTo(path("/images/bare")))
                .willReturn(okJson("{\"image\": {\"id\": \"bare\", \"name\": \"bare\", \"status\": \"ACTIVE\"}}")));
        nova.server.stubFor(get(urlEqualTo(path("/images/nope"))).willReturn(aResponse().withStatus(404)));
        Compute compute = nova.compute();

        ComputeImage bare = compute.getImage("bare");

        assertThat(bare.metadata()).isEqualTo(Map.of());
        assertThat(bare.isSnapshot()).isFalse();
        assertThatThrownBy(() -> compute.getImage("nope")).isInstanceOf(NotFoundException.class);
    }
}
