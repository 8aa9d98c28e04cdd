package nl.pil.model;

import java.nio.file.Path;
import java.util.List;
import nl.pil.cache.Fingerprint;
import org.commonmark.node.Node;

/**
 * One language file of a leaflet: its front matter and its parsed body.
 *
 * @param parsedBody the Markdown syntax tree ({@link #body()}), parsed when first read
 * @param sourceFile absolute path, for copying files that sit beside it
 * @param displayPath the path shown in diagnostics
 * @param sectionLinks links in the body to a section of this page or another
 * @param anchors the ids the web page gives the body's headings, in order
 * @param bodyFirstLine file line of the body's first line, to map body positions back to the file
 * @param sourceVersion a file in the source language: its {@link SourceVersion}, which its translations record when
 *                      they are made from it; {@code null} for a translation
 * @param fingerprint   {@link Fingerprint} of the file's text as loaded: the build cache's proof that it did not change
 * @param controlCharacters invisible control characters the loader removed from the file (the first few), for the
 *                          {@code encoding} rule to report
 */
public record Translation(
        String leafletId,
        String lang,
        Path sourceFile,
        String displayPath,
        FrontMatter meta,
        ParsedBody parsedBody,
        int bodyFirstLine,
        List<Reference> references,
        List<SectionLink> sectionLinks,
        List<String> anchors,
        String sourceVersion,
        String fingerprint,
        List<ControlCharacter> controlCharacters) {
    /** A control character (not tab or line end) that was in the file, and where. */
    public record ControlCharacter(int codePoint, SourcePosition at) {}

    public Translation {
        references = List.copyOf(references);
        sectionLinks = List.copyOf(sectionLinks);
        anchors = List.copyOf(anchors);
        controlCharacters = List.copyOf(controlCharacters);
    }

    /** The Markdown of the body, as loaded (control characters taken out). */
    public String bodyText() {
        return parsedBody.text();
    }

    /** The Markdown syntax tree of the body; never modified (renderers only read it). */
    public Node body() {
        return parsedBody.node();
    }

    /** Where a node of this file's body starts, in file coordinates. */
    public SourcePosition positionOf(Node node) {
        return SourcePosition.of(node, displayPath, bodyFirstLine);
    }
}
