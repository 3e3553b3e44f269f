package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.objectstorage.Container;
import org.cloudsdk.objectstorage.ListOptions;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.util.Names;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

import reactor.core.publisher.Flux;

/**
 * Runs the examples of {@code docs/object-storage.md} ({@link ObjectStorageGuideExamples})
 * against the local Keystone and Swift, in the guide's order, and checks what the guide says
 * they do. They share one container, created by the container example and emptied by the
 * deletion example at the end; other containers are made where an example needs them. Every
 * name is random and every container is deleted afterwards.
 *
 * <p>The examples run in the second project ({@code alt_demo}) of the local cloud, because some
 * change account-wide state that other integration tests of the demo project rely on: the
 * account metadata (one example clears it) and the temp-URL key (restored afterwards). Not run
 * here: the client example (it reads this machine's configuration) and the CDN examples
 * (Rackspace only; see {@link ObjectStorageGuideCdnExamplesTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectStorageGuideExamplesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final CloudContext ctx = LocalCloud.alt().build();
    private final ObjectStorage cf = ctx.objectStorage();
    private final String container = newName();
    private final List<String> containers = new ArrayList<>(List.of(container));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ObjectStorageGuideExamples examples =
            new ObjectStorageGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    @BeforeEach
    void forgetWhatWasPrinted() {
        printed.reset();
    }

    @AfterAll
    void deleteEverything() {
        try {
            for (String name : containers) {
                try {
                    cf.deleteContainer(name, true);
                } catch (NoSuchContainerException alreadyGone) {
                    // the example that made it also removed it
                }
            }
        } finally {
            ctx.close();
        }
    }

    @Test
    @Order(1)
    void accountMetadata() {
        try {
            examples.accountMetadata(cf);

            assertThat(cf.getAccountMetadata()).containsEntry("x-account-meta-flower", "lily")
                    .doesNotContainKey("x-account-meta-color")
                    .containsKeys("x-account-bytes-used", "x-account-container-count", "x-account-object-count");
        } finally {
            cf.removeAccountMetadataKey("flower");
        }
    }

    @Test
    @Order(2)
    void creatingAContainer() {
        examples.creatingAContainer(cf, container);

        Container cont = cf.getContainer(container);
        assertThat(cont.name()).isEqualTo(container);
        assertThat(cont.objectCount()).isZero();
        assertThat(cont.totalBytes()).isZero();
    }

    @Test
    @Order(3)
    void listingContainers() {
        examples.listingContainers(cf);

        assertThat(cf.listContainers()).contains(container);
    }

    @Test
    @Order(4)
    void storingObjects() throws IOException {
        Path file = Files.writeString(tmp.resolve("myfile.txt"), "the content of myfile");

        examples.storingObjects(cf, container, file);

        assertThat(cf.fetchObjectAsString(container, "new_object.txt")).isEqualTo("This is a random collection of words.");
        assertThat(cf.fetchObjectAsString(container, "myfile.txt")).isEqualTo("the content of myfile");
        assertThat(cf.getObject(container, "myfile.txt").contentType()).isEqualTo("text/plain");
        assertThat(expiry(container, "myfile.txt")).isBetween(Instant.now().plus(Duration.ofDays(6)),
                Instant.now().plus(Duration.ofDays(8)));
    }

    @Test
    @Order(5)
    void uploadProgress() throws IOException {
        Path file = Files.write(tmp.resolve("disk.img"), new byte[200_000]);

        examples.uploadProgress(cf, container, file);

        assertThat(printed()).isEqualTo("200000 bytes sent\n");
        assertThat(cf.getObject(container, "disk.img").bytes()).isEqualTo(200_000);
    }

    @Test
    @Order(6)
    void largeObjects() throws IOException {
        Path file = Files.writeString(tmp.resolve("film.mkv"), "a short film: far below the segment threshold");

        examples.largeObjects(LocalCloud.alt(), container, file);

        assertThat(cf.fetchObjectAsString(container, "film.mkv")).isEqualTo("a short film: far below the segment threshold");
    }

    @Test
    @Order(7)
    void retrievingObjects() throws IOException {
        byte[] iso = "an ISO image, or a very small one".getBytes(StandardCharsets.UTF_8);
        cf.storeObject(container, "big.iso", iso);
        ByteArrayOutputStream target = new ByteArrayOutputStream();

        examples.retrievingObjects(cf, container, target);

        assertThat(printed()).isEqualTo("true\nThis is some text containing unicode like é, ü and ˚¬∆ç");
        assertThat(target.toByteArray()).isEqualTo(iso);
        assertThat(cf.fetchObject(container, "new_object.txt", true).metadata())
                .containsEntry("content-length", "62").containsEntry("content-type", "text/plain");
    }

    @Test
    @Order(8)
    void downloads() throws IOException {
        StorageObject obj = cf.storeObject(container, "one/two/three.txt", "three");
        Path dir = Files.createDirectory(tmp.resolve("dl"));

        examples.downloads(cf, container, cf.getContainer(container), obj, dir);

        assertThat(dir.resolve("one/two/three.txt")).hasContent("three");
        assertThat(dir.resolve("three.txt")).hasContent("three");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(2);
        }
    }

    @Test
    @Order(9)
    void listingObjects() {
        String myObjects = newName();
        containers.add(myObjects);
        Container cont = cf.createContainer(myObjects);
        for (int i = 0; i < 5; i++) {
            cont.storeObject("series_" + i, "some text");
        }
        for (char c = 'a'; c <= 'e'; c++) {
            cont.storeObject("stuff/" + String.valueOf(c).repeat(4), "some text");
        }

        examples.listingObjects(cf, myObjects, cont);

        assertThat(printed().lines()).containsExactly("series_0", "series_1", "series_2", "series_3", "series_4",
                "stuff/aaaa", "stuff/bbbb", "stuff/cccc", "stuff/dddd", "stuff/eeee",
                "[series_4, stuff/aaaa, stuff/bbbb, stuff/cccc]",
                "[stuff/aaaa, stuff/bbbb, stuff/cccc, stuff/dddd, stuff/eeee]",
                "[series_0, series_1, series_2, series_3, series_4]",
                "[stuff/]");
    }

    @Test
    @Order(10)
    void streamingAListing() {
        cf.storeObject(container, "2023/old.log", "old");
        cf.storeObject(container, "2024/empty.log", "");
        cf.storeObject(container, "2024/jan.log", "jan");
        cf.storeObject(container, "2024/feb.log", "feb");

        examples.streamingAListing(cf, container);

        assertThat(printed().lines()).containsExactly("archiving 2024/feb.log", "archiving 2024/jan.log");
    }

    @Test
    @Order(11)
    void metadata() {
        StorageObject obj = cf.storeObject(container, "a.txt", "a");

        examples.metadata(cf, container, obj);

        assertThat(printed()).isEqualTo(
                "{x-container-meta-famous-family=Simpsons, x-container-meta-x-account-meta-city=Springfield}\n");
        assertThat(cf.getContainerMetadata(container)).isEmpty();
        assertThat(cf.getObjectMetadata(container, "a.txt")).doesNotContainKey("x-object-meta-owner");
    }

    @Test
    @Order(12)
    void copyingAndMoving() {
        String backup = newName();
        String archive = newName();
        containers.addAll(List.of(backup, archive));
        cf.createContainer(backup);
        cf.createContainer(archive);
        StorageObject obj = cf.storeObject(container, "c.txt", "c");

        examples.copyingAndMoving(cf, container, backup, archive, obj);

        assertThat(cf.listObjectNames(backup)).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(cf.listObjectNames(archive)).containsExactly("2024/c.txt", "a.txt");
        assertThat(cf.fetchObjectAsString(archive, "2024/c.txt")).isEqualTo("c");
        assertThatThrownBy(() -> cf.getObject(container, "a.txt")).isInstanceOf(NoSuchObjectException.class);
        assertThatThrownBy(() -> cf.getObject(container, "c.txt")).isInstanceOf(NoSuchObjectException.class);
    }

    @Test
    @Order(13)
    void expiration() {
        cf.storeObject(container, "report.pdf", "numbers");
        StorageObject obj = cf.storeObject(container, "soon.txt", "soon");

        examples.expiration(cf, container, cf.getContainer(container), obj);

        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        for (String name : List.of("report.pdf", "soon.txt")) {
            assertThat(expiry(container, name)).isBetween(inAnHour.minusSeconds(60), inAnHour.plusSeconds(5));
        }
    }

    @Test
    @Order(14)
    void temporaryUrls() throws Exception {
        String previousKey = cf.getTempUrlKey();
        try {
            StorageObject obj = cf.storeObject(container, "photo.jpg", "pixels");

            examples.temporaryUrls(cf, container, cf.getContainer(container), obj);

            assertThat(cf.getTempUrlKey()).isEqualTo("jnRB6#1sduo8YGUF&%7r7guf6f");
            List<String> lines = printed().lines().toList();
            assertThat(lines).hasSize(2);
            HttpResponse<String> download = HTTP.send(HttpRequest.newBuilder(url(lines.get(0), "Download: ")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo("pixels");
            HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(url(lines.get(1), "Upload: "))
                    .PUT(HttpRequest.BodyPublishers.ofString("uploaded without credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).isEqualTo(201);
            assertThat(cf.fetchObjectAsString(container, "upload.jpg")).isEqualTo("uploaded without credentials");
        } finally {
            if (previousKey == null) {
                cf.removeAccountMetadataKey("Temp-Url-Key");
            } else {
                cf.setTempUrlKey(previousKey);
            }
        }
    }

    @Test
    @Order(15)
    void bulkDeletion() {
        List<String> names = List.of("bulk/1", "bulk/2", "bulk/3");
        List<String> moreNames = List.of("bulk/4", "bulk/5");
        for (String name : names) {
            cf.storeObject(container, name, name);
        }
        for (String name : moreNames) {
            cf.storeObject(container, name, name);
        }

        examples.bulkDeletion(cf, container, names, moreNames);

        eventually(() -> printed().equals("2 deleted in the background\n"), "the background deletion to end");
        for (String name : List.of("bulk/1", "bulk/2", "bulk/3", "bulk/4", "bulk/5")) {
            assertThatThrownBy(() -> cf.getObject(container, name)).isInstanceOf(NoSuchObjectException.class);
        }
    }

    @Test
    @Order(16)
    void uploadingAFolder() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve(newName()));
        containers.add(folder.getFileName().toString());
        Files.writeString(folder.resolve("README"), "read me");
        Files.createDirectories(folder.resolve("src"));
        Files.writeString(folder.resolve("src/app.py"), "print('hello')");
        Files.writeString(folder.resolve("src/app.pyc"), "bytecode");
        Files.createDirectories(folder.resolve("tmp_build"));
        Files.writeString(folder.resolve("tmp_build/out.txt"), "scratch");
        List<String> everything = List.of("README", "src/app.py", "src/app.pyc", "tmp_build/out.txt");

        examples.uploadingAFolder(cf, folder, container);

        // the first two uploads were not cancelled: they end on their own
        String named = folder.getFileName().toString();
        // the upload creates that container itself, in the background: until then it does not exist
        eventually(() -> {
            try {
                return cf.listObjectNames(named).equals(everything);
            } catch (NoSuchContainerException notYet) {
                return false;
            }
        }, "the folder in a container named after it");
        eventually(() -> cf.listObjectNames(container, ListOptions.builder().fullListing(true).build()).containsAll(everything),
                "the folder in the given container");
    }

    @Test
    @Order(17)
    void syncingAFolder() throws IOException {
        String remote = newName();
        containers.add(remote);
        Path folder = Files.createDirectory(tmp.resolve("important"));
        Files.writeString(folder.resolve("notes.txt"), "notes");
        Files.writeString(folder.resolve("draft.tmp"), "draft");
        Files.createDirectories(folder.resolve("letters"));
        Files.writeString(folder.resolve("letters/bank.txt"), "dear bank");

        examples.syncingAFolder(cf, folder, remote);

        assertThat(cf.listObjectNames(remote)).containsExactly("backup/letters/bank.txt", "backup/notes.txt",
                "draft.tmp", "letters/bank.txt", "notes.txt");
        assertThat(cf.fetchObjectAsString(remote, "backup/letters/bank.txt")).isEqualTo("dear bank");
    }

    @Test
    @Order(18)
    void reactiveApiSendsNothingUntilSubscribed() {
        String uploads = newName();
        containers.add(uploads);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentLength(3);
        ServerHttpRequest request = (ServerHttpRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServerHttpRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBody" -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(new byte[] {1, 2, 3}));
                    case "getHeaders" -> headers;
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        examples.reactiveApi(ctx, uploads, request);

        assertThatThrownBy(() -> cf.getContainer(uploads)).isInstanceOf(NoSuchContainerException.class);
    }

    @Test
    @Order(19)
    void deletingObjects() {
        cf.storeObject(container, "old_notes.txt", "old");
        cf.storeObject(container, "soon_to_vanish.txt", "soon");
        StorageObject obj = cf.storeObject(container, "obsolete.txt", "obsolete");

        examples.deletingObjects(cf, container, cf.getContainer(container), obj);

        for (String name : List.of("old_notes.txt", "soon_to_vanish.txt", "obsolete.txt")) {
            assertThatThrownBy(() -> cf.getObject(container, name)).isInstanceOf(NoSuchObjectException.class);
        }
        eventually(() -> cf.listObjectNames(container).isEmpty(), "the container's listing to be empty");
    }

    private static String newName() {
        return "docs-" + Names.random(10);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static URI url(String line, String label) {
        assertThat(line).startsWith(label);
        return URI.create(line.substring(label.length()));
    }

    /** @return when Swift deletes the object ({@code X-Delete-At}) */
    private Instant expiry(String cont, String name) {
        return Instant.ofEpochSecond(Long.parseLong(cf.fetchObject(cont, name, true).metadata().get("x-delete-at")));
    }

    /** Swift's listings and the background work of some examples catch up within seconds. */
    private static void eventually(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 30 s for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
