package org.cloudsdk.image;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.image.GlanceStub.SWIFT;
import static org.cloudsdk.image.GlanceStub.path;

import java.time.Duration;
import java.time.Instant;

import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * The chapter's export and import tasks in Rackspace Cloud Images' format: the container checked
 * first (as pyrax did), the task's body, its polling, status and message, and waiting on it.
 */
class ImageTaskRequestsTest {

    private static final String IMAGE_ID = "ca5e7f11-5d57-4dd7-8ace-03ab647fe6c6";
    private static final String EXPORT_ID = "7bdc8ede-9098-4d79-9477-697f586cb333";
    private static final String IMPORT_ID = "fc29a67c-ad76-49bc-a317-a5f38dcb44c0";
    private static final String EXPORT_INPUT = "{\"image_uuid\": \"" + IMAGE_ID + "\", \"receiving_swift_container\": \"exports\"}";

    private final GlanceStub glance = new GlanceStub();

    @AfterEach
    void close() {
        glance.close();
    }

    private void container(String name, int status) {
        glance.server.stubFor(head(urlEqualTo(SWIFT + "/" + name)).willReturn(aResponse().withStatus(status)));
    }

    @Test
    void exportTaskChecksTheContainerAndPostsRackspacesExport() {
        container("exports", 204);
        glance.server.stubFor(post(urlEqualTo(path("/tasks"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(GlanceFixtures.task(EXPORT_ID, "export", "pending", "None", EXPORT_INPUT))));

        ImageTask task = glance.images().exportTask(IMAGE_ID, "exports");

        assertThat(task.id()).isEqualTo(EXPORT_ID);
        assertThat(task.type()).isEqualTo("export");
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.message()).as("Rackspace's \"None\" is no message").isEmpty();
        assertThat(task.input()).hasValueSatisfying(input ->
                assertThat(input.path("receiving_swift_container").asString()).isEqualTo("exports"));
        assertThat(task.createdAt()).isEqualTo(Instant.parse("2014-02-26T02:01:13Z"));
        assertThat(glance.log()).containsExactly("HEAD " + SWIFT + "/exports", "POST " + path("/tasks"));
        glance.server.verify(postRequestedFor(urlEqualTo(path("/tasks"))).withRequestBody(equalToJson(
                "{\"type\": \"export\", \"input\": " + EXPORT_INPUT + "}")));
    }

    @Test
    void aMissingContainerFailsBeforeTheTask() {
        container("nowhere", 404);

        assertThatThrownBy(() -> glance.images().exportTask(IMAGE_ID, "nowhere"))
                .isInstanceOf(NoSuchContainerException.class);
        assertThatThrownBy(() -> glance.images().importTask("image.vhd", "nowhere"))
                .isInstanceOf(NoSuchContainerException.class);
        assertThat(glance.log()).containsOnly("HEAD " + SWIFT + "/nowhere");
    }

    @Test
    void importTaskNamesTheImageAfterTheFileInVhdByDefault() {
        container("exports", 204);
        glance.server.stubFor(post(urlEqualTo(path("/tasks"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(GlanceFixtures.task(IMPORT_ID, "import", "pending", "None", "{}"))));

        glance.images().importTask("my-excellent-image.vhd", "exports");

        glance.server.verify(postRequestedFor(urlEqualTo(path("/tasks"))).withRequestBody(equalToJson("""
                {"type": "import", "input": {"image_properties": {"name": "my-excellent-image.vhd"},
                 "import_from": "exports/my-excellent-image.vhd", "import_from_format": "vhd"}}""")));
    }

    @Test
    void importTaskTakesTheFormatAndName() {
        container("exports", 204);
        glance.server.stubFor(post(urlEqualTo(path("/tasks"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(GlanceFixtures.task(IMPORT_ID, "import", "pending", "None", "{}"))));

        glance.images().importTask("disk.qcow2", "exports", "qcow2", "My excellent custom image");

        glance.server.verify(postRequestedFor(urlEqualTo(path("/tasks"))).withRequestBody(equalToJson("""
                {"type": "import", "input": {"image_properties": {"name": "My excellent custom image"},
                 "import_from": "exports/disk.qcow2", "import_from_format": "qcow2"}}""")));
    }

    @Test
    void reloadPollsTheTaskAndASuccessfulImportNamesItsImage() {
        glance.server.stubFor(get(urlEqualTo(path("/tasks/" + IMPORT_ID))).willReturn(okJson("""
                {"id": "%s", "type": "import", "status": "success", "message": "", "owner": "00000123",
                 "input": {}, "result": {"image_id": "%s"}, "created_at": "2014-02-26T02:58:46Z",
                 "updated_at": "2014-02-26T03:10:00Z", "expires_at": "2014-02-28T03:10:00Z"}"""
                .formatted(IMPORT_ID, IMAGE_ID))));

        ImageTask task = glance.images().getTask(IMPORT_ID).reload();

        assertThat(task.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(task.status().isFinal()).isTrue();
        assertThat(task.importedImageId()).contains(IMAGE_ID);
        assertThat(task.expiresAt()).contains(Instant.parse("2014-02-28T03:10:00Z"));
    }

    @Test
    void waitingEndsOnSuccess() {
        glance.server.stubFor(get(urlEqualTo(path("/tasks/" + EXPORT_ID))).inScenario("export")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("done")
                .willReturn(okJson(GlanceFixtures.task(EXPORT_ID, "export", "processing", "None", EXPORT_INPUT))));
        glance.server.stubFor(get(urlEqualTo(path("/tasks/" + EXPORT_ID))).inScenario("export")
                .whenScenarioStateIs("done")
                .willReturn(okJson(GlanceFixtures.task(EXPORT_ID, "export", "success", "None", EXPORT_INPUT))));
        ImageTask pending = new ImageTask(glance.images(), org.cloudsdk.http.Json.parse(
                GlanceFixtures.task(EXPORT_ID, "export", "pending", "None", EXPORT_INPUT)));

        ImageTask done = pending.waitForCompletion(Waiter.shared(), fast());

        assertThat(done.status()).isEqualTo(TaskStatus.SUCCESS);
    }

    @Test
    void aFailedTaskEndsTheWaitWithItsMessage() {
        glance.server.stubFor(get(urlEqualTo(path("/tasks/" + EXPORT_ID))).willReturn(okJson(GlanceFixtures.task(
                EXPORT_ID, "export", "failure", "Image export failed: container exports is full", EXPORT_INPUT))));
        ImageTask pending = new ImageTask(glance.images(), org.cloudsdk.http.Json.parse(
                GlanceFixtures.task(EXPORT_ID, "export", "pending", "None", EXPORT_INPUT)));

        assertThatThrownBy(() -> pending.waitForCompletion(Waiter.shared(), fast()))
                .isInstanceOf(ResourceFailedException.class)
                .satisfies(e -> assertThat(((ResourceFailedException) e).lastSnapshot(ImageTask.class).message())
                        .contains("Image export failed: container exports is full"));
    }

    @Test
    void blankArgumentsAreRefusedBeforeAnyRequest() {
        Images images = glance.images();

        assertThatThrownBy(() -> images.exportTask(" ", "exports")).hasMessage("imageId must not be blank");
        assertThatThrownBy(() -> images.exportTask(IMAGE_ID, "")).hasMessage("container must not be blank");
        assertThatThrownBy(() -> images.importTask("", "exports")).hasMessage("objectName must not be blank");
        assertThatThrownBy(() -> images.importTask("a.vhd", "exports", " ", null))
                .hasMessage("format must not be blank (null for vhd)");
        assertThatThrownBy(() -> images.importTask("a.vhd", "exports", null, ""))
                .hasMessage("name must not be blank (null for the file's name)");
        assertThatThrownBy(() -> images.getTask("")).hasMessage("taskId must not be blank");
        assertThat(glance.requests()).isEmpty();
    }

    private static WaitOptions fast() {
        return WaitOptions.defaults().toBuilder().interval(Duration.ofMillis(10)).deadline(Duration.ofSeconds(10)).build();
    }
}
