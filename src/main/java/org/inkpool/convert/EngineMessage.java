package org.inkpool.convert;

import java.util.List;
import java.util.Objects;

/**
 * A warning or failure reason of the engine as a code plus arguments, so a window can say it in its
 * own language, with the English text kept for log files and the command line.
 *
 * @param code    one of {@link EngineMessages}' codes, or a code this version does not know (a newer
 *                worker's): then {@code english} is all there is to show
 * @param args    the variable parts (font names, counts, file names), in the order the code's text uses them
 * @param english the text as the engine wrote it
 */
public record EngineMessage(String code, List<String> args, String english) {
    public EngineMessage {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
        english = english == null ? "" : english;
    }

    /** Whether it changes how the page looks (a warning) or is only worth a line in the log (info). */
    public boolean isWarning() {
        return EngineMessages.isWarning(code);
    }
}
