package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.compute.NovaFixtures.SERVER_ID;
import static org.cloudsdk.compute.NovaFixtures.UBUNTU_ID;
import static org.cloudsdk.compute.NovaStub.path;
import static org.cloudsdk.compute.ServerRequestsTest.at;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The exact requests of the server actions ({@code POST /servers/{id}/action}): reboot, resize and
 * its confirmation or revert, reset of the state, password, rebuild, image; and the errors Nova
 * answers them with.
 */
class ServerActionsTest {

    private static final String ACTION = path("/servers/" + SERVER_ID + "/action");

    private final NovaStub nova = new NovaStub().microversions("2.93");

    @AfterEach
    void close() {
        nova.close();
    }

    private void accepted() {
        nova.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)));
    }

    private Server server() {
        nova.server.stubFor(get(urlEqualTo(path("/servers/" + SERVER_ID)))
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server()))));
        return nova.compute().getServer(SERVER_ID);
    }

    private static RequestPatternBuilder action(String version, String body) {
        return at(postRequestedFor(urlEqualTo(ACTION)), version).withRequestBody(equalToJson(body));
    }

    @Test
    void rebootIsSoftUnlessHardIsAskedFor() {
        accepted();
        Server server = server();

        server.reboot();
        server.reboot(RebootType.HARD);
        nova.compute().reboot(SERVER_ID, RebootType.SOFT);

        nova.server.verify(2, action("2.90", "{\"reboot\": {\"type\": \"SOFT\"}}"));
        nova.server.verify(1, action("2.90", "{\"reboot\": {\"type\": \"HARD\"}}"));
    }

    @Test
    void resizeNamesTheNewFlavorAndConfirmAndRevertSendANullArgument() {
        accepted();
        Server server = server();

        server.resize("performance1-2");
        server.confirmResize();
        server.revertResize();

        nova.server.verify(1, action("2.90", "{\"resize\": {\"flavorRef\": \"performance1-2\"}}"));
        nova.server.verify(1, action("2.90", "{\"confirmResize\": null}"));
        nova.server.verify(1, action("2.90", "{\"revertResize\": null}"));
        assertThat(nova.apiRequests()).extracting(LoggedRequest::getBodyAsString)
                .contains("{\"confirmResize\":null}", "{\"revertResize\":null}");
    }

    @Test
    void aResizeOfAServerInTheWrongStateIsAConflict() {
        nova.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"conflictingRequest\": {\"code\": 409, \"message\": \"Cannot 'resize' instance "
                        + SERVER_ID + " while it is in vm_state building\"}}")));

        assertThatThrownBy(() -> nova.compute().resize(SERVER_ID, "performance1-2"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("while it is in vm_state building");
        assertThat(nova.apiRequests()).as("a conflict is not retried").hasSize(1);
    }

    @Test
    void anActionOnAnUnknownServerIsNotFound() {
        nova.server.stubFor(post(urlEqualTo(path("/servers/gone/action"))).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> nova.compute().reboot("gone", RebootType.SOFT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void resetStateSendsTheStateInLowerCase() {
        accepted();
        Server server = server();

        server.resetState(ServerState.ACTIVE);
        nova.compute().resetState(SERVER_ID, ServerState.ERROR);

        nova.server.verify(1, action("2.90", "{\"os-resetState\": {\"state\": \"active\"}}"));
        nova.server.verify(1, action("2.90", "{\"os-resetState\": {\"state\": \"error\"}}"));
    }

    @Test
    void changePasswordSendsTheNewAdminPass() {
        accepted();

        server().changePassword("n3w-Pass!");

        nova.server.verify(1, action("2.90", "{\"changePassword\": {\"adminPass\": \"n3w-Pass!\"}}"));
    }

    @Test
    void rebuildSendsTheImageAndOptionsAndReadsTheRebuildingServer() {
        nova.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "rebuilt", "REBUILD")
                        .replace("\"locked\": false", "\"locked\": false, \"adminPass\": \"GenPass123\"")))));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("role", "web");

        Server rebuilt = server().rebuild(UBUNTU_ID, RebuildOptions.builder().name("rebuilt").adminPass("p4ss")
                .metadata(meta).diskConfig(DiskConfig.AUTO).build());

        nova.server.verify(1, action("2.90", """
                {"rebuild": {"imageRef": "%s", "name": "rebuilt", "adminPass": "p4ss",
                             "metadata": {"role": "web"}, "OS-DCF:diskConfig": "AUTO"}}""".formatted(UBUNTU_ID)));
        assertThat(rebuilt.status()).isEqualTo("REBUILD");
        assertThat(rebuilt.name()).isEqualTo("rebuilt");
        assertThat(rebuilt.adminPass()).contains("GenPass123");
        assertThat(rebuilt.toString()).doesNotContain("GenPass123");
    }

    @Test
    void rebuildWithFilesIsSentAtTheLastVersionThatHasThemAndAnEmptyAnswerStillGivesAServer() {
        accepted();

        Server rebuilt = nova.compute().rebuild(SERVER_ID, UBUNTU_ID,
                RebuildOptions.builder().file("/root/testfile", "text").build());
        nova.compute().rebuild(SERVER_ID, UBUNTU_ID, RebuildOptions.defaults());

        nova.server.verify(1, action("2.56", """
                {"rebuild": {"imageRef": "%s", "personality": [{"path": "/root/testfile", "contents": "dGV4dA=="}]}}"""
                .formatted(UBUNTU_ID)));
        nova.server.verify(1, action("2.90", "{\"rebuild\": {\"imageRef\": \"%s\"}}".formatted(UBUNTU_ID)));
        assertThat(rebuilt.id()).isEqualTo(SERVER_ID);
        assertThat(rebuilt.status()).isEqualTo("REBUILD");
    }

    @Test
    void createImageReadsTheImageIdFromTheBodyFrom245On() {
        nova.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"image_id\": \"0e7761dd-ee98-41f0-ba35-05994e446431\"}")));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("purpose", "base");

        String plain = server().createImage("my_image_name");
        String withMeta = nova.compute().createImage(SERVER_ID, "base_image", meta);

        assertThat(plain).isEqualTo("0e7761dd-ee98-41f0-ba35-05994e446431");
        assertThat(withMeta).isEqualTo(plain);
        nova.server.verify(1, action("2.90", "{\"createImage\": {\"name\": \"my_image_name\"}}"));
        nova.server.verify(1, action("2.90", "{\"createImage\": {\"name\": \"base_image\", \"metadata\": {\"purpose\": \"base\"}}}"));
    }

    @Test
    void createImageReadsTheImageIdFromTheLocationBefore245() {
        nova.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)
                .withHeader("Location", "http://127.0.0.1:9292/v2/images/0e7761dd-ee98-41f0-ba35-05994e446431")));

        String imageId = nova.compute().withMicroversion("2.44").createImage(SERVER_ID, "old", Map.of());

        assertThat(imageId).isEqualTo("0e7761dd-ee98-41f0-ba35-05994e446431");
        nova.server.verify(1, action("2.44", "{\"createImage\": {\"name\": \"old\"}}"));
    }

    @Test
    void createImageWithoutAnIdInEitherPlaceIsAClearError() {
        nova.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)));

        assertThatThrownBy(() -> nova.compute().createImage(SERVER_ID, "lost", Map.of()))
                .isInstanceOf(CloudException.class)
                .hasMessage("compute: createImage answered neither image_id nor a Location");
    }

    @Test
    void createImageOnACloudWithoutMicroversionsReadsTheLocationAndSendsNoVersion() {
        try (NovaStub rackspace = new NovaStub().noMicroversions()) {
            rackspace.server.stubFor(post(urlEqualTo(ACTION)).willReturn(aResponse().withStatus(202)
                    .withHeader("Location", "https://dfw.servers.api.rackspacecloud.com/v2/123/images/img-9")));

            assertThat(rackspace.compute().createImage(SERVER_ID, "rs", Map.of())).isEqualTo("img-9");
            LoggedRequest request = rackspace.only();
            assertThat(request.containsHeader("OpenStack-API-Version")).isFalse();
            assertThat(request.containsHeader("X-OpenStack-Nova-API-Version")).isFalse();
        }
    }

    @Test
    void aPinnedClientSendsEveryActionAtItsVersion() {
        accepted();
        Compute pinned = nova.compute().withMicroversion("2.61");

        pinned.reboot(SERVER_ID, RebootType.HARD);
        pinned.confirmResize(SERVER_ID);

        nova.server.verify(1, action("2.61", "{\"reboot\": {\"type\": \"HARD\"}}"));
        nova.server.verify(1, action("2.61", "{\"confirmResize\": null}"));
    }
}
