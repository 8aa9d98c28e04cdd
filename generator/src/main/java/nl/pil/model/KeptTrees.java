package nl.pil.model;

import java.util.ArrayDeque;

/**
 * How many Markdown syntax trees a load holds at once, counted by the size of their Markdown; the oldest are let go
 * first and parsed again when read ({@link ParsedBody}). A tree takes about five times its Markdown in memory, with
 * the positions every node keeps for diagnostics, so holding all of them is what made a large site's build need
 * gigabytes (750 MB of trees at 20,000 leaflets × 2): the stages read the trees leaflet by leaflet (the check right after the leaflet's files are
 * parsed, each output one leaflet after another), and the most recently parsed ones are the ones being read. A site
 * whose bodies fit is never parsed twice; one that does not fit costs a parse of each body for each output that reads
 * it (the web pages, the search index, the handouts).
 */
public final class KeptTrees {
    /**
     * By default a build holds the trees of as much Markdown (UTF-8) as a 32nd of the heap it may use: a tree takes
     * about five times its Markdown, so the trees held stay under a sixth of the heap. A build given the JVM's usual
     * heap (a quarter of the machine's memory) holds every tree of a site of 20,000 leaflets × 2 languages (149 MB of
     * Markdown) on a machine of 24 GB and parses each body once; given 800 MB it holds 25 MB of Markdown and fits,
     * where holding every tree ran out of memory at 1 GB.
     */
    public static final int HEAP_SHARE = 32;

    /** Held whatever the heap: a few hundred leaflets' trees. */
    public static final long MINIMUM_BYTES = 4_000_000L;

    private final long limit;
    private final ArrayDeque<ParsedBody> held = new ArrayDeque<>();
    private long bytes;
    private long lettingGo;

    /** @param limit bytes of Markdown whose trees are held; the newest tree is held whatever its size */
    public KeptTrees(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
    }

    /** As many as the heap this process may use allows ({@link #HEAP_SHARE}). */
    public KeptTrees() {
        this(forHeap(Runtime.getRuntime().maxMemory()));
    }

    /** The bytes of Markdown whose trees a build holds by default, for a heap of at most {@code maxHeap} bytes. */
    public static long forHeap(long maxHeap) {
        return Math.max(MINIMUM_BYTES, maxHeap / HEAP_SHARE);
    }

    /** How many times a tree was let go (each one parsed again if it is read again). */
    public synchronized long letGo() {
        return lettingGo;
    }

    synchronized void add(ParsedBody body) {
        held.addLast(body);
        bytes += body.size();
        while (bytes > limit && held.size() > 1) {
            ParsedBody oldest = held.removeFirst();
            bytes -= oldest.size();
            oldest.letGo();
            lettingGo++;
        }
    }
}
