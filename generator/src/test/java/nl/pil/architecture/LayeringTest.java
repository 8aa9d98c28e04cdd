package nl.pil.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages in the order the stages run: a package may use those before it, never one after it, and
 * no group of packages depends on itself in a circle. A new back-edge fails here with the classes that make it.
 */
class LayeringTest {
    /** Lowest first. Each package may depend only on packages earlier in this list. */
    static final List<String> LAYERS = List.of(
            "cache",
            "model",
            "text",
            "i18n",
            "markdown",
            "load",
            "check",
            "link",
            "translate",
            "output",
            "render",
            "search",
            "publish",
            "serve",
            "compile",
            "health",
            "watch",
            "report",
            "app",
            "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.pil");
    }

    @Test
    void everyPackageIsInTheList() {
        List<String> unlisted = classes.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith("nl.pil."))
                .map(p -> p.substring("nl.pil.".length()).split("\\.")[0])
                .distinct()
                .filter(p -> !LAYERS.contains(p))
                .sorted()
                .toList();
        if (!unlisted.isEmpty()) {
            throw new AssertionError(
                    "packages missing from LayeringTest.LAYERS (put each after what it uses): " + unlisted);
        }
    }

    @Test
    void noPackageUsesALaterStage() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> later = new ArrayList<>();
            for (String layer : LAYERS.subList(i + 1, LAYERS.size())) {
                later.add("nl.pil." + layer + "..");
            }
            noClasses()
                    .that()
                    .resideInAPackage("nl.pil." + LAYERS.get(i) + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(later.toArray(String[]::new))
                    .because("stages only use earlier stages (" + String.join(" → ", LAYERS) + ")")
                    .check(classes);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("nl.pil.(**)")
                .should()
                .beFreeOfCycles()
                // as in commonmark-java's extensions: the public extensions install their internal parsers and
                // renderers, which work on the public node types; together they are one package, markdown
                .ignoreDependency(resideInAPackage("nl.pil.markdown.internal"), resideInAPackage("nl.pil.markdown"))
                .check(classes);
    }

    @Test
    void onlyMarkdownUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.pil.markdown..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.pil.markdown.internal..")
                .because(
                        "the Markdown extensions' parsers and renderers are reached through the extensions and LeafletMarkdown")
                .check(classes);
    }
}
