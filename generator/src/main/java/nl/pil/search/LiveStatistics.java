package nl.pil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;

/**
 * The scores' statistics of an updated index without the documents it replaced. An update marks a leaflet's old
 * documents deleted instead of merging the whole index again, and Lucene keeps counting them until a merge drops them:
 * a rare word of the old text would weigh less than in a fresh index, enough to reorder close results. This counts the
 * deleted documents' share out: exactly for a word (how many documents have it, how often), and for a field how many
 * documents have it; its total length less the deleted documents' lengths as their norms keep them (rounded, and
 * without compound parts stacked on a word: only the field's average length is approximate, by a fraction of the
 * deleted share). A few deleted documents, so it looks each of them up: cheap. Keyword fields (no norms) are counted
 * from their postings, once per field.
 */
final class LiveStatistics {
    /** Per segment with deletions, its deleted documents in order. */
    private final List<LeafReaderContext> leaves = new ArrayList<>();

    private final List<int[]> deleted = new ArrayList<>();
    private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

    private LiveStatistics(DirectoryReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            if (live == null) {
                continue;
            }
            int[] docs = new int[leaf.reader().numDeletedDocs()];
            int n = 0;
            for (int doc = 0; doc < leaf.reader().maxDoc() && n < docs.length; doc++) {
                if (!live.get(doc)) {
                    docs[n++] = doc;
                }
            }
            leaves.add(leaf);
            deleted.add(docs);
        }
    }

    /** The statistics of {@code reader}'s live documents; null when it has no deleted ones (Lucene's are exact). */
    static LiveStatistics of(DirectoryReader reader) {
        return reader.hasDeletions() ? new LiveStatistics(reader) : null;
    }

    /** A searcher that scores with these statistics. */
    IndexSearcher searcher(DirectoryReader reader) {
        return new IndexSearcher(reader) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
                return LiveStatistics.this.termStatistics(term, docFreq, totalTermFreq);
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                CollectionStatistics all = super.collectionStatistics(field);
                return all == null ? null : fields.computeIfAbsent(field, f -> live(all));
            }
        };
    }

    private TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        int df = docFreq;
        long ttf = totalTermFreq;
        for (int i = 0; i < leaves.size(); i++) {
            Terms terms = leaves.get(i).reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term.bytes())) {
                continue;
            }
            PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
            int doc = -1;
            for (int target : deleted.get(i)) {
                if (doc < target) {
                    doc = postings.advance(target);
                }
                if (doc == PostingsEnum.NO_MORE_DOCS) {
                    break;
                }
                if (doc == target) {
                    df--;
                    ttf -= postings.freq();
                }
            }
        }
        // a word only deleted documents have: the query finds nothing with it, any statistics will do
        return df <= 0
                ? new TermStatistics(term.bytes(), 1, 1)
                : new TermStatistics(term.bytes(), df, Math.max(df, ttf));
    }

    /** The deleted documents that have the keyword field, and their values (postings) in it. */
    private static int[] keywords(LeafReaderContext leaf, String field) throws IOException {
        Terms terms = leaf.reader().terms(field);
        Bits live = leaf.reader().getLiveDocs();
        if (terms == null || live == null) {
            return new int[2];
        }
        boolean[] has = new boolean[leaf.reader().maxDoc()];
        int docs = 0;
        int postingsOfDeleted = 0;
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        while (te.next() != null) {
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (!live.get(doc)) {
                    postingsOfDeleted++;
                    if (!has[doc]) {
                        has[doc] = true;
                        docs++;
                    }
                }
            }
        }
        return new int[] {docs, postingsOfDeleted};
    }

    private CollectionStatistics live(CollectionStatistics all) {
        long docCount = all.docCount();
        long length = all.sumTotalTermFreq();
        try {
            for (int i = 0; i < leaves.size(); i++) {
                NumericDocValues norms = leaves.get(i).reader().getNormValues(all.field());
                if (norms == null) {
                    // no norms: a keyword field (id, type, code), one word per value and few values; counted exactly
                    int[] counts = keywords(leaves.get(i), all.field());
                    docCount -= counts[0];
                    length -= counts[1];
                    continue;
                }
                for (int doc : deleted.get(i)) {
                    if (norms.advanceExact(doc)) {
                        docCount--;
                        length -= SmallFloat.byte4ToInt((byte) norms.longValue());
                    }
                }
            }
        } catch (IOException e) {
            return all;
        }
        docCount = Math.max(1, docCount);
        length = Math.max(docCount, length);
        long maxDoc = Math.max(
                docCount,
                all.maxDoc() - deleted.stream().mapToLong(d -> d.length).sum());
        long sumDocFreq = Math.max(docCount, Math.min(length, all.sumDocFreq() - (all.sumTotalTermFreq() - length)));
        return new CollectionStatistics(all.field(), maxDoc, docCount, length, sumDocFreq);
    }
}
