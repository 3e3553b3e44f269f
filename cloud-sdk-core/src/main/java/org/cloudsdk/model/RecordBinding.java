package org.cloudsdk.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How one record type maps to JSON: found once per type (reflection), then cached. */
final class RecordBinding {

    private static final ClassValue<RecordBinding> BINDINGS = new ClassValue<>() {
        @Override
        protected RecordBinding computeValue(Class<?> type) {
            return new RecordBinding(type);
        }
    };

    private final Class<?> type;
    private final Component[] components;
    private final MethodHandle constructor;

    private record Component(String name, String jsonName, Type type, boolean allFields, MethodHandle accessor) {
    }

    private RecordBinding(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        JsonNaming naming = type.getAnnotation(JsonNaming.class);
        JsonNaming.Scheme scheme = naming == null ? JsonNaming.Scheme.AS_IS : naming.value();
        RecordComponent[] declared = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[declared.length];
        components = new Component[declared.length];
        try {
            for (int i = 0; i < declared.length; i++) {
                RecordComponent c = declared[i];
                JsonName name = c.getAnnotation(JsonName.class);
                boolean all = c.isAnnotationPresent(AllFields.class);
                if (all && c.getType() != ObjectNode.class) {
                    throw new IllegalArgumentException("@AllFields " + type.getSimpleName() + "." + c.getName()
                            + " must be an ObjectNode");
                }
                // records of service packages are often package-private
                c.getAccessor().setAccessible(true);
                components[i] = new Component(c.getName(), name != null ? name.value() : scheme.apply(c.getName()),
                        c.getGenericType(), all, MethodHandles.lookup().unreflect(c.getAccessor()));
                parameterTypes[i] = c.getType();
            }
            var canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, declared.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot bind record " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    static RecordBinding of(Class<?> type) {
        return BINDINGS.get(type);
    }

    Object read(JsonNode node, ReadPath path) {
        if (!node.isObject()) {
            throw new CloudException(path + ": expected a JSON object for " + type.getSimpleName() + ", got "
                    + node.getNodeType());
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            args[i] = c.allFields ? (path.sharesTrees() ? node : ((ObjectNode) node).deepCopy())
                    : Values.read(node.get(c.jsonName), c.type, path.field(c.jsonName));
        }
        try {
            return constructor.invokeExact(args);
        } catch (RuntimeException e) {
            // a compact constructor refused the values: the server sent what the record forbids
            throw new CloudException(path + ": " + type.getSimpleName() + " refused the response's values: "
                    + e.getMessage(), e);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    ObjectNode write(Object record) {
        ObjectNode out = Values.NODES.objectNode();
        for (Component c : components) {
            if (c.allFields) {
                ObjectNode extra = (ObjectNode) get(c, record);
                if (extra != null) {
                    for (Map.Entry<String, JsonNode> field : extra.properties()) {
                        out.set(field.getKey(), field.getValue().deepCopy());
                    }
                }
            }
        }
        for (Component c : components) {
            if (!c.allFields) {
                Object value = get(c, record);
                if (value != null) {
                    out.set(c.jsonName, Values.write(value));
                }
            }
        }
        return out;
    }

    private static @Nullable Object get(Component c, Object record) {
        try {
            return c.accessor.invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read component " + c.name, e);
        }
    }
}
