package org.cloudsdk.octavia;

/** What an L7 policy does with the requests its rules match. */
public enum L7PolicyAction {
    /** Sends them to another pool ({@code redirect_pool_id}). */
    REDIRECT_TO_POOL,
    /** Redirects them to a URL ({@code redirect_url}). */
    REDIRECT_TO_URL,
    /** Redirects them to the same path under another prefix ({@code redirect_prefix}). */
    REDIRECT_PREFIX,
    /** Refuses them. */
    REJECT,
    /** A value this SDK does not know. */
    UNKNOWN
}
