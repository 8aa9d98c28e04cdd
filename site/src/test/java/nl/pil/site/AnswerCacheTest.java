package nl.pil.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerCacheTest {

    /** Random answers of random sizes, reproducible by seed. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1_000_003, 20261202})
    void neverHoldsMoreThanItsBoundAndKeepsTheMostRecent(long seed) {
        Random random = new Random(seed);
        int bound = 2_000 + random.nextInt(200_000);
        AnswerCache cache = new AnswerCache(bound);
        String last = null;
        for (int i = 0; i < 500; i++) {
            String key = AnswerCache.key(random.nextBoolean(), Map.of("q", "q" + random.nextInt(100)));
            byte[] json = new byte[random.nextInt(bound / 4)];
            cache.put(key, json);
            assertTrue(cache.bytes() <= bound, () -> cache.bytes() + " > " + bound);
            last = key;
        }
        assertNotNull(cache.get(last), "the answer kept last is still there");
    }

    @Test
    void leastRecentlyUsedLeaveFirst() {
        AnswerCache cache = new AnswerCache(3 * 1_500);
        byte[] json = new byte[1_000]; // with its overhead, three fit
        cache.put("a", json);
        cache.put("b", json);
        cache.put("c", json);
        assertNotNull(cache.get("a")); // a is used again: b is now the oldest
        cache.put("d", json);
        assertNull(cache.get("b"));
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertNotNull(cache.get("d"));
    }

    @Test
    void offOrTooLargeKeepsNothing() {
        AnswerCache off = new AnswerCache(0);
        off.put("a", new byte[10]);
        assertNull(off.get("a"));
        AnswerCache cache = new AnswerCache(64L << 20);
        cache.put("big", new byte[AnswerCache.MAX_ANSWER + 1]);
        assertNull(cache.get("big"));
        assertEquals(0, cache.bytes());
    }

    @Test
    void keysTellApartEveryParameterThatShapesTheAnswer() {
        Map<String, String> base = new HashMap<>(Map.of("q", "mri", "lang", "nl"));
        String key = AnswerCache.key(false, base);
        assertNotEquals(key, AnswerCache.key(true, base), "search and suggest");
        for (String name : new String[] {"q", "lang", "type", "department", "offset", "limit"}) {
            Map<String, String> other = new HashMap<>(base);
            other.put(name, other.getOrDefault(name, "") + "x");
            assertNotEquals(key, AnswerCache.key(false, other), name);
        }
        // values cannot run into each other
        assertNotEquals(
                AnswerCache.key(false, Map.of("q", "a", "lang", "bc")),
                AnswerCache.key(false, Map.of("q", "ab", "lang", "c")));
        assertNotEquals(AnswerCache.key(false, Map.of("q", "")), AnswerCache.key(false, Map.of()));
        // parameters that do not shape the answer do not make another one
        Map<String, String> busted = new HashMap<>(base);
        busted.put("_", "1733123456");
        assertEquals(key, AnswerCache.key(false, busted));
    }

    @Test
    void theGzippedFormUnzipsToTheAnswerAndIsMadeOnce() throws IOException {
        byte[] json = "{\"results\":[]}".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AnswerCache.Answer answer = new AnswerCache(1L << 20).put("k", json);
        byte[] gzipped = answer.gzipped();
        assertTrue(gzipped == answer.gzipped(), "compressed once");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertArrayEquals(json, in.readAllBytes());
        }
    }
}
