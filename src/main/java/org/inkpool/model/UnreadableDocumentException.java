package org.inkpool.model;

/** A document that cannot be read, with the plain reason a user sees. */
public class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a document could not be read. */
    public enum Reason { NOT_WORD, ENCRYPTED, CORRUPT, UNSUPPORTED, TOO_LARGE }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
