package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import nl.pil.markdown.Alert;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/** The alerts of a body, in reading order: what a translation must keep (see the {@code alerts} rule). */
public final class AlertKinds {
    private AlertKinds() {}

    public static List<Alert.Kind> of(Node body) {
        List<Alert.Kind> kinds = new ArrayList<>();
        body.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Alert alert) {
                    kinds.add(alert.kind());
                }
                visitChildren(block);
            }
        });
        return kinds;
    }
}
