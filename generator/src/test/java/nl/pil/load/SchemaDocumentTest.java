package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.pil.model.LeafletType;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas for editors say exactly what the loader accepts. */
class SchemaDocumentTest {
    private static JsonNode read(String name) throws Exception {
        return new ObjectMapper().readTree(Path.of("../docs", name).toFile());
    }

    @Test
    void leafletSchemaMatchesTheLoader() throws Exception {
        JsonNode schema = read("leaflet.schema.json");
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(new TreeSet<>(FrontMatterReader.KEYS), properties);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertEquals(FrontMatterReader.REQUIRED, required);
        List<String> types = new ArrayList<>();
        schema.get("properties").get("type").get("enum").forEach(n -> types.add(n.asText()));
        assertEquals(LeafletType.keyList(), types);
        assertEquals(
                FrontMatterReader.MAX_PREPARE_DAYS,
                schema.get("properties").get("prepare-days").get("maximum").asInt());
        List<String> formats = new ArrayList<>();
        schema.get("properties").get("pdf-format").get("enum").forEach(n -> formats.add(n.asText()));
        assertEquals(nl.pil.model.PageFormat.names(), formats);
    }

    @Test
    void siteSchemaMatchesTheLoader() throws Exception {
        Set<String> properties = new TreeSet<>();
        JsonNode schema = read("site.schema.json");
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(new TreeSet<>(SiteReader.KEYS), properties);
        Set<String> pdf = new TreeSet<>();
        schema.get("properties").get("pdf").get("properties").fieldNames().forEachRemaining(pdf::add);
        assertEquals(new TreeSet<>(SiteReader.PDF_KEYS), pdf);
        List<String> formats = new ArrayList<>();
        schema.get("properties")
                .get("pdf")
                .get("properties")
                .get("format")
                .get("enum")
                .forEach(n -> formats.add(n.asText()));
        assertEquals(nl.pil.model.PageFormat.names(), formats);
    }
}
