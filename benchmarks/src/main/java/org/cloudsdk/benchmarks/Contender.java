package org.cloudsdk.benchmarks;

/** One tool or library whose processes are timed. */
public interface Contender {

    /** A contender's part in the table. */
    enum Role {
        /** The server's ceiling (rclone without checks, raw curl): the reference of its tasks. */
        REFERENCE,
        /** cloud-sdk: the rows with a target. */
        SDK,
        /** A peer tool or library. */
        PEER
    }

    /** @return a short id, used in container and file names */
    String id();

    /** @return the name shown in the table */
    String label();

    /** @return its part in the table */
    Role role();

    /** @return whether it is a Java library run through an entry point of this module */
    default boolean javaLibrary() {
        return false;
    }

    /**
     * @return whether it checks every transfer's MD5 as the SDK does (the swift CLI and rclone do by
     *     default; openstack4j and jclouds, called as their users call them, do not)
     */
    default boolean verifiesTransfers() {
        return false;
    }

    /**
     * @param task a task
     * @param workload the run's data sets
     * @return what it does for the task
     */
    Plan plan(Task task, Workload workload);
}
