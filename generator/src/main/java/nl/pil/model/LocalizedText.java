package nl.pil.model;

import java.util.Map;

/** A text given once for all languages or once per language (a YAML string or a map of language to string). */
public record LocalizedText(String common, Map<String, String> perLanguage) {

    public LocalizedText {
        perLanguage = Map.copyOf(perLanguage);
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(text, Map.of());
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, Map.of());
    }

    /** The text in {@code lang}, else the common text, else the text in {@code fallbackLang}, else "". */
    public String in(String lang, String fallbackLang) {
        String text = perLanguage.get(lang);
        if (text == null) text = common;
        if (text == null) text = perLanguage.get(fallbackLang);
        return text == null ? "" : text;
    }

    /** The text in {@code lang}, else the common text; {@code null} when neither is given. */
    public String inOnly(String lang) {
        String text = perLanguage.get(lang);
        return text != null ? text : common;
    }

    public boolean isEmpty() {
        return common == null && perLanguage.isEmpty();
    }
}
