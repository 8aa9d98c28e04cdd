package nl.pil.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.apache.lucene.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    @TempDir
    Path dir;

    @Test
    void everyPartIsLengthPrefixedSoThatPartsCannotRunTogether() {
        assertNotEquals(
                Fingerprint.start().add("ab").add("c").hex(),
                Fingerprint.start().add("a").add("bc").hex());
        assertNotEquals(
                Fingerprint.start().add("").add("x").hex(),
                Fingerprint.start().add("x").hex());
        // the exact layout: the length in ASCII digits, a colon, the bytes
        byte[] layout = "2:ab1:c".getBytes(StandardCharsets.US_ASCII);
        long[] hash = StringHelper.murmurhash3_x64_128(layout, 0, layout.length, Fingerprint.SEED);
        assertEquals(
                HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]),
                Fingerprint.start().add("ab").add("c").hex());
        assertEquals(
                Fingerprint.start().add("één".getBytes(StandardCharsets.UTF_8)).hex(), Fingerprint.of("één"));
    }

    @Test
    void nullIsAValueOfItsOwn() {
        assertNotEquals(Fingerprint.start().add((String) null).hex(), Fingerprint.of(""));
        assertNotEquals(Fingerprint.start().add((String) null).hex(), Fingerprint.of("-"));
        assertEquals(
                Fingerprint.start().add((String) null).hex(),
                Fingerprint.start().add((String) null).hex());
    }

    @Test
    void sha256IsThePlainDigest() {
        // FIPS 180-2's example: values such as SourceVersion's are stored in content files and must never change
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                hex(Fingerprint.sha256("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(32, Fingerprint.of("abc").length());
    }

    @Test
    void aFileCountsWithItsPathRelativeToTheFolderAndItsBytes() throws Exception {
        Path file = Files.createDirectories(dir.resolve("css")).resolve("site.css");
        Files.writeString(file, "h1 {}");
        assertEquals(
                Fingerprint.start().add("css/site.css").add("h1 {}").hex(),
                Fingerprint.start().addFile(dir, file).hex());
        // a folder (or anything but a regular file) counts as empty
        assertEquals(
                Fingerprint.start().add("css").add(new byte[0]).hex(),
                Fingerprint.start().addFile(dir, dir.resolve("css")).hex());
    }

    @Test
    void aLargeInputIsFoldedYetEveryByteCounts() {
        Random random = new Random(17);
        byte[] large = new byte[Fingerprint.FOLD_AT * 2 + 5];
        random.nextBytes(large);
        String whole = Fingerprint.start().add(large).add("end").hex();
        assertEquals(whole, Fingerprint.start().add(large.clone()).add("end").hex());
        for (int i = 0; i < 20; i++) {
            byte[] changed = large.clone();
            int at = random.nextInt(changed.length);
            changed[at] ^= (byte) (1 + random.nextInt(255));
            assertNotEquals(whole, Fingerprint.start().add(changed).add("end").hex(), "byte " + at);
        }
        // what comes after the fold counts too, and a folded sequence is not the same as the hash it was folded into
        assertNotEquals(whole, Fingerprint.start().add(large).add("End").hex());
        assertNotEquals(
                Fingerprint.start().add(large).hex(),
                Fingerprint.start().add(large).add("").hex());
        // many small parts past the fold
        Fingerprint parts = Fingerprint.start();
        Fingerprint same = Fingerprint.start();
        for (int i = 0; i < 300_000; i++) {
            parts.add("part " + i);
            same.add("part " + i);
        }
        assertEquals(parts.hex(), same.hex());
    }

    @Test
    void pilItselfIsPartOfTheFingerprint() {
        assertNotEquals(Fingerprint.start().hex(), Fingerprint.start().addPil().hex());
        assertEquals(
                Fingerprint.start().addPil().hex(), Fingerprint.start().addPil().hex());
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
