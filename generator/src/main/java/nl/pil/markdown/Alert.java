package nl.pil.markdown;

import java.util.Locale;
import org.commonmark.node.CustomBlock;

/** A GitHub-style alert ({@code > [!WARNING]}), rendered as a call-out. */
public final class Alert extends CustomBlock {
    public enum Kind {
        NOTE,
        TIP,
        IMPORTANT,
        WARNING,
        CAUTION;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public Alert(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
