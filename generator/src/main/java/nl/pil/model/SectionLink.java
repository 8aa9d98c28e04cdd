package nl.pil.model;

/**
 * A link in a leaflet body to a section: {@code [below](#na-het-onderzoek)} (on the same page: {@code leafletId} is
 * null) or {@code [preparation](ct-scan#voorbereiding)}. Collected at load time, with the page's heading anchors, so
 * the check of every section link in the site needs no body parsed again.
 *
 * @param destination as written, for messages
 * @param fragment    the section after {@code #}, never empty
 */
public record SectionLink(String destination, String leafletId, String fragment, SourcePosition at) {}
