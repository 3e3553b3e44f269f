package org.cloudsdk.compute;

/**
 * Nova's answers as its API reference prints them, filled with the values of pyrax's "Working
 * with Cloud Servers" chapter: the server {@code afbabf55-...} with its private and public
 * networks, the nine Performance flavors of its table, its Ubuntu image, a snapshot and a key
 * pair.
 */
final class NovaFixtures {

    /** The server of the chapter's create example. */
    static final String SERVER_ID = "afbabf55-a9b5-4e77-82bd-d57ab69f2992";
    /** The admin password the chapter's create example printed. */
    static final String ADMIN_PASS = "73hgYoBnwoXu";
    /** The chapter's Ubuntu 14.04 LTS (Trusty Tahr) image. */
    static final String UBUNTU_ID = "5cc098a5-7286-4b96-b3a2-49f4c4f82537";
    static final String SNAPSHOT_ID = "7b8abc3f-5fd2-4d02-9e9a-16d43fc7128e";
    static final String PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHqVo8oFHjkhPiGZnfCHfsez9xJ9c8nKW+k74iuvDzjt me@host";
    static final String PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA\\n-----END OPENSSH PRIVATE KEY-----\\n";

    /** Rackspace's v2 document: a version without microversions. */
    static final String VERSION_WITHOUT_MICROVERSIONS = """
            {"version": {"status": "CURRENT", "updated": "2011-09-27T00:00:00Z", "id": "v2.0",
             "links": [{"href": "https://dfw.servers.api.rackspacecloud.com/v2/", "rel": "self"}]}}""";

    private NovaFixtures() {
    }

    /** @param max the newest microversion @return Nova's version document at its endpoint */
    static String versionDocument(String max) {
        return """
                {"version": {"id": "v2.1", "status": "CURRENT", "version": "%s", "min_version": "2.1",
                 "updated": "2013-07-23T11:33:21Z",
                 "links": [{"href": "http://127.0.0.1/compute/v2.1/", "rel": "self"}],
                 "media-types": [{"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"}]}}"""
                .formatted(max);
    }

    /**
     * A server as {@code GET /servers/{id}} (and each item of {@code /servers/detail}) describes
     * it before 2.47: the flavor by id, the chapter's networks, the extension fields.
     *
     * @param id the server's id
     * @param name its name
     * @param status its status
     * @return the server object (not wrapped)
     */
    static String server(String id, String name, String status) {
        return """
                {"id": "%1$s", "name": "%2$s", "status": "%3$s", "progress": 100,
                 "tenant_id": "8538a3f13f9541b28c2620eb19065e45", "user_id": "fake-user-0001",
                 "metadata": {"test_key": "test_value", "meaning_of_life": "42"},
                 "hostId": "92154fab69d5883ba2c8622b7e65f745dd33257221c07af363c51b29",
                 "image": {"id": "5cc098a5-7286-4b96-b3a2-49f4c4f82537",
                           "links": [{"href": "http://127.0.0.1/images/5cc098a5-7286-4b96-b3a2-49f4c4f82537", "rel": "bookmark"}]},
                 "flavor": {"id": "performance1-1",
                            "links": [{"href": "http://127.0.0.1/flavors/performance1-1", "rel": "bookmark"}]},
                 "created": "2013-09-03T04:01:32Z", "updated": "2013-09-03T04:01:33Z",
                 "addresses": {
                   "private": [{"addr": "10.179.1.2", "version": 4, "OS-EXT-IPS:type": "fixed",
                                "OS-EXT-IPS-MAC:mac_addr": "aa:bb:cc:dd:ee:ff"}],
                   "public": [{"addr": "198.101.1.2", "version": 4, "OS-EXT-IPS:type": "fixed",
                               "OS-EXT-IPS-MAC:mac_addr": "aa:bb:cc:dd:ee:01"},
                              {"addr": "2001:4800:780d:509:8ca7:b42c:ff04:1a2b", "version": 6,
                               "OS-EXT-IPS:type": "fixed", "OS-EXT-IPS-MAC:mac_addr": "aa:bb:cc:dd:ee:01"}]},
                 "accessIPv4": "198.101.1.2", "accessIPv6": "",
                 "key_name": "my_key", "config_drive": "",
                 "links": [{"href": "http://127.0.0.1/compute/v2.1/servers/%1$s", "rel": "self"},
                           {"href": "http://127.0.0.1/compute/servers/%1$s", "rel": "bookmark"}],
                 "OS-DCF:diskConfig": "MANUAL",
                 "OS-EXT-AZ:availability_zone": "nova",
                 "OS-EXT-STS:power_state": 1, "OS-EXT-STS:task_state": null, "OS-EXT-STS:vm_state": "active",
                 "OS-SRV-USG:launched_at": "2013-09-23T13:53:12.774549", "OS-SRV-USG:terminated_at": null,
                 "os-extended-volumes:volumes_attached": [],
                 "security_groups": [{"name": "default"}],
                 "rax-bandwidth:bandwidth": [],
                 "locked": false}""".formatted(id, escape(name), status);
    }

    /** @param text any text @return it as the inside of a JSON string */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** @return the chapter's server, ACTIVE */
    static String server() {
        return server(SERVER_ID, "first_server", "ACTIVE");
    }

    /** @param server a server object @return {@code {"server": ...}} */
    static String wrapped(String server) {
        return "{\"server\": " + server + "}";
    }

    /**
     * @param status its status
     * @return the chapter's server described as Nova 2.47 and later do: the flavor itself
     */
    static String serverAt247(String status) {
        return server(SERVER_ID, "first_server", status).replace("""
                "flavor": {"id": "performance1-1",
                            "links": [{"href": "http://127.0.0.1/flavors/performance1-1", "rel": "bookmark"}]},""", """
                "flavor": {"vcpus": 1, "ram": 1024, "disk": 20, "ephemeral": 0, "swap": 0,
                            "original_name": "1 GB Performance", "extra_specs": {"hw:cpu_policy": "shared"}},""");
    }

    /** What {@code POST /servers} answers: a partial description with the generated password. */
    static final String CREATED = """
            {"server": {"OS-DCF:diskConfig": "AUTO", "adminPass": "73hgYoBnwoXu",
             "id": "afbabf55-a9b5-4e77-82bd-d57ab69f2992",
             "links": [{"href": "http://127.0.0.1/compute/v2.1/servers/afbabf55-a9b5-4e77-82bd-d57ab69f2992", "rel": "self"}],
             "security_groups": [{"name": "default"}]}}""";

    /** The chapter's table of flavors, as Rackspace's {@code /flavors/detail} lists them (swap "" when none). */
    static final String FLAVORS = """
            {"flavors": [
              %s, %s, %s, %s, %s, %s, %s, %s, %s
            ]}""".formatted(
            flavor("performance1-1", "1 GB Performance", 1024, 20, 1),
            flavor("performance1-2", "2 GB Performance", 2048, 40, 2),
            flavor("performance1-4", "4 GB Performance", 4096, 40, 4),
            flavor("performance1-8", "8 GB Performance", 8192, 40, 8),
            flavor("performance2-120", "120 GB Performance", 122880, 40, 32),
            flavor("performance2-15", "15 GB Performance", 15360, 40, 4),
            flavor("performance2-30", "30 GB Performance", 30720, 40, 8),
            flavor("performance2-60", "60 GB Performance", 61440, 40, 16),
            flavor("performance2-90", "90 GB Performance", 92160, 40, 24));

    /**
     * @return one flavor as Nova before 2.75 describes it (swap {@code ""} for none) with the
     *     extension fields
     */
    static String flavor(String id, String name, int ram, int disk, int vcpus) {
        return """
                {"id": "%1$s", "name": "%2$s", "ram": %3$d, "disk": %4$d, "vcpus": %5$d, "swap": "",
                 "OS-FLV-EXT-DATA:ephemeral": 0, "OS-FLV-DISABLED:disabled": false,
                 "os-flavor-access:is_public": true, "rxtx_factor": 1.0,
                 "extra_specs": {"class": "performance1", "number_of_data_disks": "0"},
                 "links": [{"href": "http://127.0.0.1/compute/v2.1/flavors/%1$s", "rel": "self"}]}"""
                .formatted(id, name, ram, disk, vcpus);
    }

    /** A base image and a snapshot of the chapter's server, as Nova's image API (2.35 and older) lists them. */
    static final String IMAGES = """
            {"images": [
              {"id": "5cc098a5-7286-4b96-b3a2-49f4c4f82537", "name": "Ubuntu 14.04 LTS (Trusty Tahr)",
               "status": "ACTIVE", "progress": 100, "minDisk": 20, "minRam": 512,
               "created": "2014-04-17T18:30:48Z", "updated": "2014-04-18T02:22:15Z",
               "metadata": {"os_distro": "ubuntu", "os_version": "14.04", "image_type": "base",
                            "auto_disk_config": "True"},
               "OS-EXT-IMG-SIZE:size": 402653184, "OS-DCF:diskConfig": "AUTO",
               "links": [{"href": "http://127.0.0.1/compute/v2.1/images/5cc098a5-7286-4b96-b3a2-49f4c4f82537", "rel": "self"}]},
              {"id": "7b8abc3f-5fd2-4d02-9e9a-16d43fc7128e", "name": "my_image_name",
               "status": "SAVING", "progress": 25, "minDisk": 20, "minRam": 1024,
               "created": "2014-05-01T10:00:00Z", "updated": "2014-05-01T10:01:00Z",
               "metadata": {"image_type": "snapshot", "instance_uuid": "afbabf55-a9b5-4e77-82bd-d57ab69f2992"},
               "server": {"id": "afbabf55-a9b5-4e77-82bd-d57ab69f2992",
                          "links": [{"href": "http://127.0.0.1/compute/v2.1/servers/afbabf55-a9b5-4e77-82bd-d57ab69f2992", "rel": "self"}]},
               "links": [{"href": "http://127.0.0.1/compute/v2.1/images/7b8abc3f-5fd2-4d02-9e9a-16d43fc7128e", "rel": "self"}]}
            ]}""";

    /** A key pair as {@code GET /os-keypairs/{name}} describes it. */
    static final String KEYPAIR = """
            {"keypair": {"name": "my_key", "fingerprint": "SHA256:8b:5a:3c", "type": "ssh",
             "public_key": "%s",
             "user_id": "fake-user-0001", "created_at": "2014-05-07T12:06:13.681238", "deleted": false,
             "deleted_at": null, "id": 1, "updated_at": null}}""".formatted(PUBLIC_KEY);

    /** What {@code POST /os-keypairs} answers when it generated the pair: the private key, once. */
    static final String GENERATED_KEYPAIR = """
            {"keypair": {"name": "generated", "fingerprint": "7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd",
             "type": "ssh", "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC generated-by-nova",
             "private_key": "%s", "user_id": "fake-user-0001"}}""".formatted(PRIVATE_KEY);

    /** Nova's listing of key pairs: each item wrapped in its own {@code keypair} object. */
    static final String KEYPAIRS = """
            {"keypairs": [
              {"keypair": {"name": "my_key", "fingerprint": "SHA256:8b:5a:3c", "type": "ssh", "public_key": "%s"}},
              {"keypair": {"name": "other", "fingerprint": "SHA256:11:22:33", "type": "x509",
                           "public_key": "-----BEGIN CERTIFICATE-----"}}
            ]}""".formatted(PUBLIC_KEY);
}
