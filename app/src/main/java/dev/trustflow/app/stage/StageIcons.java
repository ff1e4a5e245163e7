package dev.trustflow.app.stage;

import dev.trustflow.app.stage.StageEffect.PacketKind;
import dev.trustflow.sim.world.ActorKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Which Material Design icon stands for what; sizes and colours come from CSS. */
public final class StageIcons {

    private StageIcons() {
    }

    public static Ikon actor(ActorKind kind) {
        switch (kind) {
            case USER:
                return MaterialDesignA.ACCOUNT;
            case BROWSER:
                return MaterialDesignW.WEB;
            case CLIENT_APP:
                return MaterialDesignA.APPLICATION;
            case AUTHORIZATION_SERVER:
                return MaterialDesignS.SHIELD_KEY;
            case API_GATEWAY:
                return MaterialDesignR.ROUTER_NETWORK;
            case SERVICE:
                return MaterialDesignS.SERVER;
            case DATABASE:
                return MaterialDesignD.DATABASE;
            case POLICY_ENGINE:
                return MaterialDesignS.SCALE_BALANCE;
            case CERTIFICATE_AUTHORITY:
                return MaterialDesignC.CERTIFICATE;
            case SECRETS_VAULT:
                return MaterialDesignS.SAFE;
            case ATTACKER:
                return MaterialDesignI.INCOGNITO;
            default:
                return MaterialDesignA.ACCOUNT_GROUP;
        }
    }

    public static Ikon packet(PacketKind kind) {
        switch (kind) {
            case KEY:
                return MaterialDesignK.KEY_VARIANT;
            case LOCK:
                return MaterialDesignL.LOCK;
            case CERTIFICATE:
                return MaterialDesignC.CERTIFICATE_OUTLINE;
            default:
                return MaterialDesignE.EMAIL;
        }
    }

    public static Ikon gate(boolean decided, boolean passed) {
        if (!decided) {
            return MaterialDesignS.SHIELD_SEARCH;
        }
        return passed ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE;
    }

    public static Ikon clockJump() {
        return MaterialDesignC.CLOCK_FAST;
    }

    public static Ikon alarm() {
        return MaterialDesignA.ALERT;
    }

    /** A font icon with the given style classes (CSS sets its size and colour). */
    public static FontIcon icon(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
