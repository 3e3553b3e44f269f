package org.cloudsdk.image;

import java.util.Arrays;
import java.util.Locale;

import org.cloudsdk.model.JsonName;
import org.jspecify.annotations.Nullable;

/**
 * Where a project stands on an image shared with it (pyrax's member status): it sees the image
 * in its listings once it has accepted it.
 */
public enum MemberStatus {
    /** Shared, not yet answered (the status a member starts with). */
    @JsonName("pending") PENDING,
    /** Accepted: the image appears in the member's listings. */
    @JsonName("accepted") ACCEPTED,
    /** Rejected: the image stays out of the member's listings. */
    @JsonName("rejected") REJECTED,
    /** A value this SDK does not know. */
    UNKNOWN;

    /** @return the value as Glance writes it */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param status {@code accepted}, {@code rejected} or {@code pending}, in any case
     * @return the status
     * @throws IllegalArgumentException for anything else, before any request
     */
    public static MemberStatus of(@Nullable String status) {
        if (status != null) {
            for (MemberStatus value : values()) {
                if (value != UNKNOWN && value.value().equalsIgnoreCase(status.trim())) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("status must be one of 'accepted', 'rejected' or 'pending', was "
                + (status == null ? "null" : "'" + status + "'"));
    }

    /** @throws IllegalArgumentException when this is {@link #UNKNOWN}, which cannot be sent */
    MemberStatus requireKnown(String parameter) {
        if (this == UNKNOWN) {
            throw new IllegalArgumentException(parameter + " must be one of " + Arrays.stream(values())
                    .filter(v -> v != UNKNOWN).map(MemberStatus::value).toList() + ", was UNKNOWN");
        }
        return this;
    }
}
