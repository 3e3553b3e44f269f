package org.cloudsdk.database;

import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a database user: name, host and the databases it may use. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record UserFields(String name, @Nullable String host, List<DatabaseFields> databases) {

    UserFields {
        databases = databases == null ? List.of() : databases;
    }
}
