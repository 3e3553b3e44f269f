package org.cloudsdk.database;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a create or a resize names its flavor, in the four ways pyrax accepts: a flavor handle, its
 * id, its name ({@code "2GB Instance"}) or its RAM in MB ({@code 2048}). pyrax guessed whether an
 * integer was an id or a RAM size; here the caller says which. A name or RAM is looked up in the
 * flavor listing when the call is made; a handle or id is sent as it is.
 */
public final class FlavorRef {

    private enum Kind { ID, NAME, RAM }

    private final Kind kind;
    private final String value;

    private FlavorRef(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * @param flavor a flavor handle
     * @return a reference to it by id
     */
    public static FlavorRef of(DatabaseFlavor flavor) {
        Objects.requireNonNull(flavor, "flavor must not be null");
        return new FlavorRef(Kind.ID, flavor.id());
    }

    /**
     * @param flavorId a flavor's id, such as {@code 1}
     * @return a reference to it
     */
    public static FlavorRef id(String flavorId) {
        return new FlavorRef(Kind.ID, DatabaseLimits.text(flavorId, "flavorId"));
    }

    /**
     * @param name a flavor's exact name, such as {@code 2GB Instance}
     * @return a reference to the flavor of that name
     */
    public static FlavorRef name(String name) {
        return new FlavorRef(Kind.NAME, DatabaseLimits.text(name, "name"));
    }

    /**
     * @param ram RAM in MB, such as {@code 2048}
     * @return a reference to the first flavor with exactly that RAM
     * @throws IllegalArgumentException when {@code ram} is below 1
     */
    public static FlavorRef ram(int ram) {
        if (ram < 1) {
            throw new IllegalArgumentException("ram must be 1 MB or more, was " + ram);
        }
        return new FlavorRef(Kind.RAM, Integer.toString(ram));
    }

    /** @return the id when this reference is one (no lookup needed), else null */
    @Nullable String knownId() {
        return kind == Kind.ID ? value : null;
    }

    /** @return whether this reference is by name, where two matches are ambiguous */
    boolean byName() {
        return kind == Kind.NAME;
    }

    /** @return whether the flavor matches this reference */
    boolean matches(DatabaseFlavor flavor) {
        return switch (kind) {
            case ID -> value.equals(flavor.id());
            case NAME -> value.equals(flavor.name());
            case RAM -> Integer.toString(flavor.ram()).equals(value);
        };
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FlavorRef ref && ref.kind == kind && ref.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ID -> "flavor id " + value;
            case NAME -> "flavor named '" + value + "'";
            case RAM -> "flavor with " + value + " MB of RAM";
        };
    }
}
