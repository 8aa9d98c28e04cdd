package nl.pil.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A consumer project on disk (content folder, two leaflets in Dutch and English) and mojos configured for it. */
final class Project {
    static final String TODAY = "2026-06-01";
    final Path basedir;
    final RecordingLog log = new RecordingLog();

    Project(Path basedir) {
        this.basedir = basedir;
        write("content/site.yaml", """
                name: {nl: Testziekenhuis, en: Test Hospital}
                base-url: https://folders.test.example/
                languages: [nl, en]
                contact: {phone: "+31 40 555 00 00"}
                departments:
                  radiology: {name: {nl: Radiologie, en: Radiology}}
                """);
        leaflet( // a few hours' preparation: prepare-days 1 (the preparation-time rule holds the text to it)
                "ct-scan",
                "nl",
                "CT-scan",
                "RAD-1",
                "prepare-days: 1\n",
                "## Voorbereiding\n\nU mag 2 uur voor het onderzoek niet eten.\n\n[[mri-scan]]\n");
        leaflet(
                "ct-scan",
                "en",
                "CT scan",
                null,
                "## Preparation\n\nDo not eat for 2 hours before the scan.\n\n[[mri-scan]]\n");
        leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\nNeem uw medicijnlijst mee.\n");
        stampTranslations();
    }

    /** Records the source version in every translation, as 'pil translations --stamp' does, so they are current. */
    Project stampTranslations() {
        // files with problems are left alone, as the command leaves them; the tests' builds report them
        var loader = new nl.pil.load.ContentLoader(basedir.resolve("content"));
        nl.pil.model.Diagnostics d = new nl.pil.model.Diagnostics();
        nl.pil.translate.Stamper.stampAll(
                loader,
                loader.settings(d).orElseThrow(),
                null,
                java.util.List.of(),
                java.time.LocalDate.parse(TODAY),
                null,
                d);
        return this;
    }

    Project leaflet(String id, String lang, String title, String code, String body) {
        return leaflet(id, lang, title, code, "", body);
    }

    /** A leaflet with {@code extra} front matter lines (source language only). */
    Project leaflet(String id, String lang, String title, String code, String extra, String body) {
        String meta = code == null
                ? ""
                : "code: " + code + "\ndepartment: radiology\nreviewed: 2026-01-10\nreview-due: 2027-01-10\n"
                        + "authors: [Afdeling Radiologie]\n" + extra;
        return write(
                "content/" + id + "/" + lang + ".md",
                "---\ntype: exam\ntitle: " + title + "\nsummary: Over " + title + ".\n" + meta + "---\n" + body);
    }

    Project write(String relativePath, String text) {
        try {
            Path file = basedir.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code pil:check} writes its report by default. */
    Path report() {
        return basedir.resolve("target/pil/check.sarif");
    }

    Path output() {
        return basedir.resolve("target/pil-site");
    }

    /** Configures a mojo the way Maven does with the defaults of the plugin descriptor. */
    <T extends AbstractPilMojo> T configure(T mojo) {
        mojo.basedir = basedir.toFile();
        mojo.content = new File(mojo.basedir, "content");
        mojo.templates = new File(mojo.basedir, "templates");
        if (mojo instanceof BuildMojo build) {
            build.output = output().toFile();
            build.formats = null; // not configured: every output
        }
        if (mojo instanceof CheckMojo check) {
            check.report = report().toFile();
            check.reportFormat = "sarif";
        }
        mojo.today = TODAY;
        mojo.setLog(log);
        return mojo;
    }

    BuildMojo build() {
        return configure(new BuildMojo());
    }

    CheckMojo check() {
        return configure(new CheckMojo());
    }

    ServeMojo serve() {
        ServeMojo mojo = configure(new ServeMojo());
        mojo.host = "127.0.0.1";
        mojo.port = 0;
        return mojo;
    }
}
