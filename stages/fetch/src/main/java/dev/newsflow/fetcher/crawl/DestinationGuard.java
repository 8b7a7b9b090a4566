package dev.newsflow.fetcher.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SSRF protection: refuses URLs whose host resolves to loopback, private, link-local, multicast or otherwise
 * internal addresses, unless allowed. Checked before the first request and on every redirect hop.
 *
 * <p>The JVM caches DNS answers (networkaddress.cache.ttl, 30 s by default), so the HTTP client connects to the
 * address checked here unless the answer expires in between; that residual window is accepted.
 */
public final class DestinationGuard {

    /** Resolves a host name; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();
    private final Resolver resolver;

    /**
     * @param allowPrivate allow every destination (tests, demo on loopback)
     * @param allowList    host names ({@code intranet.example}, {@code *.corp.example}) or CIDR ranges
     *                     ({@code 10.1.0.0/16}, {@code 127.0.0.1}) allowed despite being internal
     */
    public DestinationGuard(boolean allowPrivate, List<String> allowList, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
        for (String entry : allowList) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            Cidr cidr = Cidr.parse(e);
            if (cidr != null) {
                allowedRanges.add(cidr);
            } else {
                allowedHosts.add(e);
            }
        }
    }

    public DestinationGuard(boolean allowPrivate, List<String> allowList) {
        this(allowPrivate, allowList, InetAddress::getAllByName);
    }

    /** Throws unless {@code uri} is an http(s) URL whose host resolves only to addresses we may reach. */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.refused("unsupported-scheme", "only http and https URLs are fetched, not " + uri, uri.toString());
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw FetchException.refused("bad-url", "the URL has no host: " + uri, uri.toString());
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowPrivate || hostAllowed(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown-host", "the host " + host + " does not resolve", null, uri.toString(), true);
        }
        for (InetAddress address : addresses) {
            String category = internalCategory(address);
            if (category != null && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                throw FetchException.refused("unsafe-destination", "refused: " + host + " resolves to "
                        + address.getHostAddress() + " (" + category + "); add it to fetcher.allow-list or set "
                        + "FETCHER_ALLOW_PRIVATE_HOSTS=true to fetch internal addresses", uri.toString());
            }
        }
    }

    private boolean hostAllowed(String host) {
        for (String allowed : allowedHosts) {
            if (allowed.equals(host) || (allowed.startsWith("*.") && host.endsWith(allowed.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Why an address is internal, or null when it is a public one. */
    static String internalCategory(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "this-network";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "carrier-grade NAT";
            }
            if (first >= 240) {
                return "reserved";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "IETF protocol assignments";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
        }
        return null;
    }

    /** An address range in CIDR notation (a bare address is a /32 or /128). */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            String addr = parts[0];
            if (!addr.matches("[0-9.]+") && !addr.contains(":")) {
                return null;
            }
            try {
                // a literal: getByName parses it without asking DNS
                byte[] net = InetAddress.getByName(addr).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
                return new Cidr(net, bits);
            } catch (IllegalArgumentException | UnknownHostException e) {
                return null;
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest);
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
