package org.cloudsdk.docs;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.ChecksumMismatchException;
import org.cloudsdk.errors.InvalidImageMemberException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.UnsharableImageException;
import org.cloudsdk.image.Image;
import org.cloudsdk.image.ImageCreateOptions;
import org.cloudsdk.image.ImageImport;
import org.cloudsdk.image.ImageListOptions;
import org.cloudsdk.image.ImageMember;
import org.cloudsdk.image.ImagePatch;
import org.cloudsdk.image.ImageStatus;
import org.cloudsdk.image.ImageTask;
import org.cloudsdk.image.Images;
import org.cloudsdk.image.MemberStatus;
import org.cloudsdk.image.SortDirection;
import org.cloudsdk.image.Visibility;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;

/**
 * The examples of {@code docs/images.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it), so the guide cannot show code that does not
 * compile against the real API.
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext} ({@code altCtx} the context of the project an image is
 * shared with), {@code imgs} its {@link Images}, {@code img} an {@link Image}, {@code imgId} an
 * image's id, {@code projectId} another project's id, {@code file} and {@code target} paths.
 * {@code out} is where the examples print. {@code ImagesGuideExamplesIT} runs them against the
 * local Glance.
 */
public final class ImagesGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public ImagesGuideExamples(PrintStream out) {
        this.out = out;
    }

    // ---------------------------------------------------------------- the client

    List<Images> client(CloudContext ctx, String region) {
        Images imgs = ctx.images();                             // pyrax.images: the default region
        Images other = ctx.images(region);                      // or ctx.region(region).images()
        Images same = ctx.service(Images.SERVICE, region);      // the registration's generic form: other itself
        return List.of(imgs, other, same);
    }

    // ---------------------------------------------------------------- listing

    List<Image> listing(Images imgs) {
        List<Image> images = imgs.list();                       // imgs.list(): the first 25
        for (Image img : images) {
            out.println(img.name() + " " + img.status().value() + " " + img.visibility().value() + " " + img.size().orElse(0L));
        }
        List<Image> allImages = imgs.listAll();                 // imgs.list_all(): every page
        return allImages;
    }

    List<Image> filtering(Images imgs) {
        ImageListOptions mine = ImageListOptions.builder()
                .visibility(Visibility.PRIVATE)                 // visibility='private'
                .status(ImageStatus.ACTIVE)                     // status='active'
                .sizeMin(1024L * 1024).sizeMax(20L * 1024 * 1024 * 1024)  // bytes
                .sortKey("name").sortDir(SortDirection.ASC)     // default: created_at, desc
                .limit(10)
                .build();
        List<Image> firstTen = imgs.list(mine);
        List<Image> nextTen = imgs.list(mine.toBuilder().marker(firstTen.get(firstTen.size() - 1).id()).build());
        List<Image> tagged = imgs.listAll(ImageListOptions.builder().tag("web").build());
        Listing<Image> lazy = imgs.images(ImageListOptions.builder().name("Ubuntu 22.04").build());
        return nextTen;
    }

    Optional<Image> getting(Images imgs, String imgId) {
        Image img = imgs.get(imgId);                            // NotFoundException when there is none
        Optional<Image> ubuntu = imgs.find("Ubuntu 22.04");     // exact name; NoUniqueMatchException on twins
        out.println(img.checksum().orElse("no data yet") + " " + img.properties());
        return ubuntu;
    }

    // ---------------------------------------------------------------- creating and uploading

    Image creating(Images imgs, Path file) {
        ImageCreateOptions raw = ImageCreateOptions.builder()
                .diskFormat("raw").containerFormat("bare")      // both needed before the data
                .visibility(Visibility.PRIVATE).minDisk(1).tags(List.of("web")).property("os_distro", "cirros")
                .build();
        Image img = imgs.createImage("web-base", file, raw);    // created, uploaded, checked: active
        out.println(img.status().value() + " " + img.checksum().orElseThrow());
        return img;
    }

    Image uploadingAStream(Images imgs, InputStream in, long length) {
        Image queued = imgs.createImage("web-base", ImageCreateOptions.builder()
                .diskFormat("qcow2").containerFormat("bare").build());
        Image img = queued.uploadData(in, length);              // -1 when the length is unknown
        return img;
    }

    // ---------------------------------------------------------------- updating

    Image updating(Image img) {
        Image updated = img.update(Map.of("min_ram", 512, "os_type", "linux"));  // imgs.update(img, {...})
        Image renamed = updated.changeName("web-base-v2");      // img.change_name(newname)
        Image patched = renamed.update(ImagePatch.builder()
                .replace("visibility", "shared")
                .add("hw_disk_bus", "scsi")
                .remove("os_type")
                .build());
        patched.addTag("production");                           // img.add_tag(tag)
        patched.deleteTag("web");                               // img.delete_tag(tag)
        return patched.reload();
    }

    // ---------------------------------------------------------------- sharing

    List<ImageMember> sharing(Images imgs, Image img, String projectId) {
        ImageMember member = imgs.addImageMember(img.id(), projectId);   // or img.addMember(projectId)
        out.println(member.memberId() + " " + member.status().value());  // pending
        List<ImageMember> members = img.listMembers();
        return members;
    }

    ImageMember accepting(CloudContext altCtx, String imgId) {
        Images altImgs = altCtx.images();                       // the member's own account
        ImageMember accepted = altImgs.updateImageMember(imgId, "accepted");   // or "rejected", "pending"
        List<Image> shared = altImgs.list(ImageListOptions.builder()
                .memberStatus(MemberStatus.ACCEPTED).build());
        return accepted;
    }

    void unsharing(Images imgs, Image img, String projectId) {
        imgs.deleteImageMember(img.id(), projectId);            // or img.deleteMember(projectId)
    }

    // ---------------------------------------------------------------- tasks

    ImageTask exporting(Images imgs, Image img) {
        ImageTask task = imgs.exportTask(img.id(), "exports");  // imgs.export_task(img, cont)
        task = task.reload();                                   // task.reload()
        out.println(task.status().value());                     // pending, processing, success, failure
        return task;
    }

    ImageTask importing(Images imgs) {
        ImageTask task = imgs.importTask("my-image.vhd", "exports");            // VHD, named after the file
        ImageTask named = imgs.importTask("disk.qcow2", "exports", "qcow2", "My image");
        try {
            ImageTask done = named.waitForCompletion();         // polls every 5 s, for an hour at most
            out.println("imported " + done.importedImageId().orElse("?"));
        } catch (ResourceFailedException e) {
            out.println("failed: " + e.lastSnapshot(ImageTask.class).message().orElse(""));
        }
        return task;
    }

    boolean polling(ImageTask task) {
        ImageTask now = task.reload();                          // task.reload()
        out.println(now.status().value() + " " + now.message().orElse(""));
        boolean finished = now.status().isFinal();              // TaskStatus.SUCCESS or FAILURE
        return finished;
    }

    // ---------------------------------------------------------------- downloading

    Path downloading(Images imgs, String imgId, Path target) {
        try {
            Path copy = imgs.downloadData(imgId, target);       // streamed, verified, then moved into place
            return copy;
        } catch (ChecksumMismatchException e) {
            out.println(e.algorithm() + ": expected " + e.expected() + ", got " + e.actual());
            throw e;
        }
    }

    // ---------------------------------------------------------------- interoperable import

    Image glanceDirect(Images imgs, Path file) {
        List<String> methods = imgs.importMethods();            // [glance-direct, web-download] here
        Image img = imgs.createImage("staged", ImageCreateOptions.builder()
                .diskFormat("raw").containerFormat("bare").build());
        imgs.stageData(img.id(), file);
        imgs.importImage(img.id(), ImageImport.glanceDirect());
        Image active = Waiter.shared().waitUntil(img, "status", List.of("active"), WaitOptions.defaults()
                .toBuilder().failureValues(List.of("killed")).deadline(Duration.ofMinutes(30)).build());
        return active;
    }

    void webDownload(CloudContext ctx, Images imgs, String imgId) {
        ObjectStorage cf = ctx.objectStorage();
        URI tempUrl = cf.getTempUrl("images", "disk.qcow2", Duration.ofHours(1), "GET");
        imgs.importImage(imgId, ImageImport.webDownload(tempUrl));   // Glance fetches it itself
    }

    // ---------------------------------------------------------------- deleting

    void deleting(Images imgs, Image img) {
        img.delete();                                           // or imgs.delete(img.id())
    }

    // ---------------------------------------------------------------- errors

    void errors(Images imgs, Image img, String projectId, String imgId) {
        try {
            img.addMember(projectId);
        } catch (UnsharableImageException e) {                 // 403: a public image, or not yours
            out.println(e.getMessage());
        }
        try {
            imgs.updateImageMember(imgId, MemberStatus.ACCEPTED);
        } catch (InvalidImageMemberException e) {             // the image is not shared with you
            out.println(e.getMessage());
        }
        try {
            imgs.find("twin");
        } catch (NoUniqueMatchException e) {
            out.println(e.getMessage());
        }
    }
}
