package org.cloudsdk.designate;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * A zone export task (pyrax's Cloud DNS {@code export_domain}): Designate writes the zone as a BIND
 * zone file, {@code PENDING} until {@code COMPLETE}; {@link #content()} then fetches the file.
 */
public final class ZoneExport extends ZoneTask<ZoneExport> {

    ZoneExport(Designate designate, JsonNode json) {
        super(designate, json);
    }

    /**
     * @return where the file is, once {@code COMPLETE}: {@code designate://v2/zones/tasks/exports/<id>/export}
     *     for Designate's own store (read it with {@link #content()})
     */
    public Optional<String> location() {
        return Optional.ofNullable(fields.location());
    }

    @Override
    public CompletableFuture<ZoneExport> reloadAsync() {
        return designate.getZoneExportAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone_export";
    }

    /** @return the exported zone file ({@code text/dns}); the task must be {@code COMPLETE} */
    public String content() {
        return designate.getZoneExportContent(id());
    }

    /** Deletes the task and its file. */
    public void delete() {
        designate.deleteZoneExport(id());
    }
}
