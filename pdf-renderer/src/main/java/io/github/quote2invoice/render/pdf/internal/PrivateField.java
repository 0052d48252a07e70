package io.github.quote2invoice.render.pdf.internal;

import java.lang.reflect.Field;

/**
 * A private field of openhtmltopdf that a speed-up reads or sets. Looked up once; when a later version
 * renames it or changes its type the lookup gives null and the caller falls back to openhtmltopdf's own
 * path (each user has a test that fails then, to say the saving is gone). Not API.
 */
final class PrivateField {
    private PrivateField() {
    }

    /** {@code owner}'s field {@code name} of exactly {@code type}, made accessible; null when there is none. */
    static Field find(Class<?> owner, String name, Class<?> type) {
        try {
            Field f = owner.getDeclaredField(name);
            if (f.getType() != type) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
