package nl.pil.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** The contents of a built search index as text, to compare two indexes that need not be the same bytes. */
public final class IndexContents {
    private IndexContents() {}

    /**
     * Everything a reader sees of the index of {@code lang} in {@code site}, one line per item, with documents numbered
     * across segments: fields and their options (not their numbers, which an updated index keeps from its first build), every term of every field with its statistics and postings (documents, frequencies, positions,
     * offsets, payloads), stored fields, doc values and norms.
     */
    public static List<String> of(Path site, String lang) throws IOException {
        List<String> out = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(site.resolve(IndexLayout.FOLDER).resolve(lang));
                DirectoryReader reader = DirectoryReader.open(d)) {
            out.add("maxDoc " + reader.maxDoc() + " numDocs " + reader.numDocs());
            for (LeafReaderContext leaf : reader.leaves()) {
                dump(leaf.reader(), leaf.docBase, out);
            }
        }
        return out;
    }

    private static void dump(LeafReader r, int base, List<String> out) throws IOException {
        for (FieldInfo fi : r.getFieldInfos()) {
            out.add("field " + fi.name + " " + fi.getIndexOptions() + " dv=" + fi.getDocValuesType() + " norms="
                    + fi.hasNorms() + " vectors=" + fi.hasTermVectors() + " points=" + fi.getPointDimensionCount());
            // not the field's codec attributes: bookkeeping of how postings were written, which a merge carries over
            // for a field that no longer has any (an updated index whose documents all have empty headings), not
            // content
            if (fi.getIndexOptions() != IndexOptions.NONE) {
                dumpPostings(r, fi, base, out);
            }
            if (fi.hasNorms()) {
                NumericDocValues norms = r.getNormValues(fi.name);
                for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    out.add("norm " + fi.name + " " + (base + doc) + " " + norms.longValue());
                }
            }
            dumpDocValues(r, fi, base, out);
        }
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
            boolean live = r.getLiveDocs() == null || r.getLiveDocs().get(doc);
            StringBuilder line = new StringBuilder("doc " + (base + doc) + (live ? "" : " deleted"));
            for (IndexableField field : stored.document(doc)) {
                line.append(" | ").append(field.name()).append('=');
                if (field.binaryValue() != null) {
                    line.append(field.binaryValue());
                } else if (field.numericValue() != null) {
                    line.append(field.numericValue());
                } else {
                    line.append(field.stringValue());
                }
            }
            out.add(line.toString());
        }
    }

    private static void dumpPostings(LeafReader r, FieldInfo fi, int base, List<String> out) throws IOException {
        Terms terms = r.terms(fi.name);
        if (terms == null) {
            return;
        }
        out.add("terms " + fi.name + " size=" + terms.size() + " docCount=" + terms.getDocCount() + " sumDocFreq="
                + terms.getSumDocFreq() + " sumTotalTermFreq=" + terms.getSumTotalTermFreq());
        boolean positions = fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
        boolean offsets = fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            StringBuilder line = new StringBuilder("term ")
                    .append(fi.name)
                    .append(':')
                    .append(term.utf8ToString())
                    .append(" df=")
                    .append(te.docFreq())
                    .append(" ttf=")
                    .append(te.totalTermFreq());
            postings = te.postings(postings, PostingsEnum.ALL);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                line.append(" [").append(base + doc).append(" x").append(postings.freq());
                if (positions) {
                    for (int i = 0; i < postings.freq(); i++) {
                        line.append(' ').append(postings.nextPosition());
                        if (offsets) {
                            line.append('@')
                                    .append(postings.startOffset())
                                    .append('-')
                                    .append(postings.endOffset());
                        }
                        BytesRef payload = postings.getPayload();
                        if (payload != null) {
                            line.append('$').append(payload);
                        }
                    }
                }
                line.append(']');
            }
            out.add(line.toString());
        }
    }

    private static void dumpDocValues(LeafReader r, FieldInfo fi, int base, List<String> out) throws IOException {
        DocValuesType type = fi.getDocValuesType();
        String prefix = "dv " + fi.name + " ";
        switch (type) {
            case NONE -> {}
            case NUMERIC -> {
                NumericDocValues v = r.getNumericDocValues(fi.name);
                for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
                    out.add(prefix + (base + doc) + " " + v.longValue());
                }
            }
            case BINARY -> {
                BinaryDocValues v = r.getBinaryDocValues(fi.name);
                for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
                    out.add(prefix + (base + doc) + " " + v.binaryValue());
                }
            }
            case SORTED -> {
                SortedDocValues v = r.getSortedDocValues(fi.name);
                for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
                    out.add(prefix + (base + doc) + " " + v.ordValue() + " "
                            + v.lookupOrd(v.ordValue()).utf8ToString());
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues v = r.getSortedSetDocValues(fi.name);
                for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
                    StringBuilder line = new StringBuilder(prefix).append(base + doc);
                    for (int i = 0; i < v.docValueCount(); i++) {
                        long ord = v.nextOrd();
                        line.append(' ')
                                .append(ord)
                                .append('=')
                                .append(v.lookupOrd(ord).utf8ToString());
                    }
                    out.add(line.toString());
                }
            }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues v = r.getSortedNumericDocValues(fi.name);
                for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
                    StringBuilder line = new StringBuilder(prefix).append(base + doc);
                    for (int i = 0; i < v.docValueCount(); i++) {
                        line.append(' ').append(v.nextValue());
                    }
                    out.add(line.toString());
                }
            }
        }
    }
}
