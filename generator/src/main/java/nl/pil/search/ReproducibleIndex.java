package nl.pil.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import nl.pil.cache.Fingerprint;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.StringHelper;

/**
 * Makes a Lucene index written by {@link SearchIndexOutput} the same, byte for byte, whenever it is written from the
 * same documents in the same way. Lucene puts three things in an index that vary from run to run:
 *
 * <ul>
 *   <li>random 16-byte ids ({@link StringHelper#randomId()}, seeded from {@code /dev/urandom} once per process and
 *       counted up): the segment id in the header of every file of a segment, the id of the commit in the header of
 *       {@code segments_N}, and the id of each segment's commit record there;</li>
 *   <li>the diagnostics of each segment ({@code _N.si}): the time it was written, the operating system and the Java
 *       runtime;</li>
 *   <li>the order of the maps written into {@code _N.si} (diagnostics, attributes), which {@code Map.copyOf} orders
 *       differently in every JVM.</li>
 * </ul>
 *
 * <p>After the writer has committed and closed, {@link #rewrite} replaces every id this writer made (ids of the
 * previous commit, {@code keep}, stay) with one derived from {@code seed} and the segment's name or the commit's
 * generation, rewrites {@code _N.si} with the diagnostics that do not depend on the machine or the clock, in sorted
 * order, and recomputes the checksum in the footer of each file it changed. Files are written anew and moved into
 * place, never changed in place: they may be hard links shared with the previous build.
 *
 * <p>That only makes the same bytes when the writer itself is deterministic: {@link #configure} makes it write
 * without compound files ({@code .cfs} nest files with footers of their own; this refuses them), flush after a fixed
 * number of documents rather than by its estimate of the memory used (which depends on the JVM), and merge in the
 * calling thread with a policy that looks at document counts only.
 */
final class ReproducibleIndex {
    private static final String TMP = ".pil-tmp";
    /** Diagnostics that describe the segment, not the machine or the moment: kept. The rest are dropped. */
    private static final Set<String> STABLE_DIAGNOSTICS =
            Set.of("source", "lucene.version", "mergeFactor", "mergeMaxNumSegments");

    /**
     * Documents buffered before a segment is written; the memory estimate never decides. A document is a leaflet or
     * one of its sections (the generated corpus: 7.7 documents a leaflet), so a language of up to some 3,500 leaflets
     * is written as one segment, with no merge; a larger one in segments of this many, merged once at the end (fewer,
     * larger segments: no merges on the way). 2,000 × nl,en (2 cores): 4,000 gave five segments and a merge, 8.6 s
     * for the index; 30,000 gives one, 7.6 s, for 7 MB more peak memory. (1,000 made it ~45 % slower than 4,000.)
     */
    static final int MAX_BUFFERED_DOCS = 30_000;

    private ReproducibleIndex() {}

    /** Sets up {@code config} for a writer whose index is {@link #rewrite rewritten} afterwards. */
    static IndexWriterConfig configure(IndexWriterConfig config) {
        LogDocMergePolicy merges = new LogDocMergePolicy();
        merges.setNoCFSRatio(0.0);
        return config.setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setMergeScheduler(new SerialMergeScheduler())
                .setMaxBufferedDocs(MAX_BUFFERED_DOCS)
                .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH);
    }

    /** A 16-byte id, comparable by value. */
    record Id(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return StringHelper.idToString(bytes);
        }
    }

    /** Every id in the latest commit of {@code folder} (commit, segments, segment commits); empty when it holds none. */
    static Set<Id> ids(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (FSDirectory dir = FSDirectory.open(folder)) {
            return ids(SegmentInfos.readLatestCommit(dir));
        } catch (IndexNotFoundException e) {
            return Set.of();
        }
    }

    private static Set<Id> ids(SegmentInfos infos) {
        Set<Id> ids = new HashSet<>();
        ids.add(new Id(infos.getId()));
        for (SegmentCommitInfo sci : infos) {
            ids.add(new Id(sci.info.getId()));
            if (sci.getId() != null) {
                ids.add(new Id(sci.getId()));
            }
        }
        return ids;
    }

    /**
     * Rewrites the latest commit of {@code folder} (no writer may be open on it) as described above.
     *
     * @param seed what the index is made from (the language's fingerprint): the same seed, the same ids
     * @param keep ids already written reproducibly (the previous build's commit an update started from)
     */
    static void rewrite(Path folder, String seed, Set<Id> keep) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder)) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            Map<Id, byte[]> ids = new LinkedHashMap<>();
            map(ids, keep, infos.getId(), seed, "commit " + infos.getGeneration());
            List<SegmentCommitInfo> rewritten = new ArrayList<>();
            for (SegmentCommitInfo sci : infos) {
                String name = sci.info.name;
                if (map(ids, keep, sci.info.getId(), seed, "segment " + name)) {
                    rewritten.add(sci);
                }
                if (sci.getId() != null) {
                    map(
                            ids,
                            keep,
                            sci.getId(),
                            seed,
                            "commit " + infos.getGeneration() + " segment " + name + " " + sci.getDelGen() + " "
                                    + sci.getFieldInfosGen() + " " + sci.getDocValuesGen());
                }
            }
            if (ids.isEmpty()) {
                return; // the commit the update started from: nothing was written
            }
            List<String> written = new ArrayList<>();
            try {
                for (SegmentCommitInfo sci : rewritten) {
                    SegmentInfo info = sci.info;
                    if (info.getUseCompoundFile()) {
                        throw new IOException(
                                "compound segment " + info.name + " in " + folder + ": cannot be rewritten");
                    }
                    String siFile = IndexFileNames.segmentFileName(info.name, "", "si");
                    writeSegmentInfo(dir, info, ids.get(new Id(info.getId())));
                    written.add(siFile);
                    for (String file : new TreeSet<>(sci.files())) {
                        if (!file.equals(siFile) && patch(folder, file, ids)) {
                            written.add(file);
                        }
                    }
                }
                String segments = infos.getSegmentsFileName();
                if (patch(folder, segments, ids)) {
                    written.add(segments);
                }
                for (String file : written) { // every footer checked before anything is replaced
                    try (IndexInput in = dir.openInput(file + TMP, IOContext.READONCE)) {
                        CodecUtil.checksumEntireFile(in);
                    }
                }
            } catch (IOException | RuntimeException e) {
                for (String file : written) {
                    Files.deleteIfExists(folder.resolve(file + TMP));
                }
                throw e;
            }
            // segments_N last: until it is replaced, the old one still names the old files consistently
            written.remove(infos.getSegmentsFileName());
            written.add(infos.getSegmentsFileName());
            for (String file : written) {
                Files.move(
                        folder.resolve(file + TMP),
                        folder.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        try (FSDirectory dir = FSDirectory.open(folder)) {
            SegmentInfos.readLatestCommit(dir); // checks that every segment's id matches its .si
        }
    }

    /** Adds the reproducible replacement of {@code random} unless it is kept; whether it was added. */
    private static boolean map(Map<Id, byte[]> ids, Set<Id> keep, byte[] random, String seed, String what) {
        if (keep.contains(new Id(random))) {
            return false;
        }
        ids.put(new Id(random), derive(seed, what));
        return true;
    }

    static byte[] derive(String seed, String what) {
        byte[] digest = Fingerprint.sha256(("pil-index\n" + seed + "\n" + what).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(digest, StringHelper.ID_LENGTH);
    }

    /** The segment's {@code .si} again, through its codec: the new id, stable diagnostics, maps and sets in order. */
    private static void writeSegmentInfo(Directory dir, SegmentInfo info, byte[] id) throws IOException {
        Map<String, String> diagnostics = new TreeMap<>(info.getDiagnostics());
        diagnostics.keySet().retainAll(STABLE_DIAGNOSTICS);
        SegmentInfo again = new SegmentInfo(
                dir,
                info.getVersion(),
                info.getMinVersion(),
                info.name,
                info.maxDoc(),
                info.getUseCompoundFile(),
                info.getHasBlocks(),
                info.getCodec(),
                diagnostics,
                id,
                new TreeMap<>(info.getAttributes()),
                info.getIndexSort());
        again.setFiles(info.files());
        info.getCodec().segmentInfoFormat().write(new OrderedTemporaryFiles(dir), again, IOContext.DEFAULT);
    }

    /**
     * Writes {@code file + TMP}: the bytes of {@code file} with every mapped id replaced and the footer's checksum
     * recomputed; whether the file held one (otherwise nothing is written).
     */
    private static boolean patch(Path folder, String file, Map<Id, byte[]> ids) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(file));
        // the ids as plain arrays, in the map's order (the first that matches wins), and which first bytes to look at:
        // the scan touches every byte of the index, so it allocates nothing and mostly skips a byte after one look
        byte[][] from = new byte[ids.size()][];
        byte[][] to = new byte[ids.size()][];
        boolean[] first = new boolean[256];
        int n = 0;
        for (Map.Entry<Id, byte[]> e : ids.entrySet()) {
            from[n] = e.getKey().bytes();
            to[n] = e.getValue();
            first[from[n][0] & 0xFF] = true;
            n++;
        }
        boolean changed = false;
        for (int i = 0; i + StringHelper.ID_LENGTH <= bytes.length; i++) {
            if (!first[bytes[i] & 0xFF]) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                if (bytes[i] == from[k][0] && Arrays.equals(bytes, i, i + from[k].length, from[k], 0, from[k].length)) {
                    System.arraycopy(to[k], 0, bytes, i, from[k].length);
                    changed = true;
                    i += from[k].length - 1;
                    break;
                }
            }
        }
        if (!changed) {
            return false;
        }
        int footer = bytes.length - CodecUtil.footerLength();
        if (footer < 0 || readInt(bytes, footer) != CodecUtil.FOOTER_MAGIC || readInt(bytes, footer + 4) != 0) {
            throw new IOException("no checksum footer in " + folder.resolve(file));
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        long value = crc.getValue();
        for (int b = 0; b < Long.BYTES; b++) {
            bytes[bytes.length - Long.BYTES + b] = (byte) (value >>> (56 - 8 * b));
        }
        Files.write(folder.resolve(file + TMP), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /** Writes each file as {@code name + TMP}, maps and sets of strings in sorted order. */
    private static final class OrderedTemporaryFiles extends FilterDirectory {
        OrderedTemporaryFiles(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new OrderedOutput(in.createOutput(name + TMP, context));
        }
    }

    private static final class OrderedOutput extends IndexOutput {
        private final IndexOutput out;

        OrderedOutput(IndexOutput out) {
            super(out.toString(), out.getName());
            this.out = out;
        }

        @Override
        public void writeMapOfStrings(Map<String, String> map) throws IOException {
            super.writeMapOfStrings(new TreeMap<>(map));
        }

        @Override
        public void writeSetOfStrings(Set<String> set) throws IOException {
            super.writeSetOfStrings(new TreeSet<>(set));
        }

        @Override
        public void writeByte(byte b) throws IOException {
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
