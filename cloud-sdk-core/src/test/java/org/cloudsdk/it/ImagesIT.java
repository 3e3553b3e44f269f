package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.InvalidImageMemberException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.image.Image;
import org.cloudsdk.image.ImageCreateOptions;
import org.cloudsdk.image.ImageImport;
import org.cloudsdk.image.ImageListOptions;
import org.cloudsdk.image.ImageMember;
import org.cloudsdk.image.ImagePatch;
import org.cloudsdk.image.ImageStatus;
import org.cloudsdk.image.Images;
import org.cloudsdk.image.MemberStatus;
import org.cloudsdk.image.SortDirection;
import org.cloudsdk.image.Visibility;
import org.cloudsdk.util.Checksums;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images against the local cloud's real Glance (file store): the scenario (upload, list
 * with filters, share with alt_demo and accept from there, download with the same checksum,
 * delete), updates and tags, and the glance-direct import. Every image made is deleted, even on
 * failure.
 */
class ImagesIT {

    private static final ImageCreateOptions RAW = ImageCreateOptions.builder().diskFormat("raw").containerFormat("bare")
            .build();

    private static CloudContext demo;
    private static CloudContext alt;
    private static Images images;
    private static Images altImages;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        demo = LocalCloud.demo().build();
        alt = LocalCloud.alt().build();
        images = demo.service(Images.SERVICE, null);
        altImages = alt.service(Images.SERVICE, null);
    }

    @AfterAll
    static void close() {
        demo.close();
        alt.close();
    }

    private Path data(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = dir.resolve("data-" + size + ".raw");
        Files.write(file, bytes);
        return file;
    }

    private static String name() {
        return "it-image-" + UUID.randomUUID();
    }

    private static void deleteQuietly(Image image) {
        try {
            image.delete();
        } catch (NotFoundException alreadyGone) {
            // the test deleted it itself
        }
    }

    @Test
    void anImageIsUploadedListedSharedAcceptedDownloadedAndDeleted() throws IOException {
        Path file = data(3 * 1024 * 1024 + 17);
        String tag = "it-" + UUID.randomUUID();
        Image image = images.createImage(name(), file, RAW.toBuilder().tags(List.of(tag)).minDisk(1).build());
        try {
            assertThat(image.status()).isEqualTo(ImageStatus.ACTIVE);
            assertThat(image.checksum()).contains(Checksums.md5(file));
            assertThat(image.size()).contains(Files.size(file));
            assertThat(image.tags()).containsExactly(tag);
            assertThat(image.owner()).isEqualTo(LocalCloud.get("demo.project.id"));

            ImageListOptions filters = ImageListOptions.builder().name(image.name()).visibility(image.visibility())
                    .status(ImageStatus.ACTIVE).tag(tag).owner(image.owner()).sizeMin(Files.size(file))
                    .sizeMax(Files.size(file)).sortKey("name").sortDir(SortDirection.ASC).build();
            assertThat(images.list(filters)).containsExactly(image);
            assertThat(images.list(filters.toBuilder().sizeMax(null).sizeMin(Files.size(file) + 1).build())).isEmpty();
            assertThat(images.find(image.name())).contains(image);
            assertThat(images.listAll(ImageListOptions.builder().tag(tag).limit(1).build())).containsExactly(image);

            String altProject = LocalCloud.get("alt.project.id");
            ImageMember member = image.addMember(altProject);
            assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
            assertThat(image.listMembers()).extracting(ImageMember::memberId).containsExactly(altProject);
            assertThat(altImages.list(ImageListOptions.builder().tag(tag).build()))
                    .as("a pending share stays out of the member's listing").isEmpty();

            ImageMember accepted = altImages.updateImageMember(image.id(), "accepted");
            assertThat(accepted.status()).isEqualTo(MemberStatus.ACCEPTED);
            assertThat(member.reload().status()).isEqualTo(MemberStatus.ACCEPTED);
            assertThat(altImages.list(ImageListOptions.builder().tag(tag).memberStatus(MemberStatus.ACCEPTED).build()))
                    .containsExactly(image);
            assertThatThrownBy(() -> images.updateImageMember(image.id(), MemberStatus.REJECTED))
                    .as("the owner is not a member").isInstanceOf(InvalidImageMemberException.class);

            Path mine = images.downloadData(image.id(), dir.resolve("mine/copy.raw"));
            Path theirs = altImages.get(image.id()).downloadData(dir.resolve("theirs.raw"));
            assertThat(Checksums.md5(mine)).isEqualTo(Checksums.md5(file));
            assertThat(Files.mismatch(theirs, file)).isEqualTo(-1L);
            try (var left = Files.list(dir.resolve("mine"))) {
                assertThat(left).as("no temporary file is left").containsExactly(mine);
            }

            image.deleteMember(altProject);
            assertThat(image.listMembers()).isEmpty();
            image.delete();
            assertThatThrownBy(() -> images.get(image.id())).isInstanceOf(NotFoundException.class);
        } finally {
            deleteQuietly(image);
        }
    }

    @Test
    void propertiesAreUpdatedAsJsonPatchesAndTagsAddedAndRemoved() {
        Image image = images.createImage(name(), RAW);
        try {
            assertThat(image.status()).isEqualTo(ImageStatus.QUEUED);
            Image updated = image.update(Map.of("min_ram", 512, "os_distro", "cirros"));
            assertThat(updated.minRam()).isEqualTo(512);
            assertThat(updated.properties()).containsEntry("os_distro", "cirros");

            Image again = updated.update(Map.of("os_distro", "ubuntu"));
            assertThat(again.properties()).containsEntry("os_distro", "ubuntu");

            Image patched = images.update(image.id(), ImagePatch.builder().remove("os_distro")
                    .replace("visibility", "private").build());
            assertThat(patched.properties()).doesNotContainKey("os_distro");
            assertThat(patched.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(patched.changeName("renamed-" + image.name()).name()).isEqualTo("renamed-" + image.name());

            image.addTag("blue");
            image.addTag("green");
            image.deleteTag("blue");
            assertThat(image.reload().tags()).containsExactly("green");
        } finally {
            deleteQuietly(image);
        }
    }

    @Test
    void aStreamIsUploadedWithoutItsLength() throws IOException {
        byte[] bytes = Files.readAllBytes(data(200_000));
        Image image = images.createImage(name(), RAW);
        try {
            Image uploaded = image.uploadData(new ByteArrayInputStream(bytes), -1);
            assertThat(uploaded.checksum()).contains(Checksums.md5(bytes));
            assertThat(uploaded.size()).contains((long) bytes.length);
        } finally {
            deleteQuietly(image);
        }
    }

    @Test
    void glanceDirectImportsStagedData() throws IOException {
        assertThat(images.importMethods()).contains(ImageImport.GLANCE_DIRECT, ImageImport.WEB_DOWNLOAD);
        Path file = data(100_000);
        Image image = images.createImage(name(), RAW);
        try {
            images.stageData(image.id(), file);
            images.importImage(image.id(), ImageImport.glanceDirect());
            Image active = Waiter.shared().waitUntil(image, "status", List.of("active"), WaitOptions.defaults()
                    .toBuilder().interval(Duration.ofMillis(500)).deadline(Duration.ofMinutes(2))
                    .failureValues(List.of("killed")).build());
            assertThat(active.checksum()).contains(Checksums.md5(file));
        } finally {
            deleteQuietly(image);
        }
    }
}
