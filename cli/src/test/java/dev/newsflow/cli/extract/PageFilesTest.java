package dev.newsflow.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages are read with the fetcher's charset rules (shared-model's PageCharset, tested there). */
class PageFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsSavedPagesAsTheFetcherWouldPublishThem() throws IOException {
        // A page re-saved as UTF-8 that still declares GB2312, and an undeclared windows-1252 text page.
        String resaved = "<html><head><meta charset=\"gb2312\"><title>\u4e2d\u6587</title></head><body>"
                + "<p>\u201cCaf\u00e9\u201d</p></body></html>";
        Files.write(dir.resolve("resaved.html"), resaved.getBytes(StandardCharsets.UTF_8));
        String legacy = "\u201cCaf\u00e9\u201d \u2014 \u20ac5";
        Files.write(dir.resolve("legacy.txt"), legacy.getBytes(Charset.forName("windows-1252")));

        List<PageFiles.PageFile> files = PageFiles.list(dir);
        assertThat(files).extracting(PageFiles.PageFile::id).containsExactly("legacy", "resaved");
        RawPage text = files.get(0).load("https://eval.invalid");
        assertThat(text.body()).isEqualTo(legacy);
        assertThat(text.contentType()).isEqualTo("text/plain; charset=windows-1252");
        RawPage html = files.get(1).load("https://eval.invalid");
        assertThat(html.body()).isEqualTo(resaved);
        assertThat(html.contentType()).isEqualTo("text/html; charset=UTF-8");
    }
}
