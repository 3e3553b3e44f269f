package org.cloudsdk.database;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a database: a listing gives the name only. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record DatabaseFields(String name, @Nullable String characterSet, @Nullable String collate) {
}
