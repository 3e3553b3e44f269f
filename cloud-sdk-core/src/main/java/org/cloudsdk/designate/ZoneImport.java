package org.cloudsdk.designate;

import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * A zone import task (pyrax's Cloud DNS {@code import_domain}): Designate reads a BIND zone file
 * and creates the zone it describes, {@code PENDING} until {@code COMPLETE} (then
 * {@link #zoneId()} names the new zone) or {@code ERROR} (then {@link #message()} says why).
 */
public final class ZoneImport extends ZoneTask<ZoneImport> {

    ZoneImport(Designate designate, JsonNode json) {
        super(designate, json);
    }

    @Override
    public CompletableFuture<ZoneImport> reloadAsync() {
        return designate.getZoneImportAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone_import";
    }

    /** Deletes the task's record (not the zone it created). */
    public void delete() {
        designate.deleteZoneImport(id());
    }
}
