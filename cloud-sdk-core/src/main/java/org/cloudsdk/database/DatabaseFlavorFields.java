package org.cloudsdk.database;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Cloud Databases flavor; Rackspace sends the id as a number, read as text. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record DatabaseFlavorFields(String id, @Nullable String name, int ram) {
}
