package org.cloudsdk.docs;

import java.net.URI;
import java.nio.file.Path;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.SyncOptions;
import org.cloudsdk.objectstorage.SyncResult;

/** The Java block of the README, compiled against the real API (not run: it writes to the cloud). */
final class ReadmeExamples {

    private ReadmeExamples() {
    }

    static void tour() {
        try (CloudContext ctx = CloudContext.builder()
                .identityType("keystone")
                .authEndpoint("http://127.0.0.1:5000/v3")
                .username("demo").password("demopass").tenantName("demo")
                .region("RegionOne")
                .build()) {
            ObjectStorage cf = ctx.objectStorage();              // pyrax's cloudfiles; authenticates on first use
            cf.createContainer("example");
            cf.storeObject("example", "new_object.txt", "This is the content of the file.");
            SyncResult sync = cf.syncFolderToContainer(Path.of("/home/me/important"), "example", SyncOptions.defaults());
            URI link = cf.getTempUrl("example", "new_object.txt", 3600, "GET");
            ServiceClient compute = ctx.client("nova", "RegionOne");   // any service of the catalog, pyrax's aliases
        }
    }
}
