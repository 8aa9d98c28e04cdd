package nl.pil.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pil.i18n.Messages;

/**
 * The templates' {@code msg("key")} and {@code msg("key", {"days": 3})}: the interface text of one language. A class
 * of its own (not a lambda) so that a page's {@link ModelFingerprint} knows it stands for that language's text.
 */
final class MessageFunction implements TemplateMethodModelEx {
    private final String lang;
    private final Messages messages;

    MessageFunction(String lang, Messages messages) {
        this.lang = lang;
        this.messages = messages;
    }

    String lang() {
        return lang;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("msg needs a key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) args.get(0)));
        if (args.size() == 1) {
            return messages.get(key);
        }
        Object params = DeepUnwrap.unwrap((TemplateModel) args.get(1));
        if (!(params instanceof Map<?, ?> map)) {
            throw new TemplateModelException("msg's second argument must be a hash, e.g. {\"days\": 3}");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        map.forEach((k, v) -> named.put(String.valueOf(k), v));
        return messages.format(key, named);
    }
}
