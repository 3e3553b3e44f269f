package org.cloudsdk.database;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.database.TroveFixtures.HOSTNAME;
import static org.cloudsdk.database.TroveFixtures.INSTANCE_ID;
import static org.cloudsdk.database.TroveFixtures.OTHER_ID;
import static org.cloudsdk.database.TroveStub.path;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Instances and flavors: the exact requests of the chapter's calls, the parsed answers, the limits. */
class InstanceRequestsTest {

    private static final String INSTANCE = path("/instances/" + INSTANCE_ID);
    private static final String ACTION = INSTANCE + "/action";

    private final TroveStub trove = new TroveStub();

    @AfterEach
    void close() {
        trove.close();
    }

    private void flavors() {
        trove.server.stubFor(get(urlEqualTo(path("/flavors"))).willReturn(okJson(TroveFixtures.FLAVORS)));
    }

    private void created() {
        trove.server.stubFor(post(urlEqualTo(path("/instances"))).willReturn(okJson(
                TroveFixtures.wrappedInstance(INSTANCE_ID, "first_instance", "BUILD", 2))));
    }

    private void instanceIs(String status, int volume) {
        trove.server.stubFor(get(urlEqualTo(INSTANCE)).willReturn(okJson(
                TroveFixtures.wrappedInstance(INSTANCE_ID, "first_instance", status, volume))));
    }

    // ------------------------------------------------------------------ flavors

    @Test
    void listFlavorsReadsTheChaptersFourFlavorsWithNumericIds() {
        flavors();

        List<DatabaseFlavor> flavors = trove.databases().listFlavors();

        assertThat(flavors).extracting(DatabaseFlavor::id, DatabaseFlavor::name, DatabaseFlavor::ram).containsExactly(
                tuple("1", "512MB Instance", 512), tuple("2", "1GB Instance", 1024),
                tuple("3", "2GB Instance", 2048), tuple("4", "4GB Instance", 4096));
        assertThat(flavors.get(0)).hasToString("DatabaseFlavor[id=1, name=512MB Instance, ram=512]");
        trove.server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo(path("/flavors")))
                .withHeader("X-Auth-Token", equalTo(TroveStub.TOKEN)));
    }

    @Test
    void getFlavorAndReloadReadOneFlavor() {
        trove.server.stubFor(get(urlEqualTo(path("/flavors/3"))).willReturn(okJson(
                "{\"flavor\": " + TroveFixtures.flavor(3, "2GB Instance", 2048) + "}")));

        DatabaseFlavor flavor = trove.databases().getFlavor("3");

        assertThat(flavor.reload()).isEqualTo(flavor).isNotSameAs(flavor);
        assertThat(flavor.ram()).isEqualTo(2048);
        assertThat(trove.log()).containsExactly("GET " + path("/flavors/3"), "GET " + path("/flavors/3"));
    }

    // ------------------------------------------------------------------ list and get

    @Test
    void listFollowsTheNextMarkerOfTheLinks() {
        trove.server.stubFor(get(urlEqualTo(path("/instances?limit=1"))).willReturn(okJson("""
                {"instances": [%s], "links": [{"rel": "next",
                  "href": "https://ord.databases.api.rackspacecloud.com/v1.0/000000/instances?limit=1&marker=%s"}]}"""
                .formatted(TroveFixtures.instance(INSTANCE_ID, "first_instance", "ACTIVE", 2), INSTANCE_ID))));
        trove.server.stubFor(get(urlEqualTo(path("/instances?limit=1&marker=" + INSTANCE_ID))).willReturn(okJson(
                "{\"instances\": [%s], \"links\": []}".formatted(TroveFixtures.instance(OTHER_ID, "second", "BUILD", 1)))));

        List<DatabaseInstance> instances = trove.databases().instances(1).stream().toList();

        assertThat(instances).extracting(DatabaseInstance::id, DatabaseInstance::name, DatabaseInstance::status)
                .containsExactly(tuple(INSTANCE_ID, "first_instance", "ACTIVE"), tuple(OTHER_ID, "second", "BUILD"));
    }

    @Test
    void listWithoutAPageSizeIsOneRequestWhenNoNextLinkIsGiven() {
        trove.server.stubFor(get(urlEqualTo(path("/instances"))).willReturn(okJson("{\"instances\": []}")));

        assertThat(trove.databases().list()).isEmpty();
        assertThat(trove.log()).containsExactly("GET " + path("/instances"));
    }

    @Test
    void getReadsTheChaptersInstance() {
        instanceIs("ACTIVE", 2);

        DatabaseInstance instance = trove.databases().get(INSTANCE_ID);

        assertThat(instance.hostname()).contains(HOSTNAME);
        assertThat(instance.flavorId()).contains("1");
        assertThat(instance.volumeSize()).contains(2);
        assertThat(instance.volumeUsed()).isEmpty();
        assertThat(instance.created()).isEqualTo(Instant.parse("2013-05-08T22:43:34Z"));
        assertThat(instance.attribute("links")).isPresent();
        assertThat(instance).hasToString("DatabaseInstance[id=" + INSTANCE_ID + ", name=first_instance, status=ACTIVE]");
    }

    @Test
    void anUnknownInstanceIsNotFound() {
        trove.server.stubFor(get(urlEqualTo(path("/instances/nope"))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"itemNotFound\": {\"message\": \"The resource could not be found.\", \"code\": 404}}")));

        assertThatThrownBy(() -> trove.databases().get("nope")).isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------ create

    @Test
    void createByIdSendsTheFlavorAndVolumeWithoutLookingTheFlavorUp() {
        created();

        DatabaseInstance instance = trove.databases().create("first_instance", FlavorRef.id("1"), 2);

        assertThat(instance.status()).isEqualTo("BUILD");
        assertThat(instance.hostname()).contains(HOSTNAME);
        trove.server.verify(postRequestedFor(urlEqualTo(path("/instances"))).withRequestBody(equalToJson("""
                {"instance": {"flavorRef": "1", "name": "first_instance", "volume": {"size": 2}}}""")));
        assertThat(trove.log()).containsExactly("POST " + path("/instances"));
    }

    @Test
    void createByNameOrRamLooksTheFlavorUpAndSendsItsId() {
        flavors();
        created();
        Databases cdb = trove.databases();

        cdb.create("by_name", FlavorRef.name("2GB Instance"), 2);
        cdb.create("by_ram", FlavorRef.ram(4096), 2);

        trove.server.verify(postRequestedFor(urlEqualTo(path("/instances"))).withRequestBody(equalToJson("""
                {"instance": {"flavorRef": "3", "name": "by_name", "volume": {"size": 2}}}""")));
        trove.server.verify(postRequestedFor(urlEqualTo(path("/instances"))).withRequestBody(equalToJson("""
                {"instance": {"flavorRef": "4", "name": "by_ram", "volume": {"size": 2}}}""")));
    }

    @Test
    void createWithAHandleSendsItsId() {
        flavors();
        created();
        Databases cdb = trove.databases();
        DatabaseFlavor smallest = cdb.listFlavors().get(0);

        cdb.create("first_instance", smallest.ref(), 2);

        trove.server.verify(postRequestedFor(urlEqualTo(path("/instances"))).withRequestBody(equalToJson("""
                {"instance": {"flavorRef": "1", "name": "first_instance", "volume": {"size": 2}}}""")));
    }

    @Test
    void createSendsDatabasesWithTheirDefaultsAndUsersWithHostAnyInTheSameCall() {
        created();

        trove.databases().create("first_instance", FlavorRef.id("1"), 2, InstanceCreateOptions.builder()
                .database(NewDatabase.of("db_name"))
                .database(NewDatabase.builder("latin").characterSet("latin1").collate("latin1_swedish_ci").build())
                .user(NewUser.of("groucho", "top secret", List.of("db_name")))
                .user(NewUser.builder("harpo", "honk").host("10.0.0.1").build())
                .build());

        trove.server.verify(postRequestedFor(urlEqualTo(path("/instances"))).withRequestBody(equalToJson("""
                {"instance": {"flavorRef": "1", "name": "first_instance", "volume": {"size": 2},
                  "databases": [
                    {"name": "db_name", "character_set": "utf8", "collate": "utf8_general_ci"},
                    {"name": "latin", "character_set": "latin1", "collate": "latin1_swedish_ci"}],
                  "users": [
                    {"name": "groucho", "password": "top secret", "host": "%", "databases": [{"name": "db_name"}]},
                    {"name": "harpo", "password": "honk", "host": "10.0.0.1", "databases": []}]}}""")));
    }

    @Test
    void aVolumeOutside1To50IsRefusedBeforeAnyRequest() {
        Databases cdb = trove.databases();

        assertThatThrownBy(() -> cdb.create("x", FlavorRef.name("2GB Instance"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("volume must be a whole number of GB from 1 to 50, was 0");
        assertThatThrownBy(() -> cdb.create("x", FlavorRef.id("1"), 51))
                .hasMessage("volume must be a whole number of GB from 1 to 50, was 51");
        assertThatThrownBy(() -> cdb.restoreBackup("b", "x", FlavorRef.ram(512), 51))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlavorRef.ram(0)).hasMessage("ram must be 1 MB or more, was 0");
        assertThatThrownBy(() -> cdb.create(" ", FlavorRef.id("1"), 2)).hasMessage("name must not be blank");
        assertThat(trove.log()).isEmpty();
    }

    @Test
    void aFlavorNoneMatchesIsNotFoundAndNothingIsCreated() {
        flavors();

        assertThatThrownBy(() -> trove.databases().create("x", FlavorRef.ram(3000), 2))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("database: no flavor with 3000 MB of RAM among the flavors of this region");
        assertThat(trove.log()).containsExactly("GET " + path("/flavors"));
    }

    // ------------------------------------------------------------------ actions

    @Test
    void resizeByNameRamOrIdSendsTheFlavorsId() {
        flavors();
        instanceIs("ACTIVE", 2);
        trove.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)));
        DatabaseInstance instance = trove.databases().get(INSTANCE_ID);

        instance.resize(FlavorRef.name("2GB Instance"));
        instance.resize(FlavorRef.ram(2048));
        instance.resize(FlavorRef.id("3"));

        trove.server.verify(3, postRequestedFor(urlEqualTo(ACTION))
                .withRequestBody(equalToJson("{\"resize\": {\"flavorRef\": \"3\"}}")));
    }

    @Test
    void resizeVolumeSendsTheNewSize() {
        instanceIs("ACTIVE", 2);
        trove.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)));

        trove.databases().get(INSTANCE_ID).resizeVolume(8);

        trove.server.verify(postRequestedFor(urlEqualTo(ACTION))
                .withRequestBody(equalToJson("{\"resize\": {\"volume\": {\"size\": 8}}}")));
    }

    @Test
    void aSmallerOrEqualVolumeIsInvalidVolumeResizeBeforeAnyResizeRequest() {
        instanceIs("ACTIVE", 8);
        DatabaseInstance instance = trove.databases().get(INSTANCE_ID);

        assertThatThrownBy(() -> instance.resizeVolume(4)).isInstanceOf(InvalidVolumeResizeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size: the new volume size must be larger than the current 8 GB (a volume cannot shrink), was 4")
                .satisfies(e -> assertThat(((InvalidVolumeResizeException) e).currentSize()).isEqualTo(8));
        assertThatThrownBy(() -> instance.resizeVolume(8)).isInstanceOf(InvalidVolumeResizeException.class);
        assertThatThrownBy(() -> instance.resizeVolume(51)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be a whole number of GB from 1 to 50, was 51");
        assertThatThrownBy(() -> trove.databases().resizeVolume(INSTANCE_ID, 2))
                .isInstanceOf(InvalidVolumeResizeException.class);

        assertThat(trove.log()).containsExactly("GET " + INSTANCE, "GET " + INSTANCE);
    }

    @Test
    void restartAndDelete() {
        instanceIs("ACTIVE", 2);
        trove.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)));
        trove.server.stubFor(delete(urlEqualTo(INSTANCE)).willReturn(aResponse().withStatus(202)));
        DatabaseInstance instance = trove.databases().get(INSTANCE_ID);

        instance.restart();
        instance.delete();

        trove.server.verify(postRequestedFor(urlEqualTo(ACTION)).withRequestBody(equalToJson("{\"restart\": {}}")));
        trove.server.verify(deleteRequestedFor(urlEqualTo(INSTANCE)));
    }

    // ------------------------------------------------------------------ waiting

    @Test
    void theWaiterPollsTheInstanceUntilItIsActive() {
        created();
        trove.server.stubFor(get(urlEqualTo(INSTANCE)).inScenario("build").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(TroveFixtures.wrappedInstance(INSTANCE_ID, "first_instance", "BUILD", 2)))
                .willSetStateTo("built"));
        trove.server.stubFor(get(urlEqualTo(INSTANCE)).inScenario("build").whenScenarioStateIs("built")
                .willReturn(okJson(TroveFixtures.wrappedInstance(INSTANCE_ID, "first_instance", "ACTIVE", 2))));
        WaitOptions fast = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(10))
                .deadline(Duration.ofSeconds(10)).build();

        try (Waiter waiter = Waiter.builder().build()) {
            DatabaseInstance instance = trove.databases().create("first_instance", FlavorRef.id("1"), 2);
            DatabaseInstance active = waiter.waitForBuild(instance, fast);

            assertThat(active.status()).isEqualTo("ACTIVE");
            assertThat(active).isEqualTo(instance);
        }
    }

    @Test
    void theWaiterFailsOnAFailedBuild() {
        instanceIs("ERROR", 2);
        WaitOptions fast = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(10))
                .deadline(Duration.ofSeconds(10)).build();

        try (Waiter waiter = Waiter.builder().build()) {
            DatabaseInstance instance = trove.databases().get(INSTANCE_ID);
            assertThatThrownBy(() -> waiter.waitForBuild(instance, fast)).isInstanceOf(ResourceFailedException.class);
        }
    }
}
