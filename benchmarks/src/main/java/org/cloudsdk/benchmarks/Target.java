package org.cloudsdk.benchmarks;

/**
 * The SDK's target on one task in one mode: the reference it is compared with, the largest ratio
 * to it that passes, and whether the SDK must also be ahead of both Java peers.
 *
 * @param reference where the reference time comes from
 * @param maxRatio the largest ratio that passes (strictly below when it is 1.0)
 * @param aheadOfJavaPeers whether the SDK must also be faster than openstack4j and jclouds
 * @param text the target in words, for the table
 */
public record Target(Reference reference, double maxRatio, boolean aheadOfJavaPeers, String text) {

    /** Where a target's reference time comes from. */
    public enum Reference {
        /** The reference row of the task: the server's ceiling, or the machine's floor when warm. */
        REFERENCE_ROW,
        /** The faster of the command-line peers (rclone, the swift CLI). */
        BEST_CLI_PEER,
        /** The faster Java peer (openstack4j, jclouds). */
        BEST_JAVA_PEER,
        /** The fastest peer that verifies each transfer's MD5 as the SDK does. */
        BEST_VERIFYING_PEER,
        /** None: the task passes by completing correctly. */
        NONE
    }

    /**
     * @param ratio the SDK's time over the reference time
     * @return whether it meets the bound
     */
    public boolean withinBound(double ratio) {
        return maxRatio == 1.0 ? ratio < 1.0 : ratio <= maxRatio;
    }
}
