package org.cloudsdk.autoscale;

/** What triggers a scaling policy ({@code type}); the chapter documents webhooks only. */
public enum PolicyType {
    /** Executed through its webhooks (or {@link ScalingPolicy#execute()}). */
    WEBHOOK,
    /** A type this SDK does not know (a scheduled policy, for one); read only. */
    UNKNOWN;

    /** @return the name Auto Scale uses */
    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
