package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** SSRF protection decides on the resolved addresses, not on the host name. */
class DestinationGuardTest {

    private static DestinationGuard resolvingTo(String address, List<String> allowList) {
        return new DestinationGuard(false, allowList, host -> new InetAddress[] {InetAddress.getByName(address)});
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1,loopback", "10.1.2.3,private", "192.168.0.10,private", "172.16.5.5,private",
            "169.254.169.254,link-local", "224.0.0.1,multicast", "0.0.0.0,unspecified", "100.64.0.1,carrier-grade NAT",
            "::1,loopback", "fe80::1,link-local", "fd00::1,unique-local"})
    void refusesHostsThatResolveToInternalAddresses(String address, String category) {
        assertThatThrownBy(() -> resolvingTo(address, List.of()).check(URI.create("http://innocent.example/")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining(category)
                .extracting(e -> ((FetchException) e).code()).isEqualTo("unsafe-destination");
    }

    @Test
    void letsPublicAddressesThrough() {
        assertThatCode(() -> resolvingTo("93.184.215.14", List.of()).check(URI.create("https://example.com/")))
                .doesNotThrowAnyException();
    }

    @Test
    void letsAllowListedRangesAndHostsThrough() {
        assertThatCode(() -> resolvingTo("10.1.2.3", List.of("10.1.0.0/16")).check(URI.create("http://intranet/")))
                .doesNotThrowAnyException();
        assertThatCode(() -> resolvingTo("10.9.9.9", List.of("*.corp.example")).check(URI.create("http://wiki.corp.example/")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> resolvingTo("10.2.0.1", List.of("10.1.0.0/16")).check(URI.create("http://other/")))
                .isInstanceOf(FetchException.class);
    }

    @Test
    void refusesSchemesOtherThanHttp() {
        assertThatThrownBy(() -> resolvingTo("93.184.215.14", List.of()).check(URI.create("file:///etc/passwd")))
                .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
    }
}
