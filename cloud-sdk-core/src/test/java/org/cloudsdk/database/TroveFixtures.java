package org.cloudsdk.database;

/**
 * Cloud Databases answers shaped as the chapter prints its objects and as the v1.0 API reference
 * shows them: flavor ids as numbers, instances with links, hostname, flavor and volume.
 */
final class TroveFixtures {

    static final String INSTANCE_ID = "471eff58-66bb-40af-8030-405451e38c02";
    static final String OTHER_ID = "55041e91-98ab-4cd5-8148-f3b3978b3262";
    static final String BACKUP_ID = "61f12fef-edb1-4561-8122-e7c00ef26a82";
    static final String HOSTNAME = "a1d5f7312d85f95071ea658d699962b690bd6b60.rackspaceclouddb.com";

    /** The chapter's four flavors. */
    static final String FLAVORS = """
            {"flavors": [
              %s,
              %s,
              %s,
              %s
            ]}""".formatted(flavor(1, "512MB Instance", 512), flavor(2, "1GB Instance", 1024),
            flavor(3, "2GB Instance", 2048), flavor(4, "4GB Instance", 4096));

    private TroveFixtures() {
    }

    static String flavor(int id, String name, int ram) {
        return """
                {"id": %d, "name": "%s", "ram": %d, "links": [
                  {"href": "https://ord.databases.api.rackspacecloud.com/v1.0/000000/flavors/%d", "rel": "self"},
                  {"href": "https://ord.databases.api.rackspacecloud.com/flavors/%d", "rel": "bookmark"}]}"""
                .formatted(id, name, ram, id, id);
    }

    /** An instance as a GET or a create describes it. */
    static String instance(String id, String name, String status, int volume) {
        return """
                {"created": "2013-05-08T22:43:34", "updated": "2013-05-08T22:43:34",
                 "hostname": "%s", "id": "%s", "name": "%s", "status": "%s",
                 "flavor": {"id": "1", "links": [
                   {"href": "https://ord.databases.api.rackspacecloud.com/v1.0/000000/flavors/1", "rel": "self"},
                   {"href": "https://ord.databases.api.rackspacecloud.com/flavors/1", "rel": "bookmark"}]},
                 "links": [
                   {"href": "https://ord.databases.api.rackspacecloud.com/v1.0/000000/instances/%s", "rel": "self"},
                   {"href": "https://ord.databases.api.rackspacecloud.com/instances/%s", "rel": "bookmark"}],
                 "volume": {"size": %d}}""".formatted(HOSTNAME, id, name, status, id, id, volume);
    }

    /** @return {"instance": ...} */
    static String wrappedInstance(String id, String name, String status, int volume) {
        return "{\"instance\": " + instance(id, name, status, volume) + "}";
    }

    /** A backup as the API reference shows it. */
    static String backup(String id, String name, String status) {
        return """
                {"created": "2014-10-30T12:30:00", "updated": "2014-10-30T12:30:00",
                 "description": "My Backup", "id": "%s", "instance_id": "%s",
                 "locationRef": null, "name": "%s", "size": null, "status": "%s",
                 "datastore": {"type": "MySQL", "version": "5.6", "version_id": "1"}}"""
                .formatted(id, INSTANCE_ID, name, status);
    }

    /** @return {"backup": ...} */
    static String wrappedBackup(String id, String name, String status) {
        return "{\"backup\": " + backup(id, name, status) + "}";
    }
}
