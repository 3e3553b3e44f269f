package org.cloudsdk.image;

/** Glance documents shaped like the chapter's printed images and the API reference. */
final class GlanceFixtures {

    static final String WINDOWS_ID = "5efb77d0-738c-43a0-9e6e-0c4229e443f2";
    static final String RHEL_ID = "65bef64f-02e8-4fd7-8433-d538073c7571";
    static final String UBUNTU_ID = "9c1d8506-ffcd-4218-80cb-e8a2a0470131";
    static final String ALT_PROJECT = "db79218f709c4f6db33d12f76fd53924";

    /** The chapter's first image, with the fields Rackspace adds. */
    static final String WINDOWS = """
            {"auto_disk_config": "False", "cache_in_nova": "True", "checksum": "47125fb048f027a813ccb27d39cb3087",
             "container_format": "ovf", "created_at": "2014-03-03T20:13:18Z", "disk_format": "vhd",
             "id": "5efb77d0-738c-43a0-9e6e-0c4229e443f2", "image_type": "base", "min_disk": 40, "min_ram": 2048,
             "name": "Windows Server 2008 R2 SP1 + SQL Server 2012 SP1 Standard", "os_type": "windows",
             "protected": false, "size": 11063822327, "status": "active", "tags": [],
             "updated_at": "2014-03-05T18:39:06Z", "visibility": "public",
             "self": "/v2/images/5efb77d0-738c-43a0-9e6e-0c4229e443f2",
             "file": "/v2/images/5efb77d0-738c-43a0-9e6e-0c4229e443f2/file", "schema": "/v2/schemas/image"}""";

    static final String RHEL = """
            {"auto_disk_config": "disabled", "cache_in_nova": "True", "checksum": "4bc3581e26af4c05813d4dcf75e6de77",
             "container_format": "ovf", "created_at": "2014-02-25T22:03:09Z", "disk_format": "vhd",
             "id": "65bef64f-02e8-4fd7-8433-d538073c7571", "image_type": "base", "min_disk": 20, "min_ram": 512,
             "name": "Red Hat Enterprise Linux 6.5 (PVHVM)", "os_distro": "rhel", "os_type": "linux",
             "protected": false, "size": 509451746, "status": "active", "tags": [],
             "updated_at": "2014-03-05T23:18:08Z", "visibility": "public", "vm_mode": "hvm"}""";

    static final String UBUNTU = """
            {"auto_disk_config": "disabled", "cache_in_nova": "True", "checksum": "85285e6f4b4256e244f0ed3e8b4215e2",
             "container_format": "ovf", "created_at": "2014-02-25T04:07:34Z", "disk_format": "vhd",
             "id": "9c1d8506-ffcd-4218-80cb-e8a2a0470131", "image_type": "base", "min_disk": 20, "min_ram": 512,
             "name": "Ubuntu 13.10 (Saucy Salamander) (PVHVM)", "os_distro": "ubuntu", "os_type": "linux",
             "protected": false, "size": 766370044, "status": "active", "tags": [],
             "updated_at": "2014-03-05T23:21:11Z", "visibility": "public", "vm_mode": "hvm"}""";

    /** @return the chapter's three images on one page, without a next link */
    static String page(String... images) {
        return "{\"images\": [" + String.join(", ", images) + "], \"first\": \"/v2/images\","
                + " \"schema\": \"/v2/schemas/images\"}";
    }

    /**
     * @param id its id
     * @param status its status
     * @param checksum its MD5, or null
     * @param sha512 its os_hash_value, or null
     * @return a private image of the demo project as Glance 25 describes it
     */
    static String image(String id, String status, String checksum, String sha512) {
        return """
                {"id": "%s", "name": "web", "status": "%s", "visibility": "private", "disk_format": "raw",
                 "container_format": "bare", "checksum": %s, "os_hash_algo": %s, "os_hash_value": %s,
                 "size": null, "virtual_size": null, "min_disk": 0, "min_ram": 0, "protected": false,
                 "os_hidden": false, "owner": "%s", "tags": [], "created_at": "2026-12-03T07:50:47Z",
                 "updated_at": "2026-12-03T07:50:47Z", "self": "/v2/images/%s", "file": "/v2/images/%s/file",
                 "schema": "/v2/schemas/image"}""".formatted(id, status, quoted(checksum),
                sha512 == null ? "null" : "\"sha512\"", quoted(sha512), GlanceStub.PROJECT, id, id);
    }

    /** @return a member as Glance answers it */
    static String member(String imageId, String memberId, String status) {
        return """
                {"created_at": "2026-12-03T08:00:00Z", "image_id": "%s", "member_id": "%s",
                 "schema": "/v2/schemas/member", "status": "%s", "updated_at": "2026-12-03T08:00:01Z"}"""
                .formatted(imageId, memberId, status);
    }

    /** @return a task as Rackspace's Cloud Images documents it */
    static String task(String id, String type, String status, String message, String input) {
        return """
                {"created_at": "2014-02-26T02:01:13Z", "id": "%s", "input": %s, "message": "%s",
                 "owner": "00000123", "schema": "/v2/schemas/task", "self": "/v2/tasks/%s", "status": "%s",
                 "type": "%s", "updated_at": "2014-02-26T02:01:13Z"}""".formatted(id, input, message, id, status,
                type);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private GlanceFixtures() {
    }
}
