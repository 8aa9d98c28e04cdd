package nl.pil.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 2.0 files for translation agencies: one file per leaflet and target language, with units for the title,
 * the summary, the keywords and each block of the body (Markdown kept as text, so links, cards and call-out
 * markers come back as they went out). The source version is recorded so an import knows what it was made from.
 */
public final class Xliff {
    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String VERSION_NOTE = "pil-source-version";
    static final String TYPE_NOTE = "pil-type";

    private Xliff() {}

    /** The content of one XLIFF file: what to translate and (after translation) the targets. */
    public record Document(
            String sourceLang,
            String targetLang,
            String leafletId,
            String original,
            String sourceVersion,
            String type,
            Map<String, String> sources,
            Map<String, String> targets) {}

    /** Splits a Markdown body into blocks at blank lines, never inside a fenced code block. */
    public static List<String> blocks(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean fenced = false;
        for (String line : body.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (line.isBlank() && !fenced) {
                if (!current.isEmpty()) {
                    blocks.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(current.toString());
        }
        return blocks;
    }

    public static void write(Document doc, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", doc.sourceLang());
            xml.writeAttribute("trgLang", doc.targetLang());
            xml.writeCharacters("\n  ");
            xml.writeStartElement("file");
            xml.writeAttribute("id", doc.leafletId());
            xml.writeAttribute("original", doc.original());
            xml.writeCharacters("\n    ");
            xml.writeStartElement("notes");
            note(xml, VERSION_NOTE, doc.sourceVersion());
            note(xml, TYPE_NOTE, doc.type());
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            for (Map.Entry<String, String> unit : doc.sources().entrySet()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("unit");
                xml.writeAttribute("id", unit.getKey());
                xml.writeStartElement("segment");
                xml.writeStartElement("source");
                xml.writeAttribute(XMLConstants.XML_NS_URI, "space", "preserve");
                xml.writeCharacters(unit.getValue());
                xml.writeEndElement();
                String target = doc.targets().get(unit.getKey());
                if (target != null) {
                    xml.writeStartElement("target");
                    xml.writeAttribute(XMLConstants.XML_NS_URI, "space", "preserve");
                    xml.writeCharacters(target);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void note(XMLStreamWriter xml, String id, String text) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("note");
        xml.writeAttribute("id", id);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** Reads an XLIFF 2.0 file; external entities and DTDs are refused (files come from outside). */
    public static Document read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String srcLang = null;
        String trgLang = null;
        String id = null;
        String original = null;
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String unit = null;
            String noteId = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "xliff" -> {
                        if (!NS.equals(xml.getNamespaceURI())
                                || !"2.0".equals(xml.getAttributeValue(null, "version"))) {
                            throw new IOException(file + " is not an XLIFF 2.0 file");
                        }
                        srcLang = xml.getAttributeValue(null, "srcLang");
                        trgLang = xml.getAttributeValue(null, "trgLang");
                    }
                    case "file" -> {
                        if (id != null) {
                            throw new IOException(
                                    file + " holds more than one leaflet; export gives one file per leaflet");
                        }
                        id = xml.getAttributeValue(null, "id");
                        original = xml.getAttributeValue(null, "original");
                    }
                    case "note" -> {
                        noteId = xml.getAttributeValue(null, "id");
                        notes.put(noteId, xml.getElementText());
                    }
                    case "unit" -> unit = xml.getAttributeValue(null, "id");
                    case "source" -> sources.merge(unit, xml.getElementText(), String::concat);
                    case "target" -> targets.merge(unit, xml.getElementText(), String::concat);
                    default -> {
                        // segments, inline markup containers: their text is read by source/target
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
        if (srcLang == null || trgLang == null || id == null) {
            throw new IOException(file + ": missing srcLang, trgLang or file id");
        }
        return new Document(
                srcLang, trgLang, id, original, notes.get(VERSION_NOTE), notes.get(TYPE_NOTE), sources, targets);
    }
}
