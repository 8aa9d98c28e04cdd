package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the end-to-end tests: never a downloaded browser. */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Skips the test on a developer machine without Chromium; in CI ({@code CI=true}) a missing browser is a failure. */
    static void requireInstalled() {
        boolean available = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(available, "Chromium not installed: run scripts/install-browser.sh");
        }
        assertTrue(available, "CI needs Debian's chromium and chromium-driver (scripts/install-browser.sh)");
    }

    /** Headless, without the background connections this machine's closed network refuses, in a fresh profile. */
    static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1200,1000");
        return options;
    }

    static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
    }

    /** A browser with JavaScript switched off, as a patient with scripts blocked sees the site. */
    static ChromeDriver startWithoutScripts(Path profile) {
        ChromeOptions options = options(profile);
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(options);
    }
}
