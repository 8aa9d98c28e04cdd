package nl.pil.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.pil.model.LeafletType;
import nl.pil.model.PageFormat;
import nl.pil.model.Reference;
import nl.pil.model.Severity;

/**
 * A file's {@link ParsedBodies.Facts} as one text inside {@code .pil/parse.json}: the fields in a fixed order, as
 * bytes, in Base64. Every build reads those of all files (40,000 at 20,000 leaflets × 2): as a JSON text inside the
 * JSON manifest they cost a third of a body edit's loading (each quote escaped in the manifest, the text parsed twice,
 * the records made by reflection). Base64 has nothing JSON escapes, and the fields are read in the order written.
 * The record's version is Pil itself, so a Pil that writes other fields never reads these; a damaged text fails to
 * read (an exception), which costs the file a parse.
 */
final class FactsCodec {
    private FactsCodec() {}

    private static final int FORMAT = 1;

    static String encode(ParsedBodies.Facts facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            number(out, facts.references().size());
            for (ParsedBodies.Ref r : facts.references()) {
                text(out, r.kind().name());
                text(out, r.target());
                number(out, r.line());
                number(out, r.column());
            }
            number(out, facts.sectionLinks().size());
            for (ParsedBodies.Section s : facts.sectionLinks()) {
                text(out, s.destination());
                text(out, s.leafletId());
                text(out, s.fragment());
                number(out, s.line());
                number(out, s.column());
            }
            texts(out, facts.anchors());
            problems(out, facts.problems());
            text(out, facts.sourceVersion());
            ParsedBodies.Head h = facts.head();
            out.writeBoolean(h != null);
            if (h != null) {
                head(out, h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: cannot happen
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** @throws RuntimeException when the text is not what {@link #encode} wrote (a damaged record) */
    static ParsedBodies.Facts decode(String text) {
        try (DataInputStream in =
                new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalArgumentException("another format");
            }
            int refs = count(in);
            List<ParsedBodies.Ref> references = new ArrayList<>(refs);
            for (int i = 0; i < refs; i++) {
                references.add(
                        new ParsedBodies.Ref(Reference.Kind.valueOf(text(in)), text(in), number(in), number(in)));
            }
            int sections = count(in);
            List<ParsedBodies.Section> sectionLinks = new ArrayList<>(sections);
            for (int i = 0; i < sections; i++) {
                sectionLinks.add(new ParsedBodies.Section(text(in), text(in), text(in), number(in), number(in)));
            }
            List<String> anchors = texts(in);
            List<ParsedBodies.Problem> problems = problems(in);
            String sourceVersion = text(in);
            ParsedBodies.Head head = in.readBoolean() ? head(in) : null;
            if (in.read() != -1) {
                throw new IllegalArgumentException("more than was written");
            }
            return new ParsedBodies.Facts(references, sectionLinks, anchors, problems, sourceVersion, head);
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged", e); // read past the end
        }
    }

    private static void head(DataOutputStream out, ParsedBodies.Head h) throws IOException {
        text(out, h.type() == null ? null : h.type().name());
        text(out, h.title());
        text(out, h.summary());
        text(out, h.code());
        texts(out, h.departments());
        text(out, h.reviewed());
        text(out, h.reviewDue());
        texts(out, h.authors());
        texts(out, h.reviewers());
        texts(out, h.related());
        texts(out, h.keywords());
        out.writeBoolean(h.prepareDays() != null);
        if (h.prepareDays() != null) {
            number(out, h.prepareDays());
        }
        text(out, h.pdfFormat() == null ? null : h.pdfFormat().name());
        text(out, h.translatedFrom());
        text(out, h.translatedOn());
        number(out, h.positions().size() / 3);
        for (int i = 0; i + 2 < h.positions().size(); i += 3) {
            text(out, (String) h.positions().get(i));
            number(out, ((Number) h.positions().get(i + 1)).intValue());
            number(out, ((Number) h.positions().get(i + 2)).intValue());
        }
        text(out, h.updated());
        texts(out, h.contributors());
        text(out, h.prepareNote());
        texts(out, h.monthOnly());
        texts(out, h.contacts());
        texts(out, h.specialists());
        text(out, h.translatedBy());
        text(out, h.translationReviewedBy());
        text(out, h.translationReviewedOn());
        text(out, h.translationReviewedFrom());
        problems(out, h.problems());
    }

    private static ParsedBodies.Head head(DataInputStream in) throws IOException {
        String type = text(in);
        String title = text(in);
        String summary = text(in);
        String code = text(in);
        List<String> departments = texts(in);
        String reviewed = text(in);
        String reviewDue = text(in);
        List<String> authors = texts(in);
        List<String> reviewers = texts(in);
        List<String> related = texts(in);
        List<String> keywords = texts(in);
        Integer prepareDays = in.readBoolean() ? number(in) : null;
        String pdfFormat = text(in);
        String translatedFrom = text(in);
        String translatedOn = text(in);
        int positionCount = count(in);
        List<Object> positions = new ArrayList<>(3 * positionCount);
        for (int i = 0; i < positionCount; i++) {
            positions.add(text(in));
            positions.add(number(in));
            positions.add(number(in));
        }
        return new ParsedBodies.Head(
                type == null ? null : LeafletType.valueOf(type),
                title,
                summary,
                code,
                departments,
                reviewed,
                reviewDue,
                authors,
                reviewers,
                related,
                keywords,
                prepareDays,
                pdfFormat == null ? null : PageFormat.valueOf(pdfFormat),
                translatedFrom,
                translatedOn,
                positions,
                text(in),
                texts(in),
                text(in),
                texts(in),
                texts(in),
                texts(in),
                text(in),
                text(in),
                text(in),
                text(in),
                problems(in));
    }

    private static void problems(DataOutputStream out, List<ParsedBodies.Problem> problems) throws IOException {
        number(out, problems.size());
        for (ParsedBodies.Problem p : problems) {
            text(out, p.severity().name());
            number(out, p.line());
            number(out, p.column());
            text(out, p.message());
            text(out, p.hint());
        }
    }

    private static List<ParsedBodies.Problem> problems(DataInputStream in) throws IOException {
        int n = count(in);
        List<ParsedBodies.Problem> problems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            problems.add(
                    new ParsedBodies.Problem(Severity.valueOf(text(in)), number(in), number(in), text(in), text(in)));
        }
        return problems;
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        number(out, texts.size());
        for (String t : texts) {
            text(out, t);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String t = text(in);
            if (t == null) {
                throw new IllegalArgumentException("a list holds no nulls");
            }
            texts.add(t);
        }
        return List.copyOf(texts);
    }

    /** A text as its UTF-8 length and bytes; -1 for null (writeUTF stops at 64 KB, a summary may be longer). */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            number(out, -1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        number(out, utf8.length);
        out.write(utf8);
    }

    /**
     * A number in as few bytes as it needs, seven bits a byte (most are a line, a column or a length below 128: one
     * byte instead of four), negative ones by zigzag.
     */
    private static void number(DataOutputStream out, int n) throws IOException {
        int zigzag = (n << 1) ^ (n >> 31);
        while ((zigzag & ~0x7F) != 0) {
            out.writeByte((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        out.writeByte(zigzag);
    }

    private static int number(DataInputStream in) throws IOException {
        int zigzag = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 28) {
                throw new IllegalArgumentException("a number longer than five bytes");
            }
            int b = in.readUnsignedByte();
            zigzag |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = number(in);
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException("a text longer than what is left");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A list's length, no longer than what is left could hold (a damaged length must not allocate gigabytes). */
    private static int count(DataInputStream in) throws IOException {
        int n = number(in);
        if (n < 0 || n > in.available()) {
            throw new IllegalArgumentException("a list longer than what is left");
        }
        return n;
    }
}
