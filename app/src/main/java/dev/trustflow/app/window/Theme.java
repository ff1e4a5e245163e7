package dev.trustflow.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;

/** The base themes (AtlantaFX Primer); the projector theme is a stylesheet layered on either. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** AtlantaFX's stylesheet, for {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** {@code theme-light} or {@code theme-dark}, set on the root so app.css can tell them apart. */
    public String styleClass() {
        return "theme-" + name().toLowerCase(Locale.ROOT);
    }
}
