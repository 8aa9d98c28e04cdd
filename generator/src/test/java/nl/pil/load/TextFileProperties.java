package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import nl.pil.model.Diagnostics;
import nl.pil.model.Translation;

/**
 * Reading a leaflet file takes two shortcuts (the JDK's fast UTF-8 decoding, and skipping the search for control
 * characters when the bytes cannot hold one); whatever the bytes, it must give what the careful way gives: the same
 * text, the same characters removed, the same verdict on broken UTF-8.
 */
class TextFileProperties {
    private Path file;

    @BeforeProperty
    void makeFile() throws IOException {
        file = Files.createTempFile("pil-text", ".md");
    }

    @AfterProperty
    void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property(tries = 1500)
    void readsWhatTheCarefulWayReads(@ForAll("files") byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Diagnostics diagnostics = new Diagnostics();
        List<Translation.ControlCharacter> removed = new ArrayList<>();
        Optional<String> read = TextFile.read(file, "x.md", diagnostics, removed);

        Optional<String> strict = strictlyDecoded(bytes);
        assertEquals(strict.isPresent(), read.isPresent(), "valid UTF-8 is read, anything else refused");
        if (strict.isEmpty()) {
            assertTrue(diagnostics.sorted().getFirst().message().startsWith("file is not valid UTF-8"));
            return;
        }
        String text = strict.get().startsWith("\uFEFF") ? strict.get().substring(1) : strict.get();
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        List<Translation.ControlCharacter> expectedRemoved = new ArrayList<>();
        String expected = TextFile.withoutControlCharacters(text, "x.md", new Diagnostics(), expectedRemoved);
        assertEquals(expected, read.get());
        assertEquals(expectedRemoved, removed);
        // the bytes are handed on only when they are exactly the text's UTF-8 (they are then hashed in its place)
        byte[] utf8 = TextFile.readText(file, "x.md", new Diagnostics(), new ArrayList<>())
                .orElseThrow()
                .utf8();
        if (utf8 != null) {
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), utf8);
        } else {
            assertTrue(!expected.equals(strict.get()), "only a text that was changed keeps its bytes to itself");
        }
    }

    @Property(tries = 3000)
    void bytesSaidToHoldNoControlCharacterHoldNone(@ForAll("texts") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!TextFile.mayHoldControlCharacters(bytes)) {
            assertTrue(
                    text.chars().noneMatch(c -> c != '\r' && TextFile.isForbidden((char) c)),
                    () -> "missed one in "
                            + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    private static Optional<String> strictlyDecoded(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // control characters of every kind, their neighbours in UTF-8 (U+00A0, U+FFC0…), byte-order marks, U+FFFD
        return Arbitraries.strings()
                .withChars(
                        'a', 'é', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001F', '\u007F', '\u0080', '\u0085',
                        '\u009F', '\u00A0', '\u00BF', '\uFEFF', '\uFFC0', '\uFFFD', '\uFFFE', '\uFFFF', '’', '\uD83D',
                        '\uDE00')
                .ofMaxLength(30);
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> text = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
        // now and then a byte that breaks UTF-8 (a Latin-1 'é', a lone continuation byte, a cut sequence)
        Arbitrary<byte[]> broken = Arbitraries.of((byte) 0xE9, (byte) 0x80, (byte) 0xC2, (byte) 0xEF, (byte) 0xFF)
                .flatMap(b -> texts().map(s -> {
                    byte[] ok = s.getBytes(StandardCharsets.UTF_8);
                    byte[] out = new byte[ok.length + 1];
                    int at = ok.length / 2;
                    System.arraycopy(ok, 0, out, 0, at);
                    out[at] = b;
                    System.arraycopy(ok, at, out, at + 1, ok.length - at);
                    return out;
                }));
        return Arbitraries.frequencyOf(Tuple.of(4, text), Tuple.of(1, broken));
    }
}
