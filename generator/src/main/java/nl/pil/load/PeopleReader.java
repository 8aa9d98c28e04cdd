package nl.pil.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.pil.model.Diagnostics;
import nl.pil.model.LocalizedText;
import nl.pil.model.Person;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;

/**
 * Reads {@code content/people/<id>.yaml}: the people leaflets name as contact persons, specialists, authors or
 * reviewers. Each is checked for what a patient needs to reach them: a name, a function in the source language, a
 * phone number or e-mail address of a usable form, a known department and an https profile page.
 */
final class PeopleReader {
    static final String FOLDER = "people";
    /** Besides one file per person, their photos. */
    private static final IdFiles.Folder FILES =
            new IdFiles.Folder(FOLDER, "person", Person.ID, "anna-de-vries.yaml", name -> {
                String type = Attachments.type(name);
                return type.equals("png") || type.equals("jpg") || type.equals("jpeg");
            });

    static final List<String> KEYS =
            List.of("name", "titles", "function", "department", "phone", "email", "interests", "profile");
    // digits, spaces and the marks people write in phone numbers; at least 3 digits (short internal numbers exist)
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-./]*[0-9][0-9 ()\\-./]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");

    private PeopleReader() {}

    /** The people that can be shown, and the ids declared with a problem (each reported once, here). */
    record People(Map<String, Person> valid, Set<String> rejected) {
        static final People NONE = new People(Map.of(), Set.of());
    }

    static People read(Path root, Function<Path, String> displayOf, SiteSettings site, Diagnostics diagnostics) {
        Map<String, Person> people = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>();
        for (IdFiles.IdFile f : IdFiles.list(root, FILES, displayOf, diagnostics)) {
            rejected.add(f.id());
            if (f.usable()) {
                read(f, site, diagnostics).ifPresent(p -> people.put(f.id(), p));
            }
        }
        rejected.removeAll(people.keySet());
        return people.isEmpty() && rejected.isEmpty() ? People.NONE : new People(people, rejected);
    }

    private static Optional<Person> read(IdFiles.IdFile f, SiteSettings site, Diagnostics diagnostics) {
        String id = f.id();
        long before = diagnostics.errorCount();
        Optional<YamlFields> fields = IdFiles.fields(f, FILES, KEYS, diagnostics);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields v = fields.get();
        SourcePosition start = SourcePosition.of(f.display());
        v.requireAll(List.of("name", "function"), start, "a card shows at least the name and the function");
        if (!v.has("phone") && !v.has("email")) {
            diagnostics.error(
                    start,
                    "person '" + id + "' has no phone number and no e-mail address",
                    "give 'phone', 'email' or both: patients must be able to reach a contact person");
        }
        Set<String> languages = Set.copyOf(site.languages());
        Optional<String> name = v.text("name");
        Optional<String> titles = v.text("titles");
        Optional<LocalizedText> function = v.localized("function", languages);
        if (function.isPresent() && function.get().inOnly(site.sourceLanguage()) == null) {
            v.report(
                    v.at("function"),
                    "the function of person '" + id + "' has no " + site.sourceLanguage() + " text",
                    "give 'function' for every language, or at least " + site.sourceLanguage());
        }
        Optional<String> department = IdFiles.department(v, site);
        Optional<String> phone = v.text("phone").filter(p -> {
            if (PHONE.matcher(p).matches()
                    && p.chars().filter(Character::isDigit).count() >= 3) {
                return true;
            }
            v.report(v.at("phone"), "'" + p + "' is not a phone number", "write digits, e.g. 040 123 45 67");
            return false;
        });
        Optional<String> email = v.text("email").filter(e -> {
            if (EMAIL.matcher(e).matches()) {
                return true;
            }
            v.report(v.at("email"), "'" + e + "' is not an e-mail address", "e.g. a.de.vries@example-hospital.nl");
            return false;
        });
        Optional<URI> profile = v.absoluteUrl("profile").filter(u -> {
            if (u.getScheme().equals("https")) {
                return true;
            }
            v.report(
                    v.at("profile"),
                    "'" + u + "' is not a secure (https) address",
                    "use the https:// address of the profile page");
            return false;
        });
        LocalizedText interests = v.localized("interests", languages).orElse(LocalizedText.empty());
        Optional<Path> photo = photo(f.file().getParent(), id, f.display(), diagnostics);
        if (diagnostics.errorCount() > before || name.isEmpty() || function.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Person(
                id,
                name.get(),
                titles.orElse(null),
                function.get(),
                department.orElse(null),
                phone.orElse(null),
                email.orElse(null),
                interests,
                profile.orElse(null),
                start,
                photo.orElse(null),
                photo.map(ImageFiles::hash).orElse(null)));
    }

    /**
     * The photo beside a person's file: {@code <id>.png}, {@code .jpg} or {@code .jpeg}, checked as a leaflet's images
     * are (really in the folder, decodable); empty without one, or with a problem reported.
     */
    private static Optional<Path> photo(Path folder, String id, String display, Diagnostics diagnostics) {
        String yamlName = id + ".yaml";
        String shown = display.substring(0, display.length() - yamlName.length());
        Path found = null;
        for (String type : ImageFiles.TYPES) {
            String name = id + "." + type;
            if (!Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            SourcePosition at = SourcePosition.of(shown + name);
            if (found != null) {
                diagnostics.error(
                        at, "person '" + id + "' has two photos: " + found.getFileName() + " and " + name, "keep one");
                return Optional.empty();
            }
            Optional<Path> checked = ImageFiles.checked(folder, name, "photo", at, diagnostics);
            if (checked.isEmpty()) {
                return Optional.empty();
            }
            Path file = checked.get();
            found = file;
        }
        return Optional.ofNullable(found);
    }
}
