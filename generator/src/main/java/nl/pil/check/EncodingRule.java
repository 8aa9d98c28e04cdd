package nl.pil.check;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;

/**
 * Characters that are not what the writer meant: text garbled by a double encoding conversion ("beĆÆnvloeden"),
 * invisible control characters (removed when the file is read), and letters not in Unicode NFC (an "é" stored as "e"
 * and a separate accent, as some Mac and PDF copies give: search and screen readers may not match it, and some
 * fonts draw the accent beside the letter).
 */
final class EncodingRule extends Rule {
    // Text that was UTF-8, read as Latin-1/Windows-1252 and saved again as UTF-8 ("Ã©" for "é", "Ć" runs, "â€™").
    private static final Pattern MOJIBAKE =
            Pattern.compile("Ã[\\u0080-\\u00BF©«¯¨´¼½¶]|Ć[\\u0080-\\u00FFÆ]|â€[\\u0090-\\u00BF™œ˜“”]");

    EncodingRule() {
        super(
                "encoding",
                CheckSettings.Level.WARNING,
                "text is not garbled by an encoding conversion, has no control characters and is in Unicode NFC");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (Translation.ControlCharacter c : t.controlCharacters()) {
                    findings.report(
                            c.at(),
                            String.format("invisible control character U+%04X removed", c.codePoint()),
                            "it was probably pasted from another program; retype the text around it");
                }
                t.body().accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        String literal = text.getLiteral();
                        Matcher m = MOJIBAKE.matcher(literal);
                        if (mayBeGarbled(literal) && m.find()) {
                            findings.report(
                                    at(text, m.start()),
                                    "text looks garbled ('" + m.group()
                                            + "'): the file was probably converted between encodings twice",
                                    "retype the accented letters (é, ë, ï, ó) or copy the text again from its source");
                        }
                        if (!Normalizer.isNormalized(literal, Normalizer.Form.NFC)) {
                            notNfc(literal, text);
                        }
                    }

                    private void notNfc(String literal, Text text) {
                        String nfc = Normalizer.normalize(literal, Normalizer.Form.NFC);
                        int start = 0;
                        while (start < literal.length()
                                && start < nfc.length()
                                && literal.charAt(start) == nfc.charAt(start)) {
                            start++;
                        }
                        if (start > 0 && Character.isHighSurrogate(literal.charAt(start - 1))) {
                            start--;
                        }
                        while (start > 0
                                && isMark(literal.codePointBefore(start))
                                && isMark(literal.codePointAt(start))) {
                            start -= Character.charCount(literal.codePointBefore(start));
                        }
                        if (start > 0
                                && isMark(
                                        literal.codePointAt(start))) { // marks put in another order: from their letter
                            start -= Character.charCount(literal.codePointBefore(start));
                        }
                        // the letter and the marks that follow it, as written and as NFC has them
                        int end = start + Character.charCount(literal.codePointAt(start));
                        while (end < literal.length() && isMark(literal.codePointAt(end))) {
                            end += Character.charCount(literal.codePointAt(end));
                        }
                        String composed = Normalizer.normalize(literal.substring(start, end), Normalizer.Form.NFC);
                        if (composed.equals(literal.substring(start, end))) {
                            // not a letter and its marks (Hangul jamo, say): up to where the text and NFC agree again
                            int fromEnd = 0;
                            while (fromEnd < literal.length() - start
                                    && fromEnd < nfc.length() - start
                                    && literal.charAt(literal.length() - 1 - fromEnd)
                                            == nfc.charAt(nfc.length() - 1 - fromEnd)) {
                                fromEnd++;
                            }
                            end = Math.max(start + 1, Math.min(literal.length() - fromEnd, start + 12));
                            composed = Normalizer.normalize(literal.substring(start, end), Normalizer.Form.NFC);
                        }
                        String written = literal.substring(start, end);
                        findings.report(
                                at(text, start),
                                "'" + composed + "' is written as " + codePoints(written) + " where Unicode NFC has "
                                        + codePoints(composed),
                                "retype the letter, or save the file in NFC (normalised, composed) form: search and"
                                        + " screen readers may not recognise the word");
                    }

                    private SourcePosition at(Text text, int offset) {
                        SourcePosition at = t.positionOf(text);
                        return new SourcePosition(at.file(), at.line(), at.column() + offset);
                    }
                });
            }
        }
    }

    /** Every garbled sequence {@link #MOJIBAKE} knows starts with one of these; most text has none, and this is quick. */
    private static boolean mayBeGarbled(String text) {
        return text.indexOf('Ã') >= 0 || text.indexOf('Ć') >= 0 || text.indexOf('â') >= 0;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** "U+0065 U+0301". */
    private static String codePoints(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
    }
}
