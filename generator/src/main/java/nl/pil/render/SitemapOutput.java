package nl.pil.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pil.cache.Manifest;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.model.Bundle;
import nl.pil.model.Diagnostics;
import nl.pil.output.Output;
import nl.pil.output.Progress;

/** {@code sitemap.xml} with every language version of every page, care-path packets' too ({@code hreflang} + {@code x-default}) and {@code robots.txt}. */
public final class SitemapOutput implements Output<RenderContext> {
    /** What the sitemap was made from ({@code .pil/sitemap.json}), so that an unchanged one is taken over. */
    static final String MANIFEST = "sitemap";

    private static final String SITEMAP = "sitemap.xml";

    @Override
    public String name() {
        return "sitemap";
    }

    /** Written with the web pages: it lists them. */
    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(RenderContext context, Path out, Diagnostics diagnostics, Progress progress) throws IOException {
        Site site = context.site();
        List<Map<String, Object>> urls = new ArrayList<>();
        String source = site.settings().sourceLanguage();
        // the site-wide pages of every language: the index views and the department pages
        List<String> shared = new ArrayList<>(List.of("", "a-z/", "departments/"));
        site.settings().departments().keySet().forEach(id -> shared.add("departments/" + id + "/"));
        for (String suffix : shared) {
            List<Map<String, Object>> versions = site.settings().languages().stream()
                    .map(l -> Map.<String, Object>of(
                            "lang", l, "href", site.settings().absoluteUrl(l + "/" + suffix)))
                    .toList();
            for (String lang : site.settings().languages()) {
                urls.add(url(
                        site.settings().absoluteUrl(lang + "/" + suffix),
                        null,
                        versions,
                        site.settings().absoluteUrl(source + "/" + suffix)));
            }
        }
        for (String id : site.leafletIds()) {
            List<Page> versions = site.translationsOf(id);
            List<Map<String, Object>> alternates = versions.stream()
                    .map(p -> Map.<String, Object>of(
                            "lang", p.lang(), "href", site.settings().absoluteUrl(p.path())))
                    .toList();
            String xDefault = site.settings()
                    .absoluteUrl(site.resolve(id, source).orElseThrow().path());
            for (Page page : versions) {
                String lastmod = page.meta().reviewed() == null
                        ? null
                        : page.meta().reviewed().toString();
                urls.add(url(site.settings().absoluteUrl(page.path()), lastmod, alternates, xDefault));
            }
        }
        // each care-path packet's page, in the languages it is made in
        for (Bundle bundle : site.content().bundles()) {
            List<String> languages = bundle.languages(site.settings().languages());
            List<Map<String, Object>> alternates = languages.stream()
                    .map(l -> Map.<String, Object>of(
                            "lang", l, "href", site.settings().absoluteUrl(bundle.path(l))))
                    .toList();
            for (String lang : languages) {
                urls.add(url(
                        site.settings().absoluteUrl(bundle.path(lang)),
                        null,
                        alternates,
                        site.settings().absoluteUrl(bundle.path(source))));
            }
        }
        Map<String, Object> model = Map.of("urls", urls);
        // a sitemap of 40,000 pages takes a while to render, and only a new page, address or review date changes it
        Optional<String> hash =
                ModelFingerprint.of(PageInputs.environment(name(), 1, context.theme()), "sitemap.ftlx", model);
        Manifest previous = Manifest.read(context.previousOutput(), MANIFEST);
        Manifest next = new Manifest(MANIFEST);
        try {
            ModelFingerprint.takeOverOrWrite(
                    SITEMAP,
                    hash,
                    previous,
                    context.previousOutput(),
                    next,
                    out,
                    () -> Files.writeString(
                            out.resolve(SITEMAP),
                            context.theme().render("sitemap.ftlx", model),
                            StandardCharsets.UTF_8));
            next.write(out);
        } catch (TemplateError e) {
            TemplateErrors errors = new TemplateErrors();
            errors.add(e, "sitemap.xml");
            errors.reportTo(diagnostics);
        }
        Files.writeString(
                out.resolve("robots.txt"),
                "User-agent: *\nAllow: /\nSitemap: " + site.settings().absoluteUrl("sitemap.xml") + "\n",
                StandardCharsets.UTF_8);
    }

    private static Map<String, Object> url(
            String loc, String lastmod, List<Map<String, Object>> alternates, String xDefault) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loc", loc);
        if (lastmod != null) {
            m.put("lastmod", lastmod);
        }
        m.put("alternates", alternates);
        m.put("xDefault", xDefault);
        return m;
    }
}
