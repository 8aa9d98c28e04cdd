package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A site-wide page is taken over when its model's fingerprint is the previous build's, so two models must have the
 * same fingerprint exactly when they hold the same data in the same order. Models are drawn from a small alphabet so
 * that equal ones come up often (with the encoding's own marks among the characters); a plain, tagged description of each model is the reference.
 */
class ModelFingerprintProperties {
    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("as[n1 é—ع?\uD800")
                        .ofMaxLength(3)
                        .map(s -> (Object) s),
                Arbitraries.integers().between(0, 2).map(i -> (Object) i),
                Arbitraries.longs().between(0, 2).map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 11))
                        .map(d -> (Object) d),
                Arbitraries.just(null));
        return Arbitraries.recursive(
                () -> leaf,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(3).map(l -> (Object) l),
                        Arbitraries.maps(Arbitraries.strings().withChars("kv").ofMaxLength(2), inner)
                                .ofMaxSize(3)
                                .map(m -> (Object) new LinkedHashMap<>(m))),
                0,
                3);
    }

    @Property(tries = 2000)
    void sameFingerprintExactlyForTheSameData(@ForAll("values") Object a, @ForAll("values") Object b) {
        Optional<String> fa = ModelFingerprint.of("env", "page.ftlh", Map.of("v", wrap(a)));
        Optional<String> fb = ModelFingerprint.of("env", "page.ftlh", Map.of("v", wrap(b)));
        assertTrue(fa.isPresent() && fb.isPresent(), "plain data has a fingerprint");
        assertEquals(describe(a).equals(describe(b)), fa.equals(fb), () -> describe(a) + " / " + describe(b));
    }

    @Property(tries = 500)
    void theSameCharactersCutIntoOtherTextsDiffer(
            @ForAll("cuts") List<String> texts, @ForAll("cuts") List<String> otherCut) {
        String all = String.join("", texts);
        // the same characters, cut where the other list is cut
        List<String> recut = new ArrayList<>();
        int at = 0;
        for (String piece : otherCut) {
            int end = Math.min(all.length(), at + piece.length());
            recut.add(all.substring(at, end));
            at = end;
        }
        recut.add(all.substring(at));
        while (recut.size() < texts.size()) {
            recut.add("");
        }
        Optional<String> a = ModelFingerprint.of("env", "page.ftlh", Map.of("v", texts));
        Optional<String> b = ModelFingerprint.of("env", "page.ftlh", Map.of("v", recut));
        assertEquals(texts.equals(recut), a.equals(b), () -> texts + " / " + recut);
    }

    @Property(tries = 300)
    void aLoneSurrogateIsNotTheQuestionMarkAnEncoderWouldWrite(@ForAll("surrogates") String text) {
        String replaced = text.replace('\uD800', '?');
        Optional<String> a = ModelFingerprint.of("env", "page.ftlh", Map.of("v", text));
        Optional<String> b = ModelFingerprint.of("env", "page.ftlh", Map.of("v", replaced));
        assertEquals(text.equals(replaced), a.equals(b), () -> text + " / " + replaced);
    }

    @Provide
    Arbitrary<String> surrogates() {
        return Arbitraries.strings().withChars("ab?\uD800").ofMaxLength(4);
    }

    @Provide
    Arbitrary<List<String>> cuts() {
        return Arbitraries.strings()
                .withChars("as[n")
                .ofMaxLength(3)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Property(tries = 200)
    void aModelHoldingAnythingElseHasNone(@ForAll("values") Object a) {
        List<Object> withObject = new ArrayList<>();
        withObject.add(a);
        withObject.add(new Object());
        assertEquals(Optional.empty(), ModelFingerprint.of("env", "page.ftlh", Map.of("v", withObject)));
    }

    /** Map.of refuses null values: the value goes into a list. */
    private static Object wrap(Object value) {
        List<Object> list = new ArrayList<>();
        list.add(value);
        return list;
    }

    /** The reference: every value with its kind, texts quoted with their length. */
    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "s" + s.length() + "'" + s + "'";
            case Integer i -> "i" + i;
            case Long l -> "l" + l;
            case Boolean b -> "b" + b;
            case LocalDate d -> "date" + d;
            case List<?> list -> {
                StringBuilder sb = new StringBuilder("[" + list.size());
                list.forEach(item -> sb.append(',').append(describe(item)));
                yield sb.append(']').toString();
            }
            case Map<?, ?> map -> {
                StringBuilder sb = new StringBuilder("{" + map.size());
                map.forEach(
                        (k, v) -> sb.append(',').append(describe(k)).append(':').append(describe(v)));
                yield sb.append('}').toString();
            }
            default -> throw new AssertionError(value);
        };
    }
}
