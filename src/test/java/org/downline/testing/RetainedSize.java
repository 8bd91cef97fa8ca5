package org.downline.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Bytes an object graph holds, counted by walking it: every array at 16 bytes of header plus its
 * elements, every object at 16 bytes plus 8 per instance field, both rounded up to 8 (the 64-bit
 * HotSpot layout with compressed class pointers; references counted at 8 bytes, an overcount
 * with compressed oops). Static fields are not followed. Objects of JDK classes (random generators,
 * strings, records' names) are counted shallowly: their fields cannot be read across modules. The
 * elements of a JDK collection or map are followed through its public methods, each at 8 bytes of
 * the collection's own storage a reference (a map's key and value), so that what one holds counts.
 */
public final class RetainedSize {

    private RetainedSize() {
    }

    /** Bytes reachable from {@code root}. */
    public static long of(Object root) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long bytes = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            Class<?> c = o.getClass();
            if (c.isArray()) {
                int n = Array.getLength(o);
                Class<?> e = c.getComponentType();
                bytes += align(16 + (long) n * elementBytes(e));
                if (!e.isPrimitive()) {
                    for (int i = 0; i < n; i++) {
                        Object x = Array.get(o, i);
                        if (x != null) {
                            todo.push(x);
                        }
                    }
                }
                continue;
            }
            if (o instanceof Enum<?>) {
                continue;                                // constants, shared by everything
            }
            if (o instanceof Collection<?> all && !c.getName().startsWith("org.downline.")) {
                for (Object x : all) {
                    bytes += 8;
                    if (x != null) {
                        todo.push(x);
                    }
                }
            } else if (o instanceof Map<?, ?> all && !c.getName().startsWith("org.downline.")) {
                for (Map.Entry<?, ?> x : all.entrySet()) {
                    bytes += 16;
                    for (Object kv : new Object[] {x.getKey(), x.getValue()}) {
                        if (kv != null) {
                            todo.push(kv);
                        }
                    }
                }
            }
            long fields = 0;
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                boolean ours = k.getName().startsWith("org.downline.");
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    fields++;
                    if (ours && !f.getType().isPrimitive()) {
                        try {
                            f.setAccessible(true);
                            Object x = f.get(o);
                            if (x != null) {
                                todo.push(x);
                            }
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            throw new IllegalStateException("cannot read " + f, e);
                        }
                    }
                }
            }
            bytes += align(16 + 8 * fields);
        }
        return bytes;
    }

    private static long elementBytes(Class<?> e) {
        if (e == long.class || e == double.class) {
            return 8;
        }
        if (e == int.class || e == float.class) {
            return 4;
        }
        if (e == short.class || e == char.class) {
            return 2;
        }
        if (e == byte.class || e == boolean.class) {
            return 1;
        }
        return 8;
    }

    private static long align(long b) {
        return (b + 7) & ~7L;
    }
}
