package org.inkpool.app;

import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.EngineMessages;
import org.inkpool.convert.FailureKind;

/**
 * Says an engine message in the window's language: the code's text from the bundle ({@code engine.CODE})
 * with its arguments; a failure without a code as its kind in words plus the engine's detail; anything
 * this version has no words for (a newer worker's code, a warning without one) as the engine wrote it.
 */
final class EngineTexts {
    private final I18n i18n;

    EngineTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String say(EngineMessage message) {
        String code = message.code();
        if (EngineMessages.OTHER.equals(code)) {
            return message.english();
        }
        if (EngineMessages.FAILURE.equals(code) && message.args().size() == 2) {
            String kind = kind(message.args().get(0));
            String detail = message.args().get(1);
            return detail.isBlank() ? kind : i18n.get("engine.FAILURE", kind, detail);
        }
        String text = i18n.get("engine." + code, message.args().toArray());
        return text.startsWith("!") ? message.english() : text;
    }

    private String kind(String name) {
        String text = i18n.get("failure." + name);
        if (!text.startsWith("!")) {
            return text;
        }
        try {
            return FailureKind.valueOf(name).description();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
