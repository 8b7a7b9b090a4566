package dev.newsflow.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * News-like HTML pages of a chosen size for {@code bench pipeline}: a site's navigation, an article of paragraphs
 * naming people, places and organisations (so the enricher has entities to find), a sidebar and a footer, as a
 * publisher's page is. Every page of a run has its own URL, so each one is a new article, never a replay. The
 * end-to-end tests drop them too.
 */
public final class GeneratedNewsPages {

    private static final List<String> PEOPLE = List.of("Angela Merkel", "Emmanuel Macron", "Jacinda Ardern",
            "Narendra Modi", "Cyril Ramaphosa", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez", "Justin Trudeau",
            "Luiz Inacio Lula da Silva", "Fumio Kishida", "Anthony Albanese", "Mark Rutte", "Ursula von der Leyen");
    private static final List<String> PLACES = List.of("Berlin", "Paris", "Wellington", "New Delhi", "Pretoria",
            "Rome", "Madrid", "Ottawa", "Brasilia", "Tokyo", "Canberra", "The Hague", "Brussels", "Nairobi", "Lima");
    private static final List<String> ORGANISATIONS = List.of("the United Nations", "the World Bank",
            "the European Commission", "the International Monetary Fund", "Reuters", "the Red Cross", "NATO",
            "the World Health Organization", "the African Union", "Greenpeace");
    private static final List<String> WORDS = List.of("government", "minister", "said", "on", "Tuesday", "that",
            "the", "plan", "would", "cost", "billion", "over", "next", "decade", "officials", "warned", "talks",
            "agreement", "election", "voters", "economy", "growth", "inflation", "rates", "border", "trade", "deal",
            "climate", "energy", "prices", "rose", "fell", "sharply", "after", "before", "report", "published",
            "analysts", "expect", "policy", "reform", "parliament", "vote", "opposition", "leader", "spokesman",
            "statement", "crisis", "summit", "aid", "refugees", "health", "schools", "workers", "strike", "union");
    private static final String[] SECTIONS = {"World", "Politics", "Business", "Science", "Health", "Sport"};

    private final String run;
    private final int targetBytes;

    /**
     * @param run         distinguishes this run's URLs from earlier runs' (so its pages are new articles)
     * @param targetBytes about how large each page is, in bytes of UTF-8
     */
    public GeneratedNewsPages(String run, int targetBytes) {
        this.run = run;
        this.targetBytes = targetBytes;
    }

    /** The URL of page {@code n}. */
    public String url(int n) {
        return "https://bench.newsflow.example/" + run + "/" + SECTIONS[n % SECTIONS.length].toLowerCase(java.util.Locale.ROOT)
                + "/story-" + n + ".html";
    }

    /** Page {@code n}: the same {@code n} and run give the same page. */
    public byte[] page(int n) {
        Random random = new Random(31L * n + run.hashCode());
        String url = url(n);
        String headline = capitalised(sentence(random, 8)) + " in " + pick(random, PLACES);
        String author = pick(random, PEOPLE.subList(0, 4)).split(" ")[0] + " " + pick(random, List.of("Hughes", "Okafor",
                "Lindqvist", "Tanaka", "Moreau"));
        Instant published = Instant.parse("2026-11-01T08:00:00Z").plus(n, ChronoUnit.MINUTES);
        StringBuilder html = new StringBuilder(targetBytes + 4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(headline)
                .append(" | Bench News</title>\n<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(headline).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"Bench News\">\n")
                .append("<meta name=\"author\" content=\"").append(author).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n")
                .append("<style>body{font-family:serif;margin:0}.nav a{padding:4px}.sidebar{float:right;width:30%}</style>\n")
                .append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'").append(n)
                .append("'});</script></head><body>\n<header class=\"nav\"><nav>");
        for (String section : SECTIONS) {
            html.append("<a href=\"/").append(section.toLowerCase(java.util.Locale.ROOT)).append("\">").append(section)
                    .append("</a> ");
        }
        html.append("</nav></header>\n<main><article class=\"story\"><h1>").append(headline).append("</h1>\n")
                .append("<p class=\"byline\">By ").append(author).append("</p>\n<time datetime=\"").append(published)
                .append("\">").append(published).append("</time>\n<div class=\"story-body\">\n");
        // A news page is mostly markup around a short text: the article is about a fifth of the bytes (some 800
        // words on a 30 KB page), the rest the site's menus, scripts and link lists the parser has to get through.
        int articleEnd = html.length() + targetBytes / 5;
        while (html.length() < articleEnd) {
            html.append("<p>").append(paragraph(random)).append("</p>\n");
        }
        html.append("</div></article>\n<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(headline).append("\",\"datePublished\":\"").append(published).append("\"}</script>\n")
                .append("<aside class=\"sidebar\"><h2>Most read</h2><ul class=\"most-read\">\n");
        int related = 0;
        while (html.length() < targetBytes) {
            int other = Math.abs(n * 7 + related++) % 100_000;
            html.append("<li class=\"promo promo--").append(SECTIONS[other % SECTIONS.length].toLowerCase(java.util.Locale.ROOT))
                    .append("\"><a class=\"promo__link\" data-track=\"most-read-").append(related).append("\" href=\"/story-")
                    .append(other).append(".html\"><span class=\"promo__headline\">")
                    .append(capitalised(sentence(random, 7))).append("</span></a></li>\n");
        }
        html.append("</ul></aside></main>\n<footer><p>&copy; 2026 Bench News. All rights reserved.</p>")
                .append("<a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            String subject = switch (random.nextInt(3)) {
                case 0 -> pick(random, PEOPLE);
                case 1 -> "Officials in " + pick(random, PLACES);
                default -> capitalised(pick(random, ORGANISATIONS));
            };
            p.append(subject).append(' ').append(sentence(random, 12 + random.nextInt(10)));
            if (random.nextInt(3) == 0) {
                p.append(", according to ").append(pick(random, ORGANISATIONS));
            }
            p.append(". ");
        }
        return p.toString().trim();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return s.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
