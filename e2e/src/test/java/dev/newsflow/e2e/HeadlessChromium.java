package dev.newsflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through /usr/bin/chromedriver (Selenium must never download a driver: the machine may be
 * offline). {@code .ci/run} installs both when it can.
 */
final class HeadlessChromium {

    static final String MISSING = "Chromium and chromedriver are not installed, so the dashboard check is skipped. "
            + "Install them with: apt-get install -y chromium chromium-driver";

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    private static final Path DRIVER = Path.of(System.getProperty("newsflow.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static Optional<Path> browser() {
        return Files.isExecutable(DRIVER) ? BROWSERS.stream().filter(Files::isExecutable).findFirst() : Optional.empty();
    }

    /** A new headless browser with its own throw-away profile; the caller quits it. */
    static ChromeDriver start() {
        Path browser = browser().orElseThrow(() -> new IllegalStateException(MISSING));
        try {
            Path profile = Files.createTempDirectory("newsflow-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=1280,1900", "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
