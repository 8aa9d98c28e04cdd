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
import java.util.Optional;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;

/** Reads content files as strict UTF-8, so a wrongly saved file is reported at its first bad byte, not garbled. */
final class TextFile {
    private TextFile() {
    }

    /** The file's text with a byte-order mark removed and line ends normalised to {@code \n}; empty on error. */
    static Optional<String> read(Path file, String displayPath, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(displayPath), "cannot read file: " + e.getMessage(),
                    "check that the file exists and that you may read it");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            diagnostics.error(positionOfByte(bytes, offset, displayPath),
                    String.format("file is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xff),
                    "save the file as UTF-8 in your editor (not Windows-1252 or Latin-1)");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
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
