package org.cloudsdk.blockstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.blockstorage.CinderFixtures.CINDER;
import static org.cloudsdk.blockstorage.CinderFixtures.NOVA;
import static org.cloudsdk.blockstorage.CinderFixtures.SERVER_ID;
import static org.cloudsdk.blockstorage.CinderFixtures.VOLUME_ID;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.VolumeNotAvailableException;
import org.cloudsdk.http.Microversion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The exact requests of volume operations on stock Cinder v3 (through {@code ctx.service}, a
 * keystone catalog listing {@code volumev3}), and the parsing of its documents.
 */
class VolumeRequestsTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String VERSION = "volume 3.70";

    private CloudContext ctx;
    private BlockStorage cbs;

    @BeforeEach
    void connect() {
        ctx = CinderFixtures.cinder(cloud, "3.71");
        cbs = ctx.service(BlockStorage.SERVICE, "RegionOne");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void speaksCinderAtTheNewestMicroversionBothSupportReadOneLevelAboveTheEndpoint() {
        assertThat(cbs.provider()).isEqualTo(BlockStorageProvider.CINDER);
        assertThat(cbs.microversion()).contains(Microversion.parse("3.70"));
        cloud.verify(1, getRequestedFor(urlEqualTo(CinderFixtures.CINDER_VERSIONS)));
        assertThat(BlockStorageVersions.versionDocumentUrl("http://h:8776/v3/p1")).isEqualTo("http://h:8776/v3/");
        assertThat(BlockStorageVersions.versionDocumentUrl("http://h:8776/v3/p1/")).isEqualTo("http://h:8776/v3/");
        assertThat(BlockStorageVersions.versionDocumentUrl("http://h:8776/v3")).isEqualTo("http://h:8776/v3/");
    }

    @Test
    void aPinnedMicroversionIsSentInsteadOfTheNegotiatedOne() {
        cloud.stubFor(get(urlEqualTo(CINDER + "/types")).willReturn(okJson(CinderFixtures.TYPES)));

        cbs.withMicroversion("3.59").listTypes();

        cloud.verify(getRequestedFor(urlEqualTo(CINDER + "/types"))
                .withHeader("OpenStack-API-Version", equalTo("volume 3.59")));
        assertThatThrownBy(() -> cbs.withMicroversion("3.99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside what this SDK supports (3.0-3.70)");
    }

    @Test
    void listsTheVolumeTypes() {
        cloud.stubFor(get(urlEqualTo(CINDER + "/types")).willReturn(okJson(CinderFixtures.TYPES)));

        List<VolumeType> types = cbs.listTypes();

        assertThat(types).extracting(VolumeType::name).containsExactly("SSD", "SATA");
        assertThat(types.get(1).extraSpecs()).containsEntry("volume_backend_name", "fake");
        assertThat(types.get(0).isPublic()).isTrue();
        cloud.verify(getRequestedFor(urlEqualTo(CINDER + "/types")).withHeader("OpenStack-API-Version", equalTo(VERSION)));
    }

    @Test
    void createsAVolumeWithTheChaptersParametersUnderCindersNames() {
        cloud.stubFor(post(urlEqualTo(CINDER + "/volumes")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(CinderFixtures.availableVolume())));

        Volume vol = cbs.createVolume("my_fast_volume", 500, VolumeCreateOptions.builder().volumeType("SSD")
                .description("fast").metadata(Map.of("app", "db")).build());

        cloud.verify(postRequestedFor(urlEqualTo(CINDER + "/volumes"))
                .withHeader("OpenStack-API-Version", equalTo(VERSION))
                .withRequestBody(equalToJson("{\"volume\": {\"size\": 500, \"name\": \"my_fast_volume\","
                        + " \"description\": \"fast\", \"volume_type\": \"SSD\", \"metadata\": {\"app\": \"db\"}}}")));
        assertThat(vol.id()).isEqualTo(VOLUME_ID);
        assertThat(vol.name()).isEqualTo("my_fast_volume");
        assertThat(vol.size()).isEqualTo(500);
        assertThat(vol.status()).isEqualTo(Volume.AVAILABLE);
        assertThat(vol.volumeType()).contains("SSD");
        assertThat(vol.availabilityZone()).contains("nova");
        assertThat(vol.createdAt()).isEqualTo(Instant.parse("2012-11-07T20:28:13Z"));
        assertThat(vol.bootable()).isFalse();
        assertThat(vol.snapshotId()).isEmpty();
        assertThat(vol.attachments()).isEmpty();
        assertThat(vol.attribute("user_id")).contains("u1");
    }

    @Test
    void aVolumeOfTheCloudsDefaultTypeFromASnapshotOrAClone() {
        cloud.stubFor(post(urlEqualTo(CINDER + "/volumes")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(CinderFixtures.availableVolume())));

        cbs.createVolume("", 1);
        cbs.createVolume("copy", 1, VolumeCreateOptions.builder().snapshotId("s-1").build());
        cbs.createVolume("clone", 2, VolumeCreateOptions.builder().sourceVolumeId("v-1").availabilityZone("az").build());

        cloud.verify(postRequestedFor(urlEqualTo(CINDER + "/volumes")).withRequestBody(equalToJson(
                "{\"volume\": {\"size\": 1, \"name\": \"\", \"description\": \"\"}}")));
        cloud.verify(postRequestedFor(urlEqualTo(CINDER + "/volumes")).withRequestBody(equalToJson(
                "{\"volume\": {\"size\": 1, \"name\": \"copy\", \"description\": \"\", \"snapshot_id\": \"s-1\"}}")));
        cloud.verify(postRequestedFor(urlEqualTo(CINDER + "/volumes")).withRequestBody(equalToJson(
                "{\"volume\": {\"size\": 2, \"name\": \"clone\", \"description\": \"\", \"source_volid\": \"v-1\","
                        + " \"availability_zone\": \"az\"}}")));
    }

    @Test
    void aSizeBelowOneIsRefusedBeforeAnyRequestEvenTheToken() {
        assertThatThrownBy(() -> cbs.createVolume("v", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be a positive number of GB, was 0");
        assertThatThrownBy(() -> cbs.createVolume("v", -5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cbs.createVolume("x".repeat(256), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be at most 255 characters, was 256");
        assertThat(cloud.getAllServeEvents()).isEmpty();
    }

    @Test
    void listsVolumesPageByPageFollowingCindersNextLinks() {
        String next = TestCloud.baseUrl(cloud) + CINDER + "/volumes/detail?limit=1&marker=" + VOLUME_ID;
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/detail?limit=1")).willReturn(okJson("{\"volumes\": ["
                + CinderFixtures.volume("available", "[]") + "], \"volumes_links\": [{\"rel\": \"next\", \"href\": \""
                + next + "\"}]}")));
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/detail?limit=1&marker=" + VOLUME_ID)).willReturn(okJson(
                "{\"volumes\": [" + CinderFixtures.volume("in-use", "[]").replace(VOLUME_ID, "v-2") + "]}")));

        List<Volume> volumes = cbs.listVolumes(VolumeListOptions.builder().pageSize(1).build());

        assertThat(volumes).extracting(Volume::id).containsExactly(VOLUME_ID, "v-2");
        assertThat(CinderFixtures.log(cloud)).containsExactly("GET " + CINDER + "/volumes/detail?limit=1",
                "GET " + CINDER + "/volumes/detail?limit=1&marker=" + VOLUME_ID);
    }

    @Test
    void findsAVolumeByItsExactNameAndRefusesAnAmbiguousOne() {
        String one = CinderFixtures.volume("available", "[]");
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/detail?name=my_fast_volume")).willReturn(okJson(
                "{\"volumes\": [" + one + "]}")));
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/detail?name=twice")).willReturn(okJson(
                "{\"volumes\": [" + one.replace("my_fast_volume", "twice") + ", "
                        + one.replace("my_fast_volume", "twice").replace(VOLUME_ID, "v-2") + "]}")));

        assertThat(cbs.findVolume("my_fast_volume")).hasValueSatisfying(vol -> assertThat(vol.id()).isEqualTo(VOLUME_ID));
        assertThatThrownBy(() -> cbs.findVolume("twice")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessageContaining("2 volumes are named 'twice'");
    }

    @Test
    void updatesTheNameDescriptionAndMetadataAndSendsNothingForNoChange() {
        cloud.stubFor(put(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).willReturn(okJson(CinderFixtures.availableVolume())));
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).willReturn(okJson(CinderFixtures.availableVolume())));

        Volume updated = cbs.updateVolume(VOLUME_ID, VolumeUpdateOptions.builder().name("n").description("d")
                .metadata(Map.of("k", "v")).build());
        cbs.updateVolume(VOLUME_ID, VolumeUpdateOptions.builder().build());

        assertThat(updated.id()).isEqualTo(VOLUME_ID);
        cloud.verify(1, putRequestedFor(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID))
                .withHeader("OpenStack-API-Version", equalTo(VERSION))
                .withRequestBody(equalToJson("{\"volume\": {\"name\": \"n\", \"description\": \"d\","
                        + " \"metadata\": {\"k\": \"v\"}}}")));
    }

    @Test
    void aDeleteRefusedByCinderIsVolumeNotAvailable() {
        cloud.stubFor(delete(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"badRequest\": {\"code\": 400, \"message\":"
                        + " \"Invalid volume: Volume status must be available or error or error_restoring or"
                        + " error_extending or error_managing and must not be migrating, attached, belong to a group,"
                        + " have snapshots, awaiting a transfer, or be disassociated from snapshots after volume"
                        + " transfer.\"}}")));

        assertThatThrownBy(() -> cbs.deleteVolume(VOLUME_ID)).isInstanceOf(VolumeNotAvailableException.class)
                .hasMessageContaining("deleting volume " + VOLUME_ID + " was refused: Invalid volume")
                .satisfies(e -> assertThat(((VolumeNotAvailableException) e).status()).isEqualTo(400));
        cloud.verify(1, deleteRequestedFor(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)));
    }

    @Test
    void attachesThroughNovasVolumeAttachmentsOfTheSameRegion() {
        cloud.stubFor(post(urlEqualTo(NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments")).willReturn(okJson(
                "{\"volumeAttachment\": {\"device\": \"/dev/xvdb\", \"id\": \"" + VOLUME_ID + "\", \"serverId\": \""
                        + SERVER_ID + "\", \"volumeId\": \"" + VOLUME_ID + "\"}}")));

        cbs.attachToInstance(VOLUME_ID, SERVER_ID, "/dev/xvdb");

        assertThat(CinderFixtures.apiRequests(cloud)).singleElement().satisfies(request -> {
            assertThat(request.getUrl()).isEqualTo(NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments");
            assertThat(request.getMethod().getName()).isEqualTo("POST");
            assertThat(request.containsHeader("OpenStack-API-Version")).isFalse();
        });
        cloud.verify(postRequestedFor(urlEqualTo(NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments"))
                .withRequestBody(equalToJson("{\"volumeAttachment\": {\"volumeId\": \"" + VOLUME_ID + "\","
                        + " \"device\": \"/dev/xvdb\"}}")));
        assertThatThrownBy(() -> cbs.attachToInstance(VOLUME_ID, SERVER_ID, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mountpoint must not be blank");
    }

    @Test
    void detachesFromTheServerTheVolumeShowsNowAndDoesNothingWhenNotAttached() {
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).willReturn(okJson(CinderFixtures.attachedVolume())));
        cloud.stubFor(delete(urlEqualTo(NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments/" + VOLUME_ID))
                .willReturn(aResponse().withStatus(202)));
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/v-free")).willReturn(okJson(CinderFixtures.availableVolume()
                .replace(VOLUME_ID, "v-free"))));

        Volume attached = cbs.getVolume(VOLUME_ID);
        assertThat(attached.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.serverId()).isEqualTo(SERVER_ID);
            assertThat(attachment.device()).isEqualTo("/dev/xvdb");
            assertThat(attachment.attachmentId()).isEqualTo("a7e1");
        });
        assertThat(cbs.detach(VOLUME_ID)).isTrue();
        assertThat(cbs.detach("v-free")).isFalse();

        assertThat(CinderFixtures.log(cloud)).containsExactly("GET " + CINDER + "/volumes/" + VOLUME_ID,
                "GET " + CINDER + "/volumes/" + VOLUME_ID,
                "DELETE " + NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments/" + VOLUME_ID,
                "GET " + CINDER + "/volumes/v-free");
    }
}
