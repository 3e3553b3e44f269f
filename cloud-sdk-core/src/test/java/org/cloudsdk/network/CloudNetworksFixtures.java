package org.cloudsdk.network;

/** Rackspace Cloud Networks' documents, shaped like the chapter's printed networks. */
final class CloudNetworksFixtures {

    static final String MY_LAN_ID = "4c2e1ad5-af48-4039-a80a-15d1083f2a8b";

    static final String MY_LAN = """
            {"cidr": "192.168.0.0/24", "id": "4c2e1ad5-af48-4039-a80a-15d1083f2a8b", "label": "my_lan"}""";

    /** What the chapter's {@code cnw.list()} shows before any isolated network: the two pseudo-networks. */
    static final String PSEUDO_ONLY = """
            {"networks": [
              {"id": "00000000-0000-0000-0000-000000000000", "label": "public"},
              {"id": "11111111-1111-1111-1111-111111111111", "label": "private"}
            ]}""";

    /** The listing once {@code my_lan} exists. */
    static final String WITH_MY_LAN = """
            {"networks": [
              %s,
              {"id": "00000000-0000-0000-0000-000000000000", "label": "public"},
              {"id": "11111111-1111-1111-1111-111111111111", "label": "private"}
            ]}""".formatted(MY_LAN);

    private CloudNetworksFixtures() {
    }
}
