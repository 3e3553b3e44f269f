package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.image.Image;
import org.cloudsdk.image.ImageMember;
import org.cloudsdk.image.ImageStatus;
import org.cloudsdk.image.Images;
import org.cloudsdk.image.MemberStatus;
import org.cloudsdk.image.Visibility;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/images.md run against the local Glance: the chapter's life of an image
 * from its upload to its deletion, shared with alt_demo on the way. Rackspace's tasks and the
 * web-download import (which the local Glance refuses from a non-standard port) are covered by
 * the WireMock tests instead.
 */
class ImagesGuideExamplesIT {

    private static CloudContext ctx;
    private static CloudContext altCtx;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ImagesGuideExamples examples = new ImagesGuideExamples(new PrintStream(printed, true,
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
        altCtx = LocalCloud.alt().build();
    }

    @AfterAll
    static void close() {
        ctx.close();
        altCtx.close();
    }

    @Test
    void theChaptersImageIsUploadedListedUpdatedSharedDownloadedAndDeleted() throws IOException {
        List<Images> clients = examples.client(ctx, LocalCloud.get("region"));
        assertThat(clients).allSatisfy(client -> assertThat(client).isSameAs(ctx.images()));
        Images imgs = ctx.images();
        byte[] bytes = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("web.raw"), bytes);

        Image img = examples.creating(imgs, file);
        try {
            assertThat(img.status()).isEqualTo(ImageStatus.ACTIVE);
            assertThat(img.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(examples.listing(imgs)).contains(img);
            assertThat(examples.filtering(imgs)).doesNotContain(img);
            assertThat(examples.getting(imgs, img.id())).isEmpty();

            Image updated = examples.updating(img);
            assertThat(updated.name()).isEqualTo("web-base-v2");
            assertThat(updated.minRam()).isEqualTo(512);
            assertThat(updated.visibility()).isEqualTo(Visibility.SHARED);
            assertThat(updated.properties()).containsEntry("hw_disk_bus", "scsi").doesNotContainKey("os_type");
            assertThat(updated.tags()).containsExactly("production");

            String altProject = LocalCloud.get("alt.project.id");
            assertThat(examples.sharing(imgs, updated, altProject)).extracting(ImageMember::memberId)
                    .containsExactly(altProject);
            assertThat(examples.accepting(altCtx, img.id()).status()).isEqualTo(MemberStatus.ACCEPTED);
            examples.unsharing(imgs, updated, altProject);
            assertThat(updated.listMembers()).isEmpty();

            Path copy = examples.downloading(imgs, img.id(), dir.resolve("copy/web.raw"));
            assertThat(Checksums.md5(copy)).isEqualTo(Checksums.md5(file));

            Image staged = examples.glanceDirect(imgs, file);
            try {
                assertThat(staged.checksum()).contains(Checksums.md5(file));
            } finally {
                examples.deleting(imgs, staged);
            }

            examples.deleting(imgs, img);
            assertThat(imgs.find(img.name())).isEmpty();
        } finally {
            try {
                img.delete();
            } catch (NotFoundException deleted) {
                // the example deleted it
            }
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("active " + Checksums.md5(file), "pending");
    }
}
