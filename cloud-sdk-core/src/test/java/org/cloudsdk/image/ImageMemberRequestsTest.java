package org.cloudsdk.image;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.image.GlanceFixtures.ALT_PROJECT;
import static org.cloudsdk.image.GlanceFixtures.UBUNTU;
import static org.cloudsdk.image.GlanceFixtures.UBUNTU_ID;
import static org.cloudsdk.image.GlanceStub.PROJECT;
import static org.cloudsdk.image.GlanceStub.path;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.InvalidImageMemberException;
import org.cloudsdk.errors.UnsharableImageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chapter's sharing: adding, listing and removing members as the owner, and answering a share
 * as the member (the current project), with the status checked before any request.
 */
class ImageMemberRequestsTest {

    private static final String MEMBERS = "/images/" + UBUNTU_ID + "/members";

    private final GlanceStub glance = new GlanceStub();

    @AfterEach
    void close() {
        glance.close();
    }

    @Test
    void addMemberSendsTheProjectAndReadsAPendingMember() {
        glance.server.stubFor(get(urlEqualTo(path("/images/" + UBUNTU_ID))).willReturn(okJson(UBUNTU)));
        glance.server.stubFor(post(urlEqualTo(path(MEMBERS))).willReturn(okJson(
                GlanceFixtures.member(UBUNTU_ID, ALT_PROJECT, "pending"))));

        ImageMember member = glance.images().get(UBUNTU_ID).addMember(ALT_PROJECT);

        assertThat(member.id()).isEqualTo(ALT_PROJECT);
        assertThat(member.imageId()).isEqualTo(UBUNTU_ID);
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(member.createdAt()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(member).hasToString("ImageMember[imageId=" + UBUNTU_ID + ", memberId=" + ALT_PROJECT
                + ", status=pending]");
        glance.server.verify(postRequestedFor(urlEqualTo(path(MEMBERS)))
                .withRequestBody(equalToJson("{\"member\": \"" + ALT_PROJECT + "\"}")));
    }

    @Test
    void aShareGlanceForbidsIsAnUnsharableImage() {
        glance.server.stubFor(post(urlEqualTo(path(MEMBERS))).willReturn(aResponse().withStatus(403)
                .withBody("Only shared images have members.")));

        assertThatThrownBy(() -> glance.images().addImageMember(UBUNTU_ID, ALT_PROJECT))
                .isInstanceOf(UnsharableImageException.class).hasMessageContaining("cannot be shared")
                .extracting(e -> ((UnsharableImageException) e).status()).isEqualTo(403);
    }

    @Test
    void membersAreListedReadAndDeleted() {
        glance.server.stubFor(get(urlEqualTo(path(MEMBERS))).willReturn(okJson("{\"members\": [" + GlanceFixtures
                .member(UBUNTU_ID, ALT_PROJECT, "accepted") + ", " + GlanceFixtures.member(UBUNTU_ID, "other", "rejected")
                + "], \"schema\": \"/v2/schemas/members\"}")));
        glance.server.stubFor(get(urlEqualTo(path(MEMBERS + "/" + ALT_PROJECT))).willReturn(okJson(
                GlanceFixtures.member(UBUNTU_ID, ALT_PROJECT, "accepted"))));
        glance.server.stubFor(delete(urlEqualTo(path(MEMBERS + "/" + ALT_PROJECT))).willReturn(aResponse().withStatus(204)));
        Images images = glance.images();

        List<ImageMember> members = images.listImageMembers(UBUNTU_ID);
        ImageMember reloaded = members.get(0).reload();
        reloaded.delete();

        assertThat(members).extracting(ImageMember::memberId, ImageMember::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ALT_PROJECT, MemberStatus.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("other", MemberStatus.REJECTED));
        assertThat(reloaded).isEqualTo(members.get(0));
        assertThat(images.getImageMember(UBUNTU_ID, ALT_PROJECT).status()).isEqualTo(MemberStatus.ACCEPTED);
        glance.server.verify(deleteRequestedFor(urlEqualTo(path(MEMBERS + "/" + ALT_PROJECT))));
    }

    @Test
    void updateImageMemberAnswersAsTheCurrentProject() {
        glance.server.stubFor(put(urlEqualTo(path(MEMBERS + "/" + PROJECT))).willReturn(okJson(
                GlanceFixtures.member(UBUNTU_ID, PROJECT, "accepted"))));

        ImageMember member = glance.images().updateImageMember(UBUNTU_ID, "accepted");

        assertThat(member.status()).isEqualTo(MemberStatus.ACCEPTED);
        glance.server.verify(putRequestedFor(urlEqualTo(path(MEMBERS + "/" + PROJECT)))
                .withRequestBody(equalToJson("{\"status\": \"accepted\"}")));
    }

    @Test
    void everyStatusOfTheChapterIsSent() {
        glance.server.stubFor(put(urlEqualTo(path(MEMBERS + "/" + PROJECT))).willReturn(okJson(
                GlanceFixtures.member(UBUNTU_ID, PROJECT, "pending"))));
        glance.server.stubFor(put(urlEqualTo(path(MEMBERS + "/explicit-project"))).willReturn(okJson(
                GlanceFixtures.member(UBUNTU_ID, "explicit-project", "accepted"))));
        Images images = glance.images();

        images.updateImageMember(UBUNTU_ID, MemberStatus.REJECTED);
        images.updateImageMember(UBUNTU_ID, "PENDING");
        images.updateImageMember(UBUNTU_ID, "explicit-project", MemberStatus.ACCEPTED);

        glance.server.verify(putRequestedFor(urlEqualTo(path(MEMBERS + "/" + PROJECT)))
                .withRequestBody(equalToJson("{\"status\": \"rejected\"}")));
        glance.server.verify(putRequestedFor(urlEqualTo(path(MEMBERS + "/" + PROJECT)))
                .withRequestBody(equalToJson("{\"status\": \"pending\"}")));
        glance.server.verify(putRequestedFor(urlEqualTo(path(MEMBERS + "/explicit-project")))
                .withRequestBody(equalToJson("{\"status\": \"accepted\"}")));
    }

    @Test
    void anUpdateByANonMemberIsAnInvalidImageMemberWhateverGlanceAnswers() {
        glance.server.stubFor(put(urlEqualTo(path(MEMBERS + "/" + PROJECT))).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> glance.images().updateImageMember(UBUNTU_ID, "accepted"))
                .isInstanceOf(InvalidImageMemberException.class).hasMessageContaining("has no member " + PROJECT);

        glance.server.stubFor(put(urlEqualTo(path(MEMBERS + "/" + PROJECT))).willReturn(aResponse().withStatus(403)));
        assertThatThrownBy(() -> glance.images().updateImageMember(UBUNTU_ID, "accepted"))
                .isInstanceOf(InvalidImageMemberException.class)
                .extracting(e -> ((InvalidImageMemberException) e).status()).isEqualTo(403);
    }

    @Test
    void aStatusOutsideTheChaptersThreeIsRefusedBeforeAnyRequest() {
        Images images = glance.images();

        assertThatThrownBy(() -> images.updateImageMember(UBUNTU_ID, "maybe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be one of 'accepted', 'rejected' or 'pending', was 'maybe'");
        assertThatThrownBy(() -> images.updateImageMember(UBUNTU_ID, (String) null))
                .hasMessage("status must be one of 'accepted', 'rejected' or 'pending', was null");
        assertThatThrownBy(() -> images.updateImageMember(UBUNTU_ID, MemberStatus.UNKNOWN))
                .hasMessage("status must be one of [pending, accepted, rejected], was UNKNOWN");
        assertThatThrownBy(() -> images.addImageMember(UBUNTU_ID, " ")).hasMessage("projectId must not be blank");
        assertThat(glance.requests()).isEmpty();
    }
}
