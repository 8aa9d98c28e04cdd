package nl.pil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * What {@code pil --version} prints: the version and build date the build wrote into {@code version.properties}. The
 * date is the build's {@code project.build.outputTimestamp}, so two builds of one commit give the same jar.
 */
record BuildInfo(String version, String built) {
    private static final String RESOURCE = "version.properties";

    static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return from(properties);
    }

    static BuildInfo from(Properties properties) {
        return new BuildInfo(filled(properties, "version"), date(filled(properties, "built")));
    }

    /** One line per fact: which pil, and which Java runs it (launchers pick a JVM by themselves). */
    String[] lines() {
        String first =
                "pil " + (version == null ? "development" : version) + (built == null ? "" : " (built " + built + ")");
        Runtime.Version java = Runtime.version();
        String vendor = System.getProperty("java.vendor", "");
        return new String[] {
            first, "Java " + java + (vendor.isEmpty() ? "" : ", " + vendor) + ", " + System.getProperty("java.home")
        };
    }

    // a value the build did not fill in (running from an IDE's own compile) is unknown, not "${project.version}"
    private static String filled(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
    }

    // outputTimestamp is an ISO-8601 instant or seconds since 1970 (Maven accepts both); the day is what people need
    private static String date(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            Instant instant = timestamp.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(timestamp))
                    : Instant.parse(timestamp);
            return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException | NumberFormatException e) {
            return timestamp;
        }
    }
}
