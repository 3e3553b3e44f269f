package org.cloudsdk.autoconfigure.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudsdk.autoconfigure.CloudAutoConfiguration;
import org.cloudsdk.autoconfigure.CloudObjectStorageAutoConfiguration;
import org.cloudsdk.util.Checksums;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Fixtures of the sync job tests: a keystone v3 and Swift stub on 127.0.0.1 (the catalog of the
 * starter's other WireMock tests), a folder of two files and the stubs that let them be synced
 * into container {@code photos}.
 */
final class SyncFixtures {

    static final String ACCOUNT_PATH = "/swift/v1/AUTH_8538a3f13f9541b28c2620eb19065e45";
    static final String CONTAINER_PATH = ACCOUNT_PATH + "/photos";
    static final String ALPHA = "alpha";
    static final String BRAVO = "bravo, a little longer";

    private SyncFixtures() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    /** @return a runner with the cloud, object storage and sync auto-configurations against the server */
    static ApplicationContextRunner runner(WireMockExtension server) {
        String base = "http://127.0.0.1:" + server.getPort();
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                        CloudObjectStorageAutoConfiguration.class, CloudSyncAutoConfiguration.class))
                .withSystemProperties("user.home=/nonexistent-home")
                .withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=" + base + "/v3",
                        "cloud.region=RegionOne", "cloud.username=demo", "cloud.password=secret",
                        "cloud.tenant-name=demo", "cloud.retry.initial-interval=10ms", "cloud.retry.max-interval=20ms",
                        "cloud.retry.jitter=0ms",
            "cloud.retry.background.initial-interval=10ms", "cloud.retry.background.max-interval=20ms",
            "cloud.retry.background.jitter=0ms");
    }

    /** @return the properties of job {@code photos} syncing the folder to container photos, never scheduled soon */
    static String[] photosJob(Path folder) {
        return new String[] { "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
            "cloud.sync.jobs.photos.fixed-delay=1h", "cloud.sync.jobs.photos.initial-delay=1h" };
    }

    /** Writes a.txt and b.txt into the folder. */
    static Path twoFiles(Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), ALPHA);
        Files.writeString(folder.resolve("b.txt"), BRAVO);
        return folder;
    }

    static void stubKeystone(WireMockExtension server) {
        String base = "http://127.0.0.1:" + server.getPort();
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", "token-1")
                .withBody(fixture("/org/cloudsdk/autoconfigure/keystone-v3-token.json").replace("${BASE}", base))));
    }

    /** An empty container photos that stores a.txt and b.txt with the right ETags. */
    static void stubEmptyContainerStoring(WireMockExtension server) {
        stubEmptyListing(server);
        stubStores(server);
    }

    static void stubEmptyListing(WireMockExtension server) {
        server.stubFor(get(urlPathEqualTo(CONTAINER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("[]")));
    }

    static void stubStores(WireMockExtension server) {
        for (String[] file : new String[][] { { "a.txt", ALPHA }, { "b.txt", BRAVO } }) {
            server.stubFor(put(urlPathEqualTo(CONTAINER_PATH + "/" + file[0])).willReturn(aResponse().withStatus(201)
                    .withHeader("Etag", Checksums.md5(file[1].getBytes(StandardCharsets.UTF_8)))));
        }
    }

    static String fixture(String name) {
        try (InputStream in = SyncFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
