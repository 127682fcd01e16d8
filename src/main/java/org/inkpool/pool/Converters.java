package org.inkpool.pool;

import org.inkpool.convert.DocumentConverter;
import org.inkpool.convert.Engine;

/**
 * Creates the converter a worker (or a pool thread) uses: the engine, unless the test/diagnostic hook
 * {@value #PROPERTY} names another {@link DocumentConverter} class with a public no-argument constructor.
 */
public final class Converters {
    /** Test/diagnostic hook: class name of a converter to use instead of the engine. */
    public static final String PROPERTY = "inkpool.worker.converter";

    private Converters() {
    }

    public static DocumentConverter create(String className) {
        if (className == null || className.isBlank()) {
            return Engine.converter();
        }
        try {
            return Class.forName(className).asSubclass(DocumentConverter.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot create converter " + className + ": " + e, e);
        }
    }

    public static DocumentConverter fromSystemProperty() {
        return create(System.getProperty(PROPERTY));
    }
}
