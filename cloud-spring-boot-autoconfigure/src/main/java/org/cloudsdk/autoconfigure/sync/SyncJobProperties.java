package org.cloudsdk.autoconfigure.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;


/**
 * {@code cloud.sync.jobs.<name>.*}: one folder synced to a container on a schedule, with exactly
 * one of {@code cron} and {@code fixed-delay}. The options are those of
 * {@code ObjectStorage.syncFolderToContainer}.
 */
public class SyncJobProperties {

    /** Whether the job is scheduled; a disabled job is neither checked nor listed. */
    private boolean enabled = true;

    /** Local folder to sync (must exist at start unless create-folder is on). */
    private @Nullable String folder;

    /** Whether the folder is created at start when it is missing, for a folder the application owns. */
    private boolean createFolder;

    /** Container to sync into. */
    private @Nullable String container;

    /** Whether the container is created when it does not exist; otherwise the run fails. */
    private boolean createContainer;

    /** Pseudo-folder in the container to sync under, such as backup; the container's top when unset. */
    private @Nullable String prefix;

    /** Whether names starting with a dot are synced too. */
    private boolean includeHidden;

    /** Whether differing files are uploaded whatever their times; otherwise only when newer than the remote copy. */
    private boolean ignoreTimestamps;

    /** Globs of files and folders to leave out, such as *.tmp. */
    private List<String> ignore = new ArrayList<>();

    /** Whether objects under the prefix that have no local file are deleted. */
    private boolean delete;

    /** How many files are hashed and uploaded at once. */
    private int parallelism = 16;

    /** Region of the container; the environment's default region when unset. */
    private @Nullable String region;

    /** Environment (cloud.environments.<name>) of the container; the active one when unset. */
    private @Nullable String environment;

    /** Cron expression of the runs (Spring's six fields, such as "0 0/15 * * * *"); exclusive with fixed-delay. */
    private @Nullable String cron;

    /** Delay between the end of one run and the start of the next; exclusive with cron. */
    private @Nullable Duration fixedDelay;

    /** Delay before the first run of a fixed-delay job. */
    private @Nullable Duration initialDelay;

    /** @return whether the job is scheduled */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the job is scheduled */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the local folder */
    public @Nullable String getFolder() {
        return folder;
    }

    /** @param folder the local folder */
    public void setFolder(@Nullable String folder) {
        this.folder = folder;
    }

    /** @return whether a missing folder is created at start */
    public boolean isCreateFolder() {
        return createFolder;
    }

    /** @param createFolder whether a missing folder is created at start */
    public void setCreateFolder(boolean createFolder) {
        this.createFolder = createFolder;
    }

    /** @return the container */
    public @Nullable String getContainer() {
        return container;
    }

    /** @param container the container */
    public void setContainer(@Nullable String container) {
        this.container = container;
    }

    /** @return whether a missing container is created */
    public boolean isCreateContainer() {
        return createContainer;
    }

    /** @param createContainer whether a missing container is created */
    public void setCreateContainer(boolean createContainer) {
        this.createContainer = createContainer;
    }

    /** @return the pseudo-folder to sync under */
    public @Nullable String getPrefix() {
        return prefix;
    }

    /** @param prefix the pseudo-folder to sync under */
    public void setPrefix(@Nullable String prefix) {
        this.prefix = prefix;
    }

    /** @return whether hidden names are synced */
    public boolean isIncludeHidden() {
        return includeHidden;
    }

    /** @param includeHidden whether hidden names are synced */
    public void setIncludeHidden(boolean includeHidden) {
        this.includeHidden = includeHidden;
    }

    /** @return whether the times of differing files are ignored */
    public boolean isIgnoreTimestamps() {
        return ignoreTimestamps;
    }

    /** @param ignoreTimestamps whether the times of differing files are ignored */
    public void setIgnoreTimestamps(boolean ignoreTimestamps) {
        this.ignoreTimestamps = ignoreTimestamps;
    }

    /** @return the globs left out */
    public List<String> getIgnore() {
        return ignore;
    }

    /** @param ignore the globs left out */
    public void setIgnore(List<String> ignore) {
        this.ignore = ignore;
    }

    /** @return whether extra objects are deleted */
    public boolean isDelete() {
        return delete;
    }

    /** @param delete whether extra objects are deleted */
    public void setDelete(boolean delete) {
        this.delete = delete;
    }

    /** @return files synced at once */
    public int getParallelism() {
        return parallelism;
    }

    /** @param parallelism files synced at once */
    public void setParallelism(int parallelism) {
        this.parallelism = parallelism;
    }

    /** @return the region, or null for the default */
    public @Nullable String getRegion() {
        return region;
    }

    /** @param region the region */
    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    /** @return the environment, or null for the active one */
    public @Nullable String getEnvironment() {
        return environment;
    }

    /** @param environment the environment */
    public void setEnvironment(@Nullable String environment) {
        this.environment = environment;
    }

    /** @return the cron expression */
    public @Nullable String getCron() {
        return cron;
    }

    /** @param cron the cron expression */
    public void setCron(@Nullable String cron) {
        this.cron = cron;
    }

    /** @return the delay between runs */
    public @Nullable Duration getFixedDelay() {
        return fixedDelay;
    }

    /** @param fixedDelay the delay between runs */
    public void setFixedDelay(@Nullable Duration fixedDelay) {
        this.fixedDelay = fixedDelay;
    }

    /** @return the delay before the first run */
    public @Nullable Duration getInitialDelay() {
        return initialDelay;
    }

    /** @param initialDelay the delay before the first run */
    public void setInitialDelay(@Nullable Duration initialDelay) {
        this.initialDelay = initialDelay;
    }
}
