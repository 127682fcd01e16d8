package org.inkpool.convert;

/** Why a file could not be converted, in words a user understands. */
public enum FailureKind {
    NOT_WORD("not a Word document"),
    ENCRYPTED("encrypted (password protected)"),
    CORRUPT("corrupt or damaged"),
    UNSUPPORTED("unsupported content"),
    TOO_LARGE("too large"),
    IO("could not read or write a file"),
    TIMED_OUT("timed out"),
    OUT_OF_MEMORY("out of memory"),
    CRASHED("worker crashed"),
    CANCELLED("cancelled"),
    INTERNAL("internal error");

    private final String description;

    FailureKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
