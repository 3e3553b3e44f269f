package org.cloudsdk.dns;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The fields of a Cloud DNS record (or PTR record) that {@link DnsRecord} and {@link PtrRecord} offer typed. */
record RecordFields(
        String id,
        String name,
        @Nullable RecordType type,
        @Nullable String data,
        @Nullable Integer ttl,
        @Nullable Integer priority,
        @Nullable String comment,
        @Nullable Instant created,
        @Nullable Instant updated) {
}
