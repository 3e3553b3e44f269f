package org.cloudsdk.benchmarks.compute;

import java.time.Duration;

/**
 * One library doing compute's hot paths against the {@link NovaStub}, as its user would.
 * Creation is set apart from waiting so that only the waits are timed.
 */
public interface ComputeContender extends AutoCloseable {

    /** The region of the stub's catalog. */
    String REGION = "RegionOne";
    /** The image the waited servers are created from (the stub does not check it). */
    String IMAGE_ID = "70a599e0-31e7-49b7-b260-868f441e862b";
    /** Their flavor. */
    String FLAVOR_ID = "42";
    /** The interval between two polls of one wait: openstack4j's, which it does not let a user change. */
    Duration POLL_INTERVAL = Duration.ofSeconds(1);

    /** @return the library's name in the tables */
    String name();

    /** @return how it gets every page, for the table */
    String pagingNote();

    /** @return how it waits, for the table */
    String waitingNote();

    /**
     * Lists every server with details.
     *
     * @return the library's own objects for the servers listed, in order
     */
    java.util.List<?> listAll();

    /**
     * @param server one of the objects {@link #listAll()} returned
     * @return its id
     */
    String idOf(Object server);

    /**
     * Creates servers {@code wait-<run>-0} to {@code wait-<run>-<count-1>} (not timed) and keeps
     * what the library returned for the waits.
     *
     * @param run the run, so that the stub's clocks start again
     * @param count how many
     */
    void create(int run, int count);

    /**
     * Waits for every server of the last {@link #create} to be ACTIVE, all at once.
     *
     * @param timeout the longest any wait may take
     * @return how many ended ACTIVE
     * @throws Exception when a wait fails or the time runs out
     */
    int awaitActive(Duration timeout) throws Exception;

    @Override
    void close();
}
