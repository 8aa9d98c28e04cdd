package nl.pil.search;

import org.apache.lucene.search.Query;

/**
 * A query as one language's index answers it: the query that scores, the filter a leaflet must pass to count as
 * containing the key words (or null), and the body's part of the query, which the snippets mark.
 */
record PlannedQuery(Query scoring, Query filter, Query highlight) {}
