package org.cloudsdk.blockstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.blockstorage.CinderFixtures.CBS;
import static org.cloudsdk.blockstorage.CinderFixtures.RAX_SERVERS;
import static org.cloudsdk.blockstorage.CinderFixtures.SERVER_ID;
import static org.cloudsdk.blockstorage.CinderFixtures.VOLUME_ID;

import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Rackspace Cloud Block Storage (identity type {@code rackspace}, catalog type {@code volume}):
 * the chapter's requests under Cinder v1's field names, pyrax's SATA default, its 100-1,024 GB
 * limits checked before any request, and no microversions.
 */
class RackspaceRequestsTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    /** The chapter's volume, as Cloud Block Storage prints it. */
    private static final String VOLUME = "{\"volume\": {\"attachments\": [], \"availability_zone\": \"nova\","
            + " \"created_at\": \"2012-11-07T20:28:13.000000\", \"display_description\": \"\","
            + " \"display_name\": \"my_fast_volume\", \"id\": \"" + VOLUME_ID + "\", \"metadata\": {}, \"size\": 500,"
            + " \"snapshot_id\": null, \"status\": \"available\", \"volume_type\": \"SSD\"}}";

    private CloudContext ctx;
    private BlockStorage cbs;

    @BeforeEach
    void connect() {
        ctx = CinderFixtures.rackspace(cloud);
        cbs = ctx.service(BlockStorage.SERVICE, "ORD");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void isRackspaceWithoutMicroversionsAndReadsNoVersionDocument() {
        cloud.stubFor(get(urlEqualTo(CBS + "/types")).willReturn(okJson("{\"volume_types\": ["
                + "{\"id\": 1, \"name\": \"SATA\", \"extra_specs\": {}}, {\"id\": 2, \"name\": \"SSD\", \"extra_specs\": {}}]}")));

        List<VolumeType> types = cbs.listTypes();

        assertThat(cbs.provider()).isEqualTo(BlockStorageProvider.RACKSPACE);
        assertThat(cbs.microversion()).isEmpty();
        assertThat(cbs.serverMicroversions()).isEmpty();
        assertThat(types).extracting(VolumeType::id).containsExactly("1", "2");
        assertThat(types).extracting(VolumeType::name).containsExactly("SATA", "SSD");
        assertThat(CinderFixtures.log(cloud)).containsExactly("GET " + CBS + "/types");
        cloud.verify(getRequestedFor(urlEqualTo(CBS + "/types")).withHeader("OpenStack-API-Version", absent()));
    }

    @Test
    void createsTheChaptersVolumeUnderCinderV1NamesWithSataByDefault() {
        cloud.stubFor(post(urlEqualTo(CBS + "/volumes")).willReturn(okJson(VOLUME)));

        Volume vol = cbs.createVolume("my_fast_volume", 500, VolumeCreateOptions.builder().volumeType("SSD").build());
        cbs.createVolume("plain", 100);

        cloud.verify(postRequestedFor(urlEqualTo(CBS + "/volumes")).withRequestBody(equalToJson(
                "{\"volume\": {\"size\": 500, \"display_name\": \"my_fast_volume\", \"display_description\": \"\","
                        + " \"volume_type\": \"SSD\"}}")));
        cloud.verify(postRequestedFor(urlEqualTo(CBS + "/volumes")).withRequestBody(equalToJson(
                "{\"volume\": {\"size\": 100, \"display_name\": \"plain\", \"display_description\": \"\","
                        + " \"volume_type\": \"SATA\"}}")));
        assertThat(vol.name()).isEqualTo("my_fast_volume");
        assertThat(vol.description()).isEmpty();
        assertThat(vol.size()).isEqualTo(500);
        assertThat(vol.volumeType()).contains("SSD");
    }

    @Test
    void sizesOutsideOneHundredToOneThousandTwentyFourAreRefusedBeforeAnyBlockStorageRequest() {
        assertThatThrownBy(() -> cbs.createVolume("small", 99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be 100 to 1024 GB for a SATA volume of Rackspace Cloud Block Storage, was 99");
        assertThatThrownBy(() -> cbs.createVolume("big", 1025, VolumeCreateOptions.builder().volumeType("ssd").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be 100 to 1024 GB for a SSD volume of Rackspace Cloud Block Storage, was 1025");
        // the provider is in the catalog: the token was needed, nothing else
        assertThat(CinderFixtures.log(cloud)).isEmpty();
    }

    @Test
    void aProviderGivenByTheCallerIsCheckedWithoutAnyRequest() {
        BlockStorage rackspace = cbs.withProvider(BlockStorageProvider.RACKSPACE);

        assertThatThrownBy(() -> rackspace.createVolume("small", 50)).isInstanceOf(IllegalArgumentException.class);
        assertThat(cloud.getAllServeEvents()).isEmpty();
    }

    @Test
    void renamesAndSnapshotsUnderDisplayNamesWithForceAsText() {
        cloud.stubFor(put(urlEqualTo(CBS + "/volumes/" + VOLUME_ID)).willReturn(okJson(VOLUME)));
        cloud.stubFor(post(urlEqualTo(CBS + "/snapshots")).willReturn(okJson("{\"snapshot\": {\"id\": \"s-1\","
                + " \"display_name\": \"My Snapshot\", \"display_description\": null, \"volume_id\": \"" + VOLUME_ID
                + "\", \"size\": 500, \"status\": \"creating\", \"created_at\": \"2012-11-09T17:17:19.000000\"}}")));

        cbs.updateVolume(VOLUME_ID, VolumeUpdateOptions.builder().name("renamed").description("d").build());
        Snapshot snap = cbs.createSnapshot(VOLUME_ID, SnapshotCreateOptions.builder().name("My Snapshot").build());

        cloud.verify(putRequestedFor(urlEqualTo(CBS + "/volumes/" + VOLUME_ID)).withRequestBody(equalToJson(
                "{\"volume\": {\"display_name\": \"renamed\", \"display_description\": \"d\"}}")));
        cloud.verify(postRequestedFor(urlEqualTo(CBS + "/snapshots")).withRequestBody(equalToJson(
                "{\"snapshot\": {\"volume_id\": \"" + VOLUME_ID + "\", \"display_name\": \"My Snapshot\","
                        + " \"display_description\": \"\", \"force\": \"false\"}}")));
        assertThat(snap.name()).isEqualTo("My Snapshot");
        assertThat(snap.volumeId()).isEqualTo(VOLUME_ID);
    }

    @Test
    void attachesThroughRackspacesCloudServersEndpoint() {
        cloud.stubFor(post(urlEqualTo(RAX_SERVERS + "/servers/" + SERVER_ID + "/os-volume_attachments"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"volumeAttachment\": {\"device\": \"/dev/xvdb\"}}")));

        cbs.attachToInstance(VOLUME_ID, SERVER_ID, "/dev/xvdb");

        cloud.verify(postRequestedFor(urlEqualTo(RAX_SERVERS + "/servers/" + SERVER_ID + "/os-volume_attachments"))
                .withRequestBody(equalToJson("{\"volumeAttachment\": {\"volumeId\": \"" + VOLUME_ID + "\","
                        + " \"device\": \"/dev/xvdb\"}}")));
    }
}
