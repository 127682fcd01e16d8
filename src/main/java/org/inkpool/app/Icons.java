package org.inkpool.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Font icons (Material Design via Ikonli), styled from the stylesheet by class. */
final class Icons {
    private Icons() {
    }

    static FontIcon of(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }

    static FontIcon forStatus(FileStatus status) {
        Ikon ikon = switch (status) {
            case WAITING -> MaterialDesignC.CLOCK_OUTLINE;
            case QUEUED -> MaterialDesignT.TIMER_SAND;
            case CONVERTING -> MaterialDesignP.PROGRESS_CLOCK;
            case DONE -> MaterialDesignC.CHECK_CIRCLE;
            case SKIPPED -> MaterialDesignS.SKIP_NEXT_CIRCLE;
            case FAILED -> MaterialDesignA.ALERT_CIRCLE;
            case CANCELLED -> MaterialDesignC.CANCEL;
        };
        return of(ikon, "status-icon", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
