package dev.newsflow.search.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's {@code chromium} driven headless through the system's {@code chromedriver} (never Selenium Manager, which
 * would download one), for the dashboard's browser tests.
 */
final class HeadlessChromium {

    static final String NOT_INSTALLED = "Chromium and chromedriver are not installed, so the dashboard browser tests "
            + "are skipped. Install them with: apt-get install -y chromium chromium-driver";

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/lib/chromium/chromium"),
            Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    private static final Path DRIVER = Path.of(System.getProperty("newsflow.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static Path browser() {
        return BROWSERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    static boolean installed() {
        return browser() != null && Files.isExecutable(DRIVER);
    }

    /** A new headless browser with its own profile in {@code profile}, console messages recorded. */
    static ChromeDriver open(Path profile) {
        // Selenium must use the system driver and never download one (the machine may be offline)
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=1280,1900", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The browser console's errors so far. */
    static List<LogEntry> severeConsoleMessages(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }
}
