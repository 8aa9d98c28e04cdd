package nl.pil.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.pil.compile.BuildOptions;
import nl.pil.model.Diagnostic;
import nl.pil.model.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the goals read their parameters, and how they print a diagnostic. */
class ParametersTest {
    @TempDir
    Path dir;

    @Test
    void formatsAsCommaSeparatedTextOrListInAnyCase() throws Exception {
        assertEquals(List.of("html", "index", "pdf"), List.copyOf(Goals.parseFormats(List.of("html,index,pdf"))));
        assertEquals(List.of("html", "index"), List.copyOf(Goals.parseFormats(List.of(" HTML ", "index"))));
        assertEquals(List.of("index", "html"), List.copyOf(Goals.parseFormats(List.of("index, html,", "html"))));
    }

    @Test
    void unknownOrNoFormatsFailWithTheChoices() {
        var unknown = assertThrows(GoalException.class, () -> Goals.parseFormats(List.of("html,epub")));
        assertEquals(
                "unknown format 'epub' (parameter formats / pil.formats); choose from html, index, pdf",
                unknown.getMessage());
        var none = assertThrows(GoalException.class, () -> Goals.parseFormats(List.of(" , ")));
        assertTrue(none.getMessage().startsWith("no output format chosen"), none.getMessage());
    }

    @Test
    void withoutFormatsEveryOutputIsWritten() throws Exception {
        assertEquals(BuildOptions.FORMATS, Goals.parseFormats(null));
        assertEquals(BuildOptions.FORMATS, Goals.parseFormats(List.of()));
    }

    @Test
    void todayIsADateOrTodaysDate() throws Exception {
        Project p = new Project(dir);
        BuildMojo mojo = p.build();
        assertEquals(LocalDate.of(2026, 6, 1), Goals.today(mojo.today));
        assertEquals(LocalDate.now(), Goals.today(null));
        var e = assertThrows(GoalException.class, () -> Goals.today("1 June"));
        assertEquals(
                "today must be a date like 2026-03-01, not '1 June' (parameter today / pil.today)", e.getMessage());
    }

    @Test
    void theDefaultTemplateFolderIsOptionalButAConfiguredOneMustExist() throws Exception {
        Project p = new Project(dir);
        BuildMojo mojo = p.build();
        assertEquals(List.of(), options(mojo).templateFolders(), "templates/ does not exist: built-in templates");
        Files.createDirectories(dir.resolve("templates"));
        assertEquals(List.of(dir.resolve("templates")), options(mojo).templateFolders());
        mojo.templates = new File(dir.toFile(), "theme");
        var e = assertThrows(GoalException.class, () -> options(mojo));
        assertTrue(e.getMessage().startsWith("templates folder " + mojo.templates + " does not exist"), e.getMessage());
    }

    @Test
    void aMissingContentFolderNamesTheParameter() {
        Project p = new Project(dir);
        CheckMojo mojo = p.check();
        mojo.content = new File(dir.toFile(), "leaflets");
        var e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "content folder " + mojo.content + " does not exist; it holds site.yaml and one folder per leaflet "
                        + "(parameter content / pil.content)",
                e.getMessage());
    }

    @Test
    void optionsCarryTheParameters() throws Exception {
        Project p = new Project(dir);
        BuildMojo mojo = p.build();
        mojo.formats = List.of("html");
        BuildOptions options = options(mojo);
        assertEquals(dir.resolve("content"), options.contentFolder());
        assertEquals(p.output(), options.outputFolder());
        assertEquals(Set.of("html"), options.formats());
    }

    /** The options a goal runs with, from the parameters as Maven set them. */
    static BuildOptions options(AbstractPilMojo mojo) throws GoalException {
        return Goals.options(mojo.params()).buildOptions();
    }

    @Test
    void diagnosticsShowAbsolutePathsSoIdesLinkThemWhateverTheWorkingFolder() throws Exception {
        Path file = Files.createDirectories(dir.resolve("content/ct-scan")).resolve("nl.md");
        Files.writeString(file, "x");
        String relative = Path.of("").toAbsolutePath().relativize(file).toString();
        Diagnostic d = new Diagnostic(
                Severity.ERROR, relative, 24, 3, "card of unknown leaflet 'mri'", "did you mean 'mri-scan'?");
        assertEquals(file + ":24:3: card of unknown leaflet 'mri' (hint: did you mean 'mri-scan'?)", Goals.line(d));
        Diagnostic whole = new Diagnostic(Severity.WARNING, file.toString(), 0, 0, "empty body", null);
        assertEquals(file + ":1:1: empty body", Goals.line(whole));
        Diagnostic notAFile =
                new Diagnostic(Severity.WARNING, "templates/i18n/xx.properties", 1, 1, "no interface text", "");
        assertEquals("templates/i18n/xx.properties:1:1: no interface text", Goals.line(notAFile));
    }
}
