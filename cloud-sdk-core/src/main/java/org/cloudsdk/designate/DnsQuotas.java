package org.cloudsdk.designate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A project's Designate quotas: how many zones it may own, record sets and records per zone,
 * records per record set, and record sets per export. Every value the server sent is kept
 * ({@link #asMap()}).
 */
public final class DnsQuotas {

    private final Map<String, Long> values;

    DnsQuotas(JsonNode json) {
        Map<String, Long> read = new LinkedHashMap<>();
        json.properties().forEach(field -> {
            if (field.getValue().isNumber()) {
                read.put(field.getKey(), field.getValue().asLong());
            }
        });
        this.values = java.util.Collections.unmodifiableMap(read);
    }

    /** @return how many zones the project may own ({@code zones}) */
    public Optional<Long> zones() {
        return get("zones");
    }

    /** @return how many record sets a zone may hold ({@code zone_recordsets}) */
    public Optional<Long> zoneRecordsets() {
        return get("zone_recordsets");
    }

    /** @return how many records a zone may hold ({@code zone_records}) */
    public Optional<Long> zoneRecords() {
        return get("zone_records");
    }

    /** @return how many records a record set may hold ({@code recordset_records}) */
    public Optional<Long> recordsetRecords() {
        return get("recordset_records");
    }

    /** @return how many record sets an export may hold ({@code api_export_size}) */
    public Optional<Long> apiExportSize() {
        return get("api_export_size");
    }

    /** @return every quota the server sent, by its JSON name */
    public Map<String, Long> asMap() {
        return values;
    }

    private Optional<Long> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DnsQuotas o && values.equals(o.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "DnsQuotas" + values;
    }
}
