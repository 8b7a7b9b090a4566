package dev.newsflow.fetcher;

import dev.newsflow.fetcher.crawl.FetchSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The {@code fetcher.*} keys of application.yml (documented there), bound into {@link FetchSettings}. */
@ConfigurationProperties("fetcher")
public class FetcherConfiguration {

    private final FetchSettings d = FetchSettings.defaults();

    private String userAgent = d.userAgent();
    private String robotsAgentName = d.robotsAgentName();
    private Duration connectTimeout = d.connectTimeout();
    private Duration requestTimeout = d.requestTimeout();
    private long maxBodyBytes = d.maxBodyBytes();
    private int maxRedirects = d.maxRedirects();
    private Duration defaultDelay = d.defaultDelay();
    private Duration maxCrawlDelay = d.maxCrawlDelay();
    private int maxConnectionsPerHost = d.maxConnectionsPerHost();
    private int maxFetchesInFlight = d.maxFetchesInFlight();
    private Duration maxRetryAfter = d.maxRetryAfter();
    private Duration errorBackoff = d.errorBackoff();
    private int maxAttempts = d.maxAttempts();
    private Duration robotsCacheTtl = d.robotsCacheTtl();
    private boolean allowPrivateHosts = d.allowPrivateHosts();
    private List<String> allowList = new ArrayList<>();
    private Duration scanInterval = d.scanInterval();
    private Duration lease = d.lease();
    private Duration minPollInterval = d.minPollInterval();
    private Duration defaultPollInterval = d.defaultPollInterval();
    private Duration maxPollInterval = d.maxPollInterval();
    private int maxSitemapUrls = d.maxSitemapUrls();
    private String apiKey;
    private boolean crawlerEnabled = true;
    private Duration publishTimeout = Duration.ofSeconds(45);
    private String instanceId;
    private Duration hostLease = Duration.ofSeconds(60);

    /** The settings the plain crawler classes take. */
    public FetchSettings settings() {
        return new FetchSettings(userAgent, robotsAgentName, connectTimeout, requestTimeout, maxBodyBytes,
                maxRedirects, defaultDelay, maxCrawlDelay, maxConnectionsPerHost, maxFetchesInFlight, maxRetryAfter,
                errorBackoff, maxAttempts, robotsCacheTtl, allowPrivateHosts, List.copyOf(allowList), scanInterval,
                lease, minPollInterval, defaultPollInterval, maxPollInterval, maxSitemapUrls);
    }

    public String getUserAgent() { return userAgent; }
    public void setUserAgent(String v) { userAgent = v; }
    public String getRobotsAgentName() { return robotsAgentName; }
    public void setRobotsAgentName(String v) { robotsAgentName = v; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration v) { connectTimeout = v; }
    public Duration getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(Duration v) { requestTimeout = v; }
    public long getMaxBodyBytes() { return maxBodyBytes; }
    public void setMaxBodyBytes(long v) { maxBodyBytes = v; }
    public int getMaxRedirects() { return maxRedirects; }
    public void setMaxRedirects(int v) { maxRedirects = v; }
    public Duration getDefaultDelay() { return defaultDelay; }
    public void setDefaultDelay(Duration v) { defaultDelay = v; }
    public Duration getMaxCrawlDelay() { return maxCrawlDelay; }
    public void setMaxCrawlDelay(Duration v) { maxCrawlDelay = v; }
    public int getMaxConnectionsPerHost() { return maxConnectionsPerHost; }
    public void setMaxConnectionsPerHost(int v) { maxConnectionsPerHost = v; }
    public int getMaxFetchesInFlight() { return maxFetchesInFlight; }
    public void setMaxFetchesInFlight(int v) { maxFetchesInFlight = v; }
    public Duration getMaxRetryAfter() { return maxRetryAfter; }
    public void setMaxRetryAfter(Duration v) { maxRetryAfter = v; }
    public Duration getErrorBackoff() { return errorBackoff; }
    public void setErrorBackoff(Duration v) { errorBackoff = v; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int v) { maxAttempts = v; }
    public Duration getRobotsCacheTtl() { return robotsCacheTtl; }
    public void setRobotsCacheTtl(Duration v) { robotsCacheTtl = v; }
    public boolean isAllowPrivateHosts() { return allowPrivateHosts; }
    public void setAllowPrivateHosts(boolean v) { allowPrivateHosts = v; }
    public List<String> getAllowList() { return allowList; }
    public void setAllowList(List<String> v) { allowList = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Duration getScanInterval() { return scanInterval; }
    public void setScanInterval(Duration v) { scanInterval = v; }
    public Duration getLease() { return lease; }
    public void setLease(Duration v) { lease = v; }
    public Duration getMinPollInterval() { return minPollInterval; }
    public void setMinPollInterval(Duration v) { minPollInterval = v; }
    public Duration getDefaultPollInterval() { return defaultPollInterval; }
    public void setDefaultPollInterval(Duration v) { defaultPollInterval = v; }
    public Duration getMaxPollInterval() { return maxPollInterval; }
    public void setMaxPollInterval(Duration v) { maxPollInterval = v; }
    public int getMaxSitemapUrls() { return maxSitemapUrls; }
    public void setMaxSitemapUrls(int v) { maxSitemapUrls = v; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String v) { apiKey = v; }
    public boolean isCrawlerEnabled() { return crawlerEnabled; }
    public void setCrawlerEnabled(boolean v) { crawlerEnabled = v; }
    public String getInstanceId() { return instanceId; }
    public void setInstanceId(String v) { instanceId = v; }
    public Duration getHostLease() { return hostLease; }
    public void setHostLease(Duration v) { hostLease = v; }
    public Duration getPublishTimeout() { return publishTimeout; }
    public void setPublishTimeout(Duration v) { publishTimeout = v; }
}
