package org.cloudsdk.database;


import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/** The limits of the chapter, checked before any request. */
final class DatabaseLimits {

    /** The smallest volume, in GB. */
    static final int MIN_VOLUME = 1;
    /** The largest volume, in GB. */
    static final int MAX_VOLUME = 50;
    /** The longest backup name. */
    static final int MAX_BACKUP_NAME = 64;

    private DatabaseLimits() {
    }

    static int volume(int size, String parameter) {
        if (size < MIN_VOLUME || size > MAX_VOLUME) {
            throw new IllegalArgumentException(parameter + " must be a whole number of GB from " + MIN_VOLUME + " to "
                    + MAX_VOLUME + ", was " + size);
        }
        return size;
    }

    static String backupName(@Nullable String name) {
        String value = text(name, "name");
        if (value.length() > MAX_BACKUP_NAME) {
            throw new IllegalArgumentException("name of a backup must be at most " + MAX_BACKUP_NAME
                    + " characters, was " + value.length());
        }
        return value;
    }

    /**
     * The chapter's warning: on delete the API cuts a user name at its first period, so deleting
     * {@code john.doe} would delete {@code john}. Refused before the request.
     */
    static String deletableUserName(@Nullable String name) {
        String value = text(name, "name");
        int period = value.indexOf('.');
        if (period >= 0) {
            throw new IllegalArgumentException("name: the user '" + value + "' contains a period, and Cloud Databases"
                    + " cuts a user name at its first period on delete: it would delete the user '"
                    + value.substring(0, period) + "' instead. Delete this user with a MySQL administration tool.");
        }
        return value;
    }

    static String text(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }
}
