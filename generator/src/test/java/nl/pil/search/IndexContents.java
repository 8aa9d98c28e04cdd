package nl.pil.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.apache.lucene.util.Bits;
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

    /**
     * What the live documents of the index of {@code lang} hold, document by document in the order of their sort key
     * (the leaflet id; a section's: the id and its number), whatever segment and number each has: its stored fields,
     * and per field (by name) its terms with frequencies, positions, offsets and payloads, its norm and doc values.
     * Not the statistics nor the deleted documents: what an updated index, which keeps the documents it replaced until a
     * merge drops them, must hold the same as a fresh one.
     */
    public static List<String> live(Path site, String lang) throws IOException {
        Map<String, List<String>> docs = new TreeMap<>();
        try (FSDirectory d = FSDirectory.open(site.resolve(IndexLayout.FOLDER).resolve(lang));
                DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits liveDocs = r.getLiveDocs();
                SortedDocValues keys = r.getSortedDocValues(SearchFields.ID);
                List<String>[] lines = perDoc(r.maxDoc());
                String[] key = new String[r.maxDoc()];
                for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                    key[doc] = keys.lookupOrd(keys.ordValue()).utf8ToString();
                }
                List<String> fields = new ArrayList<>();
                for (FieldInfo fi : r.getFieldInfos()) {
                    fields.add(fi.name);
                }
                fields.sort(null);
                for (String field : fields) {
                    FieldInfo fi = r.getFieldInfos().fieldInfo(field);
                    List<String> all = new ArrayList<>();
                    if (fi.getIndexOptions() != IndexOptions.NONE) {
                        dumpPostings(r, fi, 0, all);
                    }
                    if (fi.hasNorms()) {
                        NumericDocValues norms = r.getNormValues(fi.name);
                        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                            lines[doc].add("norm " + fi.name + " " + norms.longValue());
                        }
                    }
                    dumpDocValues(r, fi, 0, all);
                    // the postings and doc values lines name documents by number: spread them over their documents
                    for (String line : all) {
                        if (line.startsWith("term ")) {
                            int at = line.indexOf(" [");
                            String term = line.substring(0, line.indexOf(" df=")); // df and ttf count deleted ones
                            if (at < 0) {
                                continue;
                            }
                            for (String posting : line.substring(at + 2).split(" \\[")) {
                                int space = posting.indexOf(' ');
                                int doc = Integer.parseInt(posting.substring(0, space));
                                lines[doc].add(term + " " + posting.substring(space + 1));
                            }
                        } else if (line.startsWith("dv ")) {
                            String[] f = line.split(" ", 4);
                            int doc = Integer.parseInt(f[2]);
                            // ordinals are numbers within a segment: the values only
                            String values = f.length > 3 ? f[3] : "";
                            values = switch (fi.getDocValuesType()) {
                                case SORTED -> values.substring(values.indexOf(' ') + 1);
                                case SORTED_SET -> values.replaceAll("(^| )\\d+=", "$1");
                                default -> values;
                            };
                            lines[doc].add("dv " + fi.name + " " + values);
                        }
                    }
                }
                StoredFields stored = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (liveDocs != null && !liveDocs.get(doc)) {
                        continue;
                    }
                    StringBuilder line = new StringBuilder("stored");
                    for (IndexableField field : stored.document(doc)) {
                        line.append(" | ").append(field.name()).append('=').append(field.stringValue());
                    }
                    lines[doc].add(line.toString());
                    lines[doc].sort(null);
                    List<String> before = docs.put(key[doc], lines[doc]);
                    if (before != null) {
                        throw new IllegalStateException("two live documents with the key " + key[doc]);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        docs.forEach((key, lines) -> {
            out.add("doc " + key);
            lines.forEach(l -> out.add("  " + l));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] perDoc(int n) {
        List<String>[] lines = new List[n];
        for (int i = 0; i < n; i++) {
            lines[i] = new ArrayList<>();
        }
        return lines;
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
