package org.inkpool.docx;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * The whole content of a model value as text, for comparing two reads of a document: records by their
 * components, byte arrays by length and content hash (their toString is an identity).
 */
public final class ModelDump {
    private ModelDump() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(value, out);
        return out.toString();
    }

    private static void append(Object value, StringBuilder out) {
        if (value instanceof byte[] bytes) {
            out.append("bytes[").append(bytes.length).append('#').append(Arrays.hashCode(bytes)).append(']');
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=');
                try {
                    c.getAccessor().setAccessible(true);
                    append(c.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                out.append(", ");
            }
            out.append(")\n");
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            items.forEach(item -> {
                append(item, out);
                out.append(", ");
            });
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            map.forEach((k, v) -> {
                append(k, out);
                out.append('=');
                append(v, out);
                out.append(", ");
            });
            out.append('}');
        } else if (value != null && value.getClass().isArray()) {
            out.append(Arrays.deepToString(new Object[]{value}));
        } else {
            out.append(value);
        }
    }
}
