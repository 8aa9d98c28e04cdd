package nl.pil.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of leaflet this is; decides grouping on index pages and the schema.org type. */
public enum LeafletType {
    CONDITION("MedicalCondition"),
    EXAM("MedicalTest"),
    TREATMENT("MedicalProcedure"),
    AFTERCARE("MedicalProcedure"),
    GENERAL(null);

    private final String schemaOrgAbout;

    LeafletType(String schemaOrgAbout) {
        this.schemaOrgAbout = schemaOrgAbout;
    }

    /** The word used in front matter, e.g. {@code exam}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** schema.org type of the thing the page is about, or empty when the page is general information. */
    public Optional<String> schemaOrgAbout() {
        return Optional.ofNullable(schemaOrgAbout);
    }

    public static Optional<LeafletType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    public static List<String> keyList() {
        return Arrays.stream(values()).map(LeafletType::key).toList();
    }

    public static String keys() {
        return String.join(", ", keyList());
    }
}
