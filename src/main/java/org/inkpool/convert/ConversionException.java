package org.inkpool.convert;

/** A conversion that failed, with its kind and a one-line reason. */
public class ConversionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    public ConversionException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ConversionException(FailureKind kind, String message) {
        this(kind, message, null);
    }

    public FailureKind kind() {
        return kind;
    }
}
