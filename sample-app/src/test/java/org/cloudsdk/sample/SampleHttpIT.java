package org.cloudsdk.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import org.cloudsdk.autoconfigure.sync.CloudSyncJobs;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The sample application on a random port against the real local cloud: its REST endpoints, its
 * actuator endpoints and its sync job (every second, into a container of this test's own).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleHttpIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String REST_CONTAINER = "sample-it-rest-" + SUFFIX;
    private static final String SYNC_CONTAINER = "sample-it-sync-" + SUFFIX;

    // not a @TempDir: the context (and its sync job) starts before JUnit fills static @TempDir fields
    private static final Path outbox = createOutbox();

    @DynamicPropertySource
    static void syncIntoATestContainer(DynamicPropertyRegistry registry) {
        registry.add("cloud.sync.jobs.sample.folder", () -> outbox.toString());
        registry.add("cloud.sync.jobs.sample.container", () -> SYNC_CONTAINER);
        registry.add("cloud.sync.jobs.sample.fixed-delay", () -> "1s");
        registry.add("cloud.sync.jobs.sample.initial-delay", () -> "0s");
    }

    private static Path createOutbox() {
        try {
            return Files.createTempDirectory("sample-it-outbox");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectStorage storage;

    @Autowired
    private CloudSyncJobs syncJobs;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    void deleteTheTestContainersAndOutbox() throws IOException {
        syncJobs.stop();
        FileSystemUtils.deleteRecursively(outbox);
        for (String container : new String[] { REST_CONTAINER, SYNC_CONTAINER }) {
            try {
                storage.deleteContainer(container, true);
            } catch (NotFoundException alreadyGone) {
                // nothing to clean
            }
        }
    }

    @Test
    void uploadsListsDownloadsAndHandsOutATempUrl() throws Exception {
        assertThat(send("PUT", "/containers/" + REST_CONTAINER, BodyPublishers.noBody(), null).statusCode())
                .isEqualTo(201);
        String text = "hello from the sample app";
        HttpResponse<String> uploaded = send("POST", "/containers/" + REST_CONTAINER + "/objects?name=hello.txt",
                BodyPublishers.ofString(text), "text/plain");
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"bytes\":" + text.length()).contains("hello.txt");

        assertThat(get("/containers").body()).contains("\"" + REST_CONTAINER + "\"");
        assertThat(get("/containers/" + REST_CONTAINER + "/objects").body()).contains("\"hello.txt\"");
        HttpResponse<String> downloaded = get("/containers/" + REST_CONTAINER + "/objects/hello.txt");
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(text);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));

        HttpResponse<String> temp = get("/containers/" + REST_CONTAINER + "/objects/hello.txt/temp-url?seconds=300");
        assertThat(temp.statusCode()).isEqualTo(200);
        String url = temp.body().replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        assertThat(url).startsWith("http://127.0.0.1:8080/v1/AUTH_").contains("temp_url_sig=");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo(text);
    }

    @Test
    void streamsAChunkedUploadAndItsDownload() throws Exception {
        send("PUT", "/containers/" + REST_CONTAINER, BodyPublishers.noBody(), null);
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);
        // no Content-Length: sent chunked, and streamed through to Swift
        HttpResponse<String> uploaded = send("POST", "/containers/" + REST_CONTAINER + "/objects?name=random.bin",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content)), "application/octet-stream");
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"bytes\":" + content.length);

        HttpResponse<byte[]> downloaded = http.send(request("GET", "/containers/" + REST_CONTAINER
                + "/objects/random.bin", BodyPublishers.noBody(), null), BodyHandlers.ofByteArray());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValueAsLong("Content-Length")).hasValue(content.length);
        assertThat(downloaded.body()).isEqualTo(content);
    }

    @Test
    void aMissingObjectIs404() throws Exception {
        send("PUT", "/containers/" + REST_CONTAINER, BodyPublishers.noBody(), null);
        assertThat(get("/containers/" + REST_CONTAINER + "/objects/no-such-object.txt").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSyncJobUploadsANewLocalFileOnItsNextRun() throws Exception {
        String name = "note-" + SUFFIX + ".txt";
        Files.writeString(outbox.resolve(name), "synced by the sample's job");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> storage.listObjectNames(SYNC_CONTAINER).contains(name));
        assertThat(storage.fetchObjectAsString(SYNC_CONTAINER, name)).isEqualTo("synced by the sample's job");

        String jobs = get("/actuator/cloudsync").body();
        assertThat(jobs).contains("\"sample\"").contains("fixed-delay 1s").contains(SYNC_CONTAINER)
                .contains("\"lastResult\"");
        HttpResponse<String> triggered = send("POST", "/actuator/cloudsync/sample", BodyPublishers.noBody(),
                "application/json");
        assertThat(triggered.statusCode()).isEqualTo(200);
        assertThat(triggered.body()).contains("\"job\":\"sample\"");

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> get("/actuator/metrics/cloud.sync.files")
                .body().contains("\"uploaded\""));
    }

    @Test
    void listsTheCloudsFlavorsAndTheProjectsServers() throws Exception {
        HttpResponse<String> flavors = get("/flavors");
        assertThat(flavors.statusCode()).isEqualTo(200);
        assertThat(flavors.body()).contains("\"name\":\"m1.tiny\"").contains("\"vcpus\":");
        HttpResponse<String> servers = get("/servers?status=ACTIVE");
        assertThat(servers.statusCode()).isEqualTo(200);
        assertThat(servers.body()).startsWith("[");
    }

    @Test
    void healthIsUpWithTheCloudAndItsObjectStore() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"")
                .contains("\"identity\"").contains("\"object-store-RegionOne\"").contains("\"compute-RegionOne\"")
                .doesNotContain("demopass");
        HttpResponse<String> metrics = get("/actuator/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("cloud.client.requests");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, BodyPublishers.noBody(), null);
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String type)
            throws IOException, InterruptedException {
        return http.send(request(method, path, body, type), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String method, String path, HttpRequest.BodyPublisher body, String type) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body);
        if (type != null) {
            builder.header("Content-Type", type);
        }
        return builder.build();
    }
}
