package dev.newsflow.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.newsflow.articles.search.TestArticles;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}): it loads, shows the
 * indexed articles and its panels, and a search or a click on a facet narrows the list. Skipped, saying why, when
 * Chromium is not installed. Leaves screenshots in {@code target/dashboard.png} and {@code target/dashboard-search.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "chromiumInstalled", disabledReason = HeadlessChromium.NOT_INSTALLED)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private WebDriverWait wait;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("newsflow.search.elasticsearch-url", TestArticles::elasticsearchUrl);
        // no broker here: the pipeline panel must say so rather than go blank
        registry.add("newsflow.pipeline.kafka-bootstrap-servers", UnreachableBroker::address);
        registry.add("newsflow.pipeline.kafka-timeout", () -> "1s");
    }

    static boolean chromiumInstalled() {
        return HeadlessChromium.installed();
    }

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        driver = HeadlessChromium.open(profile);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private List<String> headlines() {
        return driver.findElements(By.cssSelector("#article-list li.article h3")).stream().map(WebElement::getText).toList();
    }

    private void waitForArticles(int count) {
        wait.until(d -> d.findElements(By.cssSelector("#article-list li.article")).size() == count
                && d.findElement(By.tagName("body")).getAttribute("class").isEmpty());
    }

    private void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<LogEntry> severeConsoleMessages() {
        return HeadlessChromium.severeConsoleMessages(driver);
    }

    @Test
    void showsTheIndexedArticlesAndNarrowsThemBySearchAndFacet() throws IOException {
        driver.get("http://127.0.0.1:" + port + "/");

        // the landing page: every panel filled from /api/facets
        waitForArticles(8);
        assertThat(driver.getTitle()).startsWith("newsflow");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("8 articles indexed");
        assertThat(driver.findElement(By.id("articles-title")).getText()).isEqualTo("Latest articles");
        assertThat(headlines().getFirst()).isEqualTo("Tech giant unveils a folding phone");
        assertThat(driver.findElements(By.cssSelector("#over-time svg g.bar"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(driver.findElement(By.cssSelector("#facet-people li:first-child .name")).getText()).isEqualTo("Jane Doe");
        assertThat(driver.findElement(By.cssSelector("#facet-people li:first-child .count")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.id("facet-places")).getText()).contains("London", "Paris");
        assertThat(driver.findElement(By.id("facet-organizations")).getText()).contains("Red Cross");
        assertThat(driver.findElement(By.id("facet-sections")).getText()).contains("world");
        assertThat(driver.findElement(By.id("facet-topics")).getText()).contains("politics", "environment");
        // the least trusted site first, flagged as doubtful
        WebElement doubtful = driver.findElement(By.cssSelector("#site-confidence li:first-child .facet-value"));
        assertThat(doubtful.findElement(By.className("name")).getText()).isEqualTo("Sports Wire");
        assertThat(doubtful.findElement(By.className("count")).getText()).isEqualTo("0.30 · 1 doubtful");
        assertThat(doubtful.getAttribute("class")).contains("doubtful");
        // the German article says it was not tagged, rather than looking as if nothing was found
        assertThat(driver.findElements(By.cssSelector("#article-list p.skipped"))).singleElement()
                .extracting(WebElement::getText).isEqualTo(
                        "No entities or topics tagged: the enricher reads English, this article is in de");
        screenshot("dashboard.png");

        // a search narrows the list, with the matches highlighted
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("climate");
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        waitForArticles(3);
        assertThat(headlines()).containsExactlyInAnyOrder("Parliament passes climate bill after marathon debate",
                "Climate summit opens in Paris", "Why the climate bill matters");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("3 articles match “climate”");
        assertThat(driver.findElements(By.cssSelector("#article-list mark"))).isNotEmpty();
        assertThat(driver.getCurrentUrl()).endsWith("?q=climate");
        assertThat(driver.findElement(By.id("facet-sites")).getText()).doesNotContain("Sports Wire");

        // the + beside an entity facet value drills down further, by the entity's id
        driver.findElement(By.cssSelector("#facet-places button[aria-label='Show only articles about Paris']")).click();
        waitForArticles(1);
        assertThat(headlines()).containsExactly("Climate summit opens in Paris");
        assertThat(driver.getCurrentUrl()).endsWith("?q=climate&entity=paris");
        assertThat(driver.findElement(By.id("filter-list")).getText()).contains("Mentions: Paris");
        screenshot("dashboard-search.png");

        // removing the filter chip widens it again
        driver.findElement(By.cssSelector("#filter-list button[aria-label='Remove filter Mentions: Paris']")).click();
        waitForArticles(3);

        assertThat(severeConsoleMessages()).as("errors in the browser console").isEmpty();
    }

    private void waitForEntityPage(String name, int articles) {
        wait.until(d -> d.findElement(By.id("entity-name")).getText().equals(name)
                && d.findElements(By.cssSelector("#entity-articles li.article")).size() == articles);
    }

    private List<String> entityHeadlines() {
        return driver.findElements(By.cssSelector("#entity-articles li.article h3")).stream().map(WebElement::getText)
                .toList();
    }

    @Test
    void opensEveryArticleAboutAnEntityFromAFacetOrAnArticleAtAShareableAddress() throws IOException {
        String home = "http://127.0.0.1:" + port + "/";
        driver.get(home);
        waitForArticles(8);

        // a person in the facet opens their page: name, type, count, the articles newest first (a8 is undated)
        driver.findElement(By.cssSelector("#facet-people .facet-value[data-entity='jane-doe']")).click();
        waitForEntityPage("Jane Doe", 3);
        assertThat(driver.getCurrentUrl()).isEqualTo(home + "#entity=jane-doe");
        assertThat(driver.findElement(By.id("entity-meta")).getText()).isEqualTo("Person · 3 articles · id jane-doe");
        assertThat(entityHeadlines()).containsExactly("Climate summit opens in Paris",
                "Parliament passes climate bill after marathon debate", "Why the climate bill matters");
        assertThat(driver.findElement(By.id("dashboard")).isDisplayed()).isFalse();
        assertThat(driver.getTitle()).isEqualTo("Jane Doe · newsflow");
        screenshot("dashboard-entity.png");

        // an entity named on one of those articles opens its own page; back returns to Jane Doe's
        driver.findElement(By.cssSelector("#entity-articles a.entity[data-entity='emmanuel-martin']")).click();
        waitForEntityPage("Emmanuel Martin", 1);
        assertThat(entityHeadlines()).containsExactly("Climate summit opens in Paris");
        driver.navigate().back();
        waitForEntityPage("Jane Doe", 3);

        // the address is enough to open the page afresh, e.g. from a link someone shared
        driver.get("about:blank");
        driver.get(home + "#entity=jane-doe");
        waitForEntityPage("Jane Doe", 3);

        // and the page leads back to the dashboard, or on to a search within its articles
        driver.findElement(By.id("entity-filter")).click();
        waitForArticles(3);
        assertThat(driver.getCurrentUrl()).isEqualTo(home + "?entity=jane-doe");
        assertThat(driver.findElement(By.id("filter-list")).getText()).contains("Mentions: Jane Doe");
        assertThat(driver.findElement(By.id("entity-view")).isDisplayed()).isFalse();

        // an unknown entity says so rather than showing an empty page
        driver.get(home + "#entity=nobody-at-all");
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-problem")));
        assertThat(problem.getText()).contains("No article is about an entity with id or name 'nobody-at-all'")
                .contains("HTTP 404");
        driver.findElement(By.id("entity-close")).click();
        waitForArticles(8);
        // the 404 above is the browser's own console line for a failed fetch, expected here
        assertThat(severeConsoleMessages()).allSatisfy(m -> assertThat(m.getMessage()).contains("404"));
    }

    @Test
    void drillsDownFromABarOfTheTimeline() {
        driver.get("http://127.0.0.1:" + port + "/");
        waitForArticles(8);

        List<WebElement> bars = driver.findElements(By.cssSelector("#over-time svg g.bar"));
        WebElement busiest = bars.stream().filter(b -> b.getAttribute("aria-label").endsWith(": 2 articles"))
                .findFirst().orElseThrow(() -> new AssertionError("no bar with 2 articles among " + bars.stream()
                        .map(b -> b.getAttribute("aria-label")).toList()));
        String day = busiest.getAttribute("aria-label");
        busiest.click();

        wait.until(ExpectedConditions.urlContains("from="));
        waitForArticles(2);
        assertThat(driver.findElement(By.id("filter-list")).getText()).contains("From:", "Before:");
        assertThat(day).matches("(22|24) Nov: 2 articles");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void thePipelinePanelSaysLagIsUnknownWhenTheBrokerIsUnreachable() {
        driver.get("http://127.0.0.1:" + port + "/");

        WebElement lag = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline-lag li")));
        assertThat(lag.getText()).startsWith("lag unknown: broker unreachable at " + UnreachableBroker.address());
        assertThat(driver.findElement(By.id("pipeline-dead-letters")).getText())
                .startsWith("dead letters unknown: broker unreachable at " + UnreachableBroker.address());
        // the index's parts still show: the fixtures carry no indexedAt, so nothing was indexed lately
        assertThat(driver.findElement(By.id("pipeline-rate")).getText()).startsWith("0.0 articles/min over the last 30 min");
        assertThat(driver.findElement(By.id("pipeline-drift")).getText()).isEqualTo("No site’s fill rates fell (0 sites checked).");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void saysWhatIsWrongWhenTheApiRejectsTheAddress() {
        driver.get("http://127.0.0.1:" + port + "/?from=yesterday");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("cannot read 'yesterday' as a date").contains("HTTP 400");
    }
}
