package nl.pil.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;

/** Reads content files as strict UTF-8, so a wrongly saved file is reported at its first bad byte, not garbled. */
public final class TextFile {
    private TextFile() {}

    /** The file's text with a byte-order mark removed and line ends normalised to {@code \n}; empty on error. */
    public static Optional<String> read(Path file, String displayPath, Diagnostics diagnostics) {
        return read(file, displayPath, diagnostics, null);
    }

    /**
     * As {@link #read(Path, String, Diagnostics)}, but control characters are given to {@code removed} instead of
     * being reported (leaflet files: the check stage's {@code encoding} rule reports them, at the level the site
     * chose); {@code null} reports them as warnings.
     */
    static Optional<String> read(
            Path file, String displayPath, Diagnostics diagnostics, List<Translation.ControlCharacter> removed) {
        return readText(file, displayPath, diagnostics, removed).map(Read::text);
    }

    /**
     * A file's text, with its bytes when they are exactly the text's UTF-8 (nothing was taken out or changed: no
     * byte-order mark, carriage return or control character), so that it need not be encoded again to be hashed.
     */
    record Read(String text, byte[] utf8) {}

    /** As {@link #read(Path, String, Diagnostics, List)}, with the bytes when they are the text's. */
    static Optional<Read> readText(
            Path file, String displayPath, Diagnostics diagnostics, List<Translation.ControlCharacter> removed) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(
                        SourcePosition.of(displayPath),
                        String.format("file is too large (%,d KB; at most %,d KB)", size / 1024, MAX_BYTES / 1024),
                        "a leaflet is read in minutes, not hours: split it into several leaflets and link them with cards");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(
                    SourcePosition.of(displayPath),
                    "cannot read file: " + e.getMessage(),
                    "check that the file exists and that you may read it");
            return Optional.empty();
        }
        // one pass over the bytes tells which of the slower steps below this file needs (most need none)
        int found = scan(bytes);
        // the JDK's own decoding is several times faster; it writes U+FFFD for what it cannot read, so a text without
        // one came from valid UTF-8, and only a text with one is decoded again to find the faulty byte
        String text = new String(bytes, StandardCharsets.UTF_8);
        if ((found & NOT_ASCII) != 0 && text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                diagnostics.error(
                        positionOfByte(bytes, offset, displayPath),
                        String.format("file is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xff),
                        "save the file as UTF-8 in your editor (not Windows-1252 or Latin-1)");
                return Optional.empty();
            }
        }
        String read = text;
        if ((found & NOT_ASCII) != 0 && read.startsWith("\uFEFF")) {
            read = read.substring(1);
        }
        if ((found & CARRIAGE_RETURN) != 0) {
            read = read.replace("\r\n", "\n").replace('\r', '\n');
        }
        if ((found & MAY_HOLD_CONTROL) != 0) {
            read = withoutControlCharacters(read, displayPath, diagnostics, removed);
        }
        return Optional.of(
                new Read(read, read == text ? bytes : null)); // each step gives its text back when it changed nothing
    }

    private static final int NOT_ASCII = 1;
    private static final int CARRIAGE_RETURN = 2;
    private static final int MAY_HOLD_CONTROL = 4;

    /** Which of {@link #NOT_ASCII}, {@link #CARRIAGE_RETURN} and {@link #MAY_HOLD_CONTROL} the bytes hold. */
    private static int scan(byte[] bytes) {
        int found = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20) {
                if (b == '\r') {
                    found |= CARRIAGE_RETURN;
                } else if (b != '\t' && b != '\n') {
                    found |= MAY_HOLD_CONTROL;
                }
            } else if (b >= 0x7F) {
                found |= b == 0x7F ? MAY_HOLD_CONTROL : NOT_ASCII;
                if ((b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) < 0xA0) // U+0080–U+009F
                        || (b == 0xEF && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) == 0xBF)) { // U+FFC0–U+FFFF
                    found |= MAY_HOLD_CONTROL;
                }
            }
        }
        return found;
    }

    /** Larger than any leaflet: a file this size is a mistake (a pasted export, a wrong file), and slow to lay out. */
    static final long MAX_BYTES = 1024 * 1024;

    /**
     * Control characters other than tab and line end are invisible in editors, mean nothing in a leaflet and are
     * not allowed in XML (the handouts), nor are U+FFFE and U+FFFF: they are removed, each with a warning.
     */
    static String withoutControlCharacters(
            String text, String displayPath, Diagnostics diagnostics, List<Translation.ControlCharacter> removed) {
        StringBuilder kept = null;
        int line = 1;
        int column = 1;
        int reported = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (reported++ < 10) { // one mistake (a paste from a PDF) can hold thousands
                    SourcePosition at = new SourcePosition(displayPath, line, column);
                    if (removed != null) {
                        removed.add(new Translation.ControlCharacter(c, at));
                    } else {
                        diagnostics.warning(at, controlCharacterMessage(c), CONTROL_CHARACTER_HINT);
                    }
                }
            } else if (kept != null) {
                kept.append(c);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * Whether UTF-8 {@code bytes} may encode a character {@link #isForbidden} (other than carriage returns, which are
     * made line ends): {@code false} means certainly none, so the text need not be gone through character by character.
     */
    static boolean mayHoldControlCharacters(byte[] bytes) {
        return (scan(bytes) & MAY_HOLD_CONTROL) != 0;
    }

    /** "invisible control character U+0001 removed". */
    public static String controlCharacterMessage(int c) {
        return String.format("invisible control character U+%04X removed", c);
    }

    public static final String CONTROL_CHARACTER_HINT =
            "it was probably pasted from another program; retype the text around it";

    static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static SourcePosition positionOfByte(byte[] bytes, int offset, String displayPath) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // columns count characters, not bytes: skip UTF-8 continuation bytes
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(displayPath, line, column);
    }
}
