package org.cloudsdk.designate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The option values of Designate's calls: copies, equality and text, per class. */
class DesignateOptionsTest {

    @Test
    void listOptionsKeepTheirFiltersInOrderAndCopyThem() {
        ZoneListOptions zones = ZoneListOptions.builder().name("*.example.org.").email("a@example.org")
                .status(DesignateStatus.ACTIVE).limit(5).marker("z1").build();

        assertThat(zones.filters().keySet()).containsExactly("name", "email", "status");
        assertThat(zones.filters()).containsEntry("email", "a@example.org").containsEntry("status", "ACTIVE");
        assertThat(zones.limit()).contains(5);
        assertThat(zones.marker()).contains("z1");
        assertThat(zones.toBuilder().build()).isEqualTo(zones).hasSameHashCodeAs(zones);
        assertThat(zones.toBuilder().ttl(60).build()).isNotEqualTo(zones);
        assertThat(zones).hasToString("ZoneListOptions[filters={name=*.example.org., email=a@example.org,"
                + " status=ACTIVE}, limit=5, marker=z1]");
    }

    @Test
    void listOptionsOfTwoListingsAreNeverEqual() {
        ZoneListOptions zones = ZoneListOptions.builder().name("www.").build();
        RecordSetListOptions sets = RecordSetListOptions.builder().name("www.").build();

        assertThat(sets.filters()).isEqualTo(zones.filters());
        assertThat((Object) sets).isNotEqualTo(zones);
        assertThat(sets).hasToString("RecordSetListOptions[filters={name=www.}, limit=null, marker=null]");
        assertThat(RecordSetListOptions.defaults().toBuilder().type(RecordType.A).data("192.0.2.*").build().filters())
                .containsEntry("type", "A").containsEntry("data", "192.0.2.*");
    }

    @Test
    void ttlAndDescriptionOptionsCopyAndCompareByClass() {
        RecordSetCreateOptions create = RecordSetCreateOptions.builder().ttl(300).description("web").build();
        FloatingIpPtrOptions ptr = FloatingIpPtrOptions.builder().ttl(300).description("web").build();

        assertThat(create.ttl()).contains(300);
        assertThat(create.description()).contains("web");
        assertThat(create.toBuilder().build()).isEqualTo(create).hasSameHashCodeAs(create);
        assertThat(create.toBuilder().ttl(60).build()).isNotEqualTo(create);
        assertThat((Object) ptr).isNotEqualTo(create);
        assertThat(ptr).hasToString("FloatingIpPtrOptions[ttl=300, description=web]");
        assertThat(FloatingIpPtrOptions.defaults().ttl()).isEmpty();
    }
}
