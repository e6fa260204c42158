package vn.lienthong.web.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a console page shows exists in Vietnamese and in English, and neither language has a text the other lacks. */
class ConsoleBundlesTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");

    @Test
    void vietnameseAndEnglishHaveTheSameTexts() throws IOException {
        assertThat(bundle("vi").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void everyTextAPageNamesExistsInBothLanguages() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(page));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(bundle("vi").stringPropertyNames()).containsAll(named);
        assertThat(bundle("en").stringPropertyNames()).containsAll(named);
    }

    @Test
    void vietnameseIsWrittenInVietnamese() throws IOException {
        assertThat(bundle("vi").getProperty("nav.directory")).isEqualTo("Danh bạ cơ quan");
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleBundlesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            assertThat(in).as("bundle %s", language).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
