package nl.pil.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The path of a request, percent-decoded strictly as UTF-8 and split into segments.
 *
 * <p>Only what could be a file name inside the site gets through: {@link #parse} rejects (with
 * {@link IllegalArgumentException}) bad percent-encoding, invalid UTF-8, raw non-ASCII, control characters
 * (NUL included), backslashes, empty segments ({@code //}) and {@code .} or {@code ..} segments. An encoded
 * slash ({@code %2F}) is decoded before splitting, so it cannot smuggle a {@code ..} past the check.
 *
 * @param segments  the decoded segments, none empty; empty for {@code /}
 * @param directory whether the path ends in {@code /} (so names a folder)
 */
record RequestPath(List<String> segments, boolean directory) {

    static RequestPath parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /");
        }
        String path = decode(rawPath);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                throw new IllegalArgumentException("control character in path");
            }
            if (c == '\\') {
                throw new IllegalArgumentException("backslash in path");
            }
        }
        if (path.equals("/")) {
            return new RequestPath(List.of(), true);
        }
        boolean directory = path.endsWith("/");
        String inner = path.substring(1, directory ? path.length() - 1 : path.length());
        List<String> segments = List.of(inner.split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("empty path segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("dot segment in path");
            }
        }
        return new RequestPath(segments, directory);
    }

    /** Percent-decodes {@code raw} as UTF-8, refusing anything malformed instead of replacing it. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 1 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
                int low = i + 2 < raw.length() ? hex(raw.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("invalid percent-encoding");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("character not allowed in path (percent-encode it)");
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("path is not valid UTF-8");
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
