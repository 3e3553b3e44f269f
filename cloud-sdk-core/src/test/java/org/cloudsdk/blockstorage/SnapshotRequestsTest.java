package org.cloudsdk.blockstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.blockstorage.CinderFixtures.CINDER;
import static org.cloudsdk.blockstorage.CinderFixtures.NOVA;
import static org.cloudsdk.blockstorage.CinderFixtures.SERVER_ID;
import static org.cloudsdk.blockstorage.CinderFixtures.SNAPSHOT_ID;
import static org.cloudsdk.blockstorage.CinderFixtures.VOLUME_ID;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.SnapshotNotAvailableException;
import org.cloudsdk.errors.VolumeNotAvailableException;
import org.cloudsdk.wait.WaitOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Snapshots on stock Cinder v3: their exact requests, the status rules of their deletion, one
 * snapshot of a volume deleted at a time, and the forced delete of a volume that waits for each
 * step.
 */
class SnapshotRequestsTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final WaitOptions QUICK = WaitOptions.builder().interval(Duration.ofMillis(10))
            .deadline(Duration.ofSeconds(10)).build();

    private CloudContext ctx;
    private BlockStorage cbs;

    @BeforeEach
    void connect() {
        ctx = CinderFixtures.cinder(cloud, "3.70");
        cbs = ctx.service(BlockStorage.SERVICE, "RegionOne");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void createsASnapshotAskingForForceOnlyWhenForced() {
        cloud.stubFor(post(urlEqualTo(CINDER + "/snapshots")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"snapshot\": " + CinderFixtures.snapshot("creating") + "}")));

        Snapshot snap = cbs.createSnapshot(VOLUME_ID, SnapshotCreateOptions.builder().name("Daily Snapshot").build());
        cbs.createSnapshot(VOLUME_ID, SnapshotCreateOptions.builder().description("hot").force(true).build());

        cloud.verify(postRequestedFor(urlEqualTo(CINDER + "/snapshots"))
                .withHeader("OpenStack-API-Version", equalTo("volume 3.70"))
                .withRequestBody(equalToJson("{\"snapshot\": {\"volume_id\": \"" + VOLUME_ID + "\","
                        + " \"name\": \"Daily Snapshot\", \"description\": \"\"}}")));
        cloud.verify(postRequestedFor(urlEqualTo(CINDER + "/snapshots")).withRequestBody(equalToJson(
                "{\"snapshot\": {\"volume_id\": \"" + VOLUME_ID + "\", \"name\": \"\", \"description\": \"hot\","
                        + " \"force\": true}}")));
        assertThat(snap.id()).isEqualTo(SNAPSHOT_ID);
        assertThat(snap.name()).isEqualTo("Daily Snapshot");
        assertThat(snap.volumeId()).isEqualTo(VOLUME_ID);
        assertThat(snap.size()).isEqualTo(111);
        assertThat(snap.status()).isEqualTo("creating");
        assertThat(snap.progress()).contains("100%");
        assertThat(snap.isDeletable()).isFalse();
    }

    @Test
    void snapshottingAnAttachedVolumeWithoutForceIsVolumeNotAvailable() {
        cloud.stubFor(post(urlEqualTo(CINDER + "/snapshots")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"badRequest\": {\"code\": 400,"
                        + " \"message\": \"Invalid volume: Volume " + VOLUME_ID + " status must be available, but"
                        + " current status is: in-use.\"}}")));

        assertThatThrownBy(() -> cbs.createSnapshot(VOLUME_ID, SnapshotCreateOptions.defaults()))
                .isInstanceOf(VolumeNotAvailableException.class)
                .hasMessageContaining("snapshotting volume " + VOLUME_ID + " was refused: Invalid volume");
    }

    @Test
    void listsEverySnapshotOrThoseOfOneVolume() {
        String other = CinderFixtures.snapshot("available").replace(SNAPSHOT_ID, "s-2").replace(VOLUME_ID, "v-2");
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/detail")).willReturn(okJson("{\"snapshots\": ["
                + CinderFixtures.snapshot("available") + ", " + other + "]}")));
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID)).willReturn(okJson(
                "{\"snapshots\": [" + CinderFixtures.snapshot("available") + "]}")));

        assertThat(cbs.listSnapshots()).extracting(Snapshot::id).containsExactly(SNAPSHOT_ID, "s-2");
        assertThat(cbs.listSnapshots(VOLUME_ID)).extracting(Snapshot::id).containsExactly(SNAPSHOT_ID);
    }

    @Test
    void aSnapshotHandleRefusesToDeleteUnlessAvailableOrErrorBeforeAnyRequest() {
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/" + SNAPSHOT_ID)).willReturn(okJson(
                "{\"snapshot\": " + CinderFixtures.snapshot("creating") + "}")));
        Snapshot creating = cbs.getSnapshot(SNAPSHOT_ID);

        assertThatThrownBy(creating::delete).isInstanceOf(SnapshotNotAvailableException.class)
                .hasMessageContaining("must be 'available' or 'error' to be deleted; its status is 'creating'");
        assertThat(CinderFixtures.log(cloud)).containsExactly("GET " + CINDER + "/snapshots/" + SNAPSHOT_ID);
    }

    @Test
    void aDeleteRefusedByCinderIsSnapshotNotAvailable() {
        cloud.stubFor(delete(urlEqualTo(CINDER + "/snapshots/" + SNAPSHOT_ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"badRequest\": {\"code\": 400, \"message\":"
                        + " \"Invalid snapshot: Volume Snapshot status must be available or error\"}}")));

        assertThatThrownBy(() -> cbs.deleteSnapshot(SNAPSHOT_ID)).isInstanceOf(SnapshotNotAvailableException.class)
                .hasMessageContaining("deleting snapshot " + SNAPSHOT_ID + " was refused: Invalid snapshot");
    }

    @Test
    void deletesAllSnapshotsOfAVolumeOneAtATimeEachWaitedForUntilGone() {
        String second = CinderFixtures.snapshot("creating").replace(SNAPSHOT_ID, "s-2");
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID)).willReturn(okJson(
                "{\"snapshots\": [" + CinderFixtures.snapshot("available") + ", " + second + "]}")));
        stubDeletion(SNAPSHOT_ID, CinderFixtures.snapshot("deleting"));
        // the second is still being created: it is waited for before its deletion
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/s-2")).inScenario("s-2").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"snapshot\": " + CinderFixtures.snapshot("available").replace(SNAPSHOT_ID, "s-2") + "}")));
        cloud.stubFor(delete(urlEqualTo(CINDER + "/snapshots/s-2")).inScenario("s-2").willReturn(aResponse().withStatus(202))
                .willSetStateTo("deleted"));
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/s-2")).inScenario("s-2").whenScenarioStateIs("deleted")
                .willReturn(notFound()));

        List<Snapshot> deleted = cbs.deleteAllSnapshots(VOLUME_ID, QUICK);

        assertThat(deleted).extracting(Snapshot::id).containsExactly(SNAPSHOT_ID, "s-2");
        assertThat(CinderFixtures.log(cloud)).containsExactly(
                "GET " + CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID,
                "DELETE " + CINDER + "/snapshots/" + SNAPSHOT_ID,
                "GET " + CINDER + "/snapshots/" + SNAPSHOT_ID,
                "GET " + CINDER + "/snapshots/" + SNAPSHOT_ID,
                "GET " + CINDER + "/snapshots/s-2",
                "DELETE " + CINDER + "/snapshots/s-2",
                "GET " + CINDER + "/snapshots/s-2");
    }

    @Test
    void aSnapshotAlreadyBeingDeletedIsOnlyWaitedFor() {
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID)).willReturn(okJson(
                "{\"snapshots\": [" + CinderFixtures.snapshot("deleting") + "]}")));
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/" + SNAPSHOT_ID)).willReturn(notFound()));

        assertThat(cbs.deleteAllSnapshots(VOLUME_ID, QUICK)).extracting(Snapshot::id).containsExactly(SNAPSHOT_ID);

        assertThat(CinderFixtures.log(cloud)).containsExactly(
                "GET " + CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID,
                "GET " + CINDER + "/snapshots/" + SNAPSHOT_ID);
    }

    @Test
    void aForcedDeleteDetachesWaitsDeletesTheSnapshotsThenTheVolume() {
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).inScenario("vol").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(CinderFixtures.attachedVolume())).willSetStateTo("detaching"));
        cloud.stubFor(delete(urlEqualTo(NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments/" + VOLUME_ID))
                .willReturn(aResponse().withStatus(202)));
        cloud.stubFor(get(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).inScenario("vol").whenScenarioStateIs("detaching")
                .willReturn(okJson(CinderFixtures.availableVolume())));
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID)).willReturn(okJson(
                "{\"snapshots\": [" + CinderFixtures.snapshot("available") + "]}")));
        stubDeletion(SNAPSHOT_ID, CinderFixtures.snapshot("deleting"));
        cloud.stubFor(delete(urlEqualTo(CINDER + "/volumes/" + VOLUME_ID)).willReturn(aResponse().withStatus(202)));

        cbs.deleteVolume(VOLUME_ID, VolumeDeleteOptions.forced().toBuilder().stepWait(QUICK).build());

        assertThat(CinderFixtures.log(cloud)).containsExactly(
                "GET " + CINDER + "/volumes/" + VOLUME_ID,
                "DELETE " + NOVA + "/servers/" + SERVER_ID + "/os-volume_attachments/" + VOLUME_ID,
                "GET " + CINDER + "/volumes/" + VOLUME_ID,
                "GET " + CINDER + "/snapshots/detail?volume_id=" + VOLUME_ID,
                "DELETE " + CINDER + "/snapshots/" + SNAPSHOT_ID,
                "GET " + CINDER + "/snapshots/" + SNAPSHOT_ID,
                "GET " + CINDER + "/snapshots/" + SNAPSHOT_ID,
                "DELETE " + CINDER + "/volumes/" + VOLUME_ID);
    }

    /** The snapshot answers its delete with 202, then one GET "deleting", then 404. */
    private static void stubDeletion(String id, String deleting) {
        cloud.stubFor(delete(urlEqualTo(CINDER + "/snapshots/" + id)).inScenario(id).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(202)).willSetStateTo("deleting"));
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/" + id)).inScenario(id).whenScenarioStateIs("deleting")
                .willReturn(okJson("{\"snapshot\": " + deleting + "}")).willSetStateTo("gone"));
        cloud.stubFor(get(urlEqualTo(CINDER + "/snapshots/" + id)).inScenario(id).whenScenarioStateIs("gone")
                .willReturn(notFound()));
    }
}
