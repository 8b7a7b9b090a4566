package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFileTest {

    @TempDir
    Path dir;

    @Test
    void takesTheUrlOfAnHtmlPageFromItsCanonicalLink() throws Exception {
        Path page = write("story.html", "<html><head><meta property=\"og:url\" content=\"http://example.com/og\">"
                + "<link rel=\"canonical\" href=\"https://example.com/news/1\"/></head><body><p>Hi</p></body></html>");

        PageFile file = PageFile.read(page, null);

        assertThat(file.url()).isEqualTo("https://example.com/news/1");
        assertThat(file.urlOrigin()).isEqualTo("canonical link");
        assertThat(file.contentType()).startsWith("text/html");
        assertThat(file.envelope()).isFalse();
    }

    @Test
    void prefersTheUrlOptionThenTheSidecarOverTheCanonicalLink() throws Exception {
        Path page = write("story.htm", "<html><head><link rel=canonical href=//example.com/c></head><body>x</body></html>");
        assertThat(PageFile.read(page, "https://given.example/a").url()).isEqualTo("https://given.example/a");
        assertThat(PageFile.read(page, null).url()).isEqualTo("https://example.com/c");

        write("story.htm.url", "http://sidecar.example/s\n");
        assertThat(PageFile.read(page, null).url()).isEqualTo("http://sidecar.example/s");
    }

    @Test
    void readsTheUrlFromTheFirstLineOfATextPageAndLeavesItOutOfTheBody() throws Exception {
        Path page = write("seed.txt", "http://news.example/2001/1\n\nBush and Putin meet\n\nThe two presidents...");

        PageFile file = PageFile.read(page, null);

        assertThat(file.url()).isEqualTo("http://news.example/2001/1");
        assertThat(file.contentType()).startsWith("text/plain");
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).startsWith("Bush and Putin meet");
    }

    @Test
    void makesUpAnObviousUrlOnlyWhenTheFileNamesNone() throws Exception {
        PageFile file = PageFile.read(write("my page.txt", "Just some text."), null);

        assertThat(file.url()).startsWith("https://local.newsflow/").endsWith("/my%20page.txt");
        assertThat(file.placeholderUrl()).isTrue();
        assertThat(file.urlOrigin()).startsWith("made up");
    }

    @Test
    void pagesOfOneNameInDifferentFoldersGetDifferentMadeUpUrls() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        PageFile first = PageFile.read(Files.writeString(a.resolve("source.html"), "<p>One story.</p>"), null);
        PageFile second = PageFile.read(Files.writeString(b.resolve("source.html"), "<p>Another story.</p>"), null);

        assertThat(first.url()).endsWith("/a/source.html");
        assertThat(second.url()).endsWith("/b/source.html");
        assertThat(first.key()).isNotEqualTo(second.key());
        assertThat(PageFile.read(a.resolve("source.html"), null).url()).as("the same file again").isEqualTo(first.url());
    }

    @Test
    void sendsAJsonEnvelopeAsItIsAndRefusesOtherJson() throws Exception {
        String json = "{\"schemaVersion\":1,\"url\":\"https://example.com/e\",\"contentType\":\"text/html\",\"body\":\"<p>x</p>\"}";
        PageFile file = PageFile.read(write("page.json", json), null);
        assertThat(file.envelope()).isTrue();
        assertThat(file.url()).isEqualTo("https://example.com/e");
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(json);

        Path notAPage = write("other.json", "{\"hello\": 1}");
        assertThatThrownBy(() -> PageFile.read(notAPage, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a RawPage JSON envelope");
    }

    @Test
    void reEncodesALatin1PageAsUtf8() throws Exception {
        Path page = dir.resolve("latin.html");
        Files.write(page, "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));

        PageFile file = PageFile.read(page, "https://example.com/cafe");

        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("Café");
    }

    @Test
    void expandsDirectoriesToTheirPagesAndNamesAMissingPath() throws Exception {
        write("a.html", "<p>a</p>");
        write("b.txt", "b");
        write("b.txt.url", "https://example.com/b");
        write("notes.md", "not a page");

        assertThat(PageFile.expand(List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactly("a.html", "b.txt");
        assertThatThrownBy(() -> PageFile.expand(List.of(dir.resolve("nope.html"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("File not found")
                .hasMessageContaining("nope.html");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
