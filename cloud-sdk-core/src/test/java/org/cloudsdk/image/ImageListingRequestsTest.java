package org.cloudsdk.image;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.image.GlanceFixtures.RHEL;
import static org.cloudsdk.image.GlanceFixtures.RHEL_ID;
import static org.cloudsdk.image.GlanceFixtures.UBUNTU;
import static org.cloudsdk.image.GlanceFixtures.UBUNTU_ID;
import static org.cloudsdk.image.GlanceFixtures.WINDOWS;
import static org.cloudsdk.image.GlanceFixtures.WINDOWS_ID;
import static org.cloudsdk.image.GlanceStub.path;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chapter's listings: {@code list()} and its page of 25, every filter as Glance's query,
 * {@code listAll()} following Glance's top-level {@code next}, get and find, the images read as
 * the chapter prints them, and each filter's limit refused before any request.
 */
class ImageListingRequestsTest {

    private final GlanceStub glance = new GlanceStub();

    @AfterEach
    void close() {
        glance.close();
    }

    @Test
    void listAsksForTheChaptersPageOf25AndReadsItsImages() {
        glance.server.stubFor(get(urlEqualTo(path("/images?limit=25"))).willReturn(okJson(
                GlanceFixtures.page(WINDOWS, RHEL, UBUNTU))));

        List<Image> images = glance.images().list();

        assertThat(images).extracting(Image::id, Image::name, Image::minDisk, Image::minRam).containsExactly(
                tuple(WINDOWS_ID, "Windows Server 2008 R2 SP1 + SQL Server 2012 SP1 Standard", 40, 2048),
                tuple(RHEL_ID, "Red Hat Enterprise Linux 6.5 (PVHVM)", 20, 512),
                tuple(UBUNTU_ID, "Ubuntu 13.10 (Saucy Salamander) (PVHVM)", 20, 512));
        Image windows = images.get(0);
        assertThat(windows.status()).isEqualTo(ImageStatus.ACTIVE);
        assertThat(windows.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(windows.checksum()).contains("47125fb048f027a813ccb27d39cb3087");
        assertThat(windows.size()).contains(11063822327L);
        assertThat(windows.diskFormat()).contains("vhd");
        assertThat(windows.containerFormat()).contains("ovf");
        assertThat(windows.isProtected()).isFalse();
        assertThat(windows.tags()).isEmpty();
        assertThat(windows.createdAt()).isEqualTo(Instant.parse("2014-03-03T20:13:18Z"));
        assertThat(windows.osHashAlgo()).isEmpty();
        assertThat(windows.properties()).containsExactly(java.util.Map.entry("auto_disk_config", "False"),
                java.util.Map.entry("cache_in_nova", "True"), java.util.Map.entry("image_type", "base"),
                java.util.Map.entry("os_type", "windows"));
        assertThat(images.get(1).attribute("vm_mode")).contains("hvm");
        assertThat(windows).hasToString("Image[id=" + WINDOWS_ID
                + ", name=Windows Server 2008 R2 SP1 + SQL Server 2012 SP1 Standard, status=active]");
        glance.server.verify(getRequestedFor(urlEqualTo(path("/images?limit=25")))
                .withHeader("X-Auth-Token", equalTo(GlanceStub.TOKEN)));
    }

    @Test
    void everyFilterOfTheChapterIsSentAsGlanceNamesIt() {
        glance.server.stubFor(get(urlPathEqualTo(path("/images"))).willReturn(okJson(GlanceFixtures.page(RHEL))));
        ImageListOptions options = ImageListOptions.builder().limit(10).marker(WINDOWS_ID).name("Red Hat")
                .visibility(Visibility.PUBLIC).memberStatus(MemberStatus.ACCEPTED).owner("123456").tag("linux")
                .status(ImageStatus.ACTIVE).sizeMin(1000L).sizeMax(2_000_000_000L).sortKey("name")
                .sortDir(SortDirection.ASC).build();

        assertThat(glance.images().list(options)).extracting(Image::id).containsExactly(RHEL_ID);

        assertThat(glance.only().getUrl()).isEqualTo(path("/images?name=Red%20Hat&visibility=public"
                + "&member_status=accepted&owner=123456&tag=linux&status=active&size_min=1000&size_max=2000000000"
                + "&sort_key=name&sort_dir=asc&limit=10&marker=" + WINDOWS_ID));
    }

    @Test
    void listAllFollowsGlancesNextLinkOnTheListingsOwnEndpoint() {
        glance.server.stubFor(get(urlEqualTo(path("/images?tag=linux&limit=2"))).willReturn(okJson("""
                {"images": [%s, %s], "first": "/v2/images?tag=linux&limit=2", "schema": "/v2/schemas/images",
                 "next": "/v2/images?tag=linux&limit=2&marker=%s"}""".formatted(WINDOWS, RHEL, RHEL_ID))));
        glance.server.stubFor(get(urlEqualTo(path("/images?tag=linux&limit=2&marker=" + RHEL_ID))).willReturn(okJson(
                GlanceFixtures.page(UBUNTU))));

        List<Image> all = glance.images().listAll(ImageListOptions.builder().tag("linux").limit(2).build());

        assertThat(all).extracting(Image::id).containsExactly(WINDOWS_ID, RHEL_ID, UBUNTU_ID);
        assertThat(glance.log()).containsExactly("GET " + path("/images?tag=linux&limit=2"),
                "GET " + path("/images?tag=linux&limit=2&marker=" + RHEL_ID));
    }

    @Test
    void listAllWithoutALimitLeavesThePageSizeToGlance() {
        glance.server.stubFor(get(urlEqualTo(path("/images"))).willReturn(okJson(GlanceFixtures.page(WINDOWS))));

        assertThat(glance.images().listAll()).extracting(Image::id).containsExactly(WINDOWS_ID);
    }

    @Test
    void anEndpointThatNamesV2AlreadyIsUsedAsItIs() {
        // Rackspace's catalog lists Cloud Images by its v2 URL
        glance.server.stubFor(get(urlEqualTo("/rackspace/v2/images?limit=25")).willReturn(okJson(
                GlanceFixtures.page(WINDOWS))));

        assertThat(glance.images(glance.server.baseUrl() + "/rackspace/v2/").list()).hasSize(1);
    }

    @Test
    void getReadsOneImageAndReloadGivesAFreshOneEqualById() {
        glance.server.stubFor(get(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson(UBUNTU)));

        Image image = glance.images().get(UBUNTU_ID);
        Image again = image.reload();

        assertThat(image.properties()).containsEntry("os_distro", "ubuntu");
        assertThat(again).isEqualTo(image).isNotSameAs(image);
        glance.server.verify(2, getRequestedFor(urlEqualTo(path("/images/" + UBUNTU_ID))));
    }

    @Test
    void anUnknownImageIsNotFound() {
        glance.server.stubFor(get(urlEqualTo(path("/images/nope"))).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> glance.images().get("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findAsksForTheExactNameAndRefusesTwins() {
        glance.server.stubFor(get(urlEqualTo(path("/images?name=Ubuntu"))).willReturn(okJson(GlanceFixtures.page(UBUNTU))));
        glance.server.stubFor(get(urlEqualTo(path("/images?name=none"))).willReturn(okJson(GlanceFixtures.page())));
        glance.server.stubFor(get(urlEqualTo(path("/images?name=twin"))).willReturn(okJson(
                GlanceFixtures.page(RHEL, UBUNTU))));
        Images images = glance.images();

        assertThat(images.find("Ubuntu")).map(Image::id).contains(UBUNTU_ID);
        assertThat(images.find("none")).isEmpty();
        assertThatThrownBy(() -> images.find("twin")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessage("image: 2 images are named 'twin'; use an id");
    }

    @Test
    void everyFilterIsCheckedBeforeAnyRequest() {
        ImageListOptions.Builder builder = ImageListOptions.builder();

        assertThatThrownBy(() -> builder.limit(0)).hasMessage("limit must be 1 or more, was 0");
        assertThatThrownBy(() -> builder.sizeMin(-1L)).hasMessage("sizeMin must be 0 bytes or more, was -1");
        assertThatThrownBy(() -> builder.sizeMax(-5L)).hasMessage("sizeMax must be 0 bytes or more, was -5");
        assertThatThrownBy(() -> builder.sizeMin(10L).sizeMax(9L))
                .hasMessage("sizeMin must not be above sizeMax, were 10 and 9");
        assertThatThrownBy(() -> builder.visibility(Visibility.UNKNOWN)).hasMessageStartingWith("visibility must be");
        assertThatThrownBy(() -> builder.memberStatus(MemberStatus.UNKNOWN))
                .hasMessage("memberStatus must be one of [pending, accepted, rejected], was UNKNOWN");
        assertThatThrownBy(() -> builder.status(ImageStatus.UNKNOWN)).hasMessageStartingWith("status must be");
        assertThatThrownBy(() -> builder.name(" ")).hasMessageStartingWith("name must not be blank");
        assertThatThrownBy(() -> builder.sortKey("")).hasMessageStartingWith("sortKey must not be blank");
        assertThatThrownBy(() -> glance.images().get(" ")).hasMessage("imageId must not be blank");
        assertThatThrownBy(() -> glance.images().find("")).hasMessage("name must not be blank");
        assertThat(builder.build().sizeMin()).as("a refused value leaves the builder as it was").contains(10L);
        assertThat(glance.requests()).isEmpty();
    }

    @Test
    void optionsAreCopiedAndComparedByValue() {
        ImageListOptions options = ImageListOptions.builder().tag("a").sortDir(SortDirection.DESC).build();

        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options.toBuilder().tag("b").build()).isNotEqualTo(options);
        assertThat(ImageListOptions.defaults().limit()).isEmpty();
    }
}
