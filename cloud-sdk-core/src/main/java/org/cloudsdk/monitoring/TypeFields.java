package org.cloudsdk.monitoring;

import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The fields of check and notification types that their handles offer typed ({@code fields} is
 * null for types that take no details).
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record TypeFields(String id, @Nullable String type, @Nullable String category, @Nullable List<TypeField> fields) {

    List<TypeField> all() {
        return fields == null ? List.of() : fields;
    }

    List<String> names() {
        return all().stream().map(TypeField::name).toList();
    }

    List<String> names(boolean optional) {
        return all().stream().filter(field -> field.optional() == optional).map(TypeField::name).toList();
    }
}
