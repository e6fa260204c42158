package vn.lienthong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house plan, checked on the sources of the ejb and web modules: which capability may name
 * which (docs/architecture.md, "Packages by capability"). A class names another by an import or by
 * a fully qualified name in its code; comments and strings do not count. The sizes (files per
 * package, main classes over {@value #LONG_CLASS} lines) are printed after the tests, not judged yet.
 */
class ArchitectureTest {

    static final int LONG_CLASS = 300;

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bvn\\.lienthong(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*");
    private static final Pattern ENTITY = Pattern.compile("@(?:jakarta\\.persistence\\.)?Entity\\b");

    private static List<Source> ejb;
    private static List<Source> web;
    private static Set<String> entities;

    /** One main source file: where it is, and the project types it names. */
    record Source(Path path, String packageName, String name, Set<String> names, Set<String> wildcards, int lines,
                  boolean entity) {

        String qualifiedName() {
            return packageName + "." + name;
        }

        /** The capability a package belongs to: {@code vn.lienthong.<capability>...}. */
        static String capability(String qualified) {
            String[] parts = qualified.split("\\.");
            return parts.length > 2 ? parts[2] : "";
        }

        String capability() {
            return capability(packageName);
        }
    }

    @BeforeAll
    static void readSources() {
        Path module = Path.of(System.getProperty("basedir", "."));
        ejb = read(module.resolve("src/main/java"));
        web = read(module.resolve("../web/src/main/java"));
        entities = ejb.stream().filter(Source::entity).map(Source::qualifiedName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void signatureSignsAndVerifiesBytesAndKnowsNothingOfDocumentsOrDossiers() {
        assertThat(violations(ejb, "signature", named -> named.equals("exchange") || named.equals("procedure"))).isEmpty();
    }

    @Test
    void directoryStandsOnThePlatformAndTheAuditLogAlone() {
        assertThat(violations(ejb, "directory", named -> !named.equals("platform") && !named.equals("audit"))).isEmpty();
    }

    /** The audit log sits below every capability whose administration it records (issue 17). */
    @Test
    void auditStandsOnThePlatformAlone() {
        assertThat(violations(ejb, "audit", named -> !named.equals("platform"))).isEmpty();
    }

    /**
     * The message log sits below exchange, which appends to it, and above the signature capability,
     * whose hub key signs its heads (issue 19): it knows documents only by their ids.
     */
    @Test
    void evidenceStandsOnThePlatformTheAuditLogTheDirectoryAndTheHubKeyAlone() {
        assertThat(violations(ejb, "evidence", named -> !Set.of("platform", "audit", "directory", "signature").contains(named)))
                .isEmpty();
    }

    @Test
    void signatureNeverReachesUpIntoTheMessageLog() {
        assertThat(violations(ejb, "signature", named -> named.equals("evidence"))).isEmpty();
    }

    @Test
    void platformNamesNoCapability() {
        assertThat(violations(ejb, "platform", named -> true)).isEmpty();
    }

    @Test
    void exchangeNeverReachesUpIntoProcedures() {
        assertThat(violations(ejb, "exchange", named -> named.equals("procedure"))).isEmpty();
    }

    /**
     * The web layer receives {@code *View} records, never entities (issue 14, step 3): no web class
     * names a class of the ejb module annotated {@code @Entity} (found by reading the sources, so a
     * new entity is covered without being listed).
     */
    @Test
    void webSeesViewsNeverEntities() {
        assertThat(entities).as("entities found in the ejb sources")
                .contains("vn.lienthong.procedure.dossier.Dossier", "vn.lienthong.directory.agency.Agency");
        assertThat(webEntityImports()).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        Path module = Path.of(System.getProperty("basedir", "."));
        List<String> missing = new ArrayList<>();
        for (Path root : List.of(module.resolve("src/main/java"), module.resolve("../web/src/main/java"))) {
            Stream.concat(ejb.stream(), web.stream()).map(Source::path).filter(p -> p.startsWith(root))
                    .map(Path::getParent).distinct()
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .forEach(dir -> missing.add(root.relativize(dir).toString()));
        }
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }

    @Test
    void theRulesSeeImportsAndQualifiedNamesButNotComments() {
        Source source = parse(Path.of("Example.java"), """
                package vn.lienthong.signature.hubkey;

                import vn.lienthong.exchange.document.Document;
                import static vn.lienthong.exchange.delivery.DeliveryState.FETCHED;
                import vn.lienthong.exchange.push.*;

                /** See {@link vn.lienthong.procedure.dossier.Dossier}. */
                class Example {
                    // vn.lienthong.procedure.catalogue.Procedure
                    String s = "vn.lienthong.procedure.portal.PortalSync";
                    vn.lienthong.exchange.inbox.InboxItem item;
                }
                """);
        assertThat(source.names()).containsExactlyInAnyOrder("vn.lienthong.exchange.document.Document",
                "vn.lienthong.exchange.delivery.DeliveryState", "vn.lienthong.exchange.inbox.InboxItem");
        assertThat(source.wildcards()).containsExactly("vn.lienthong.exchange.push");
        assertThat(violations(List.of(source), "signature", named -> named.equals("exchange"))).hasSize(4);
        assertThat(violations(List.of(source), "signature", named -> named.equals("procedure"))).isEmpty();
    }

    @Test
    void anEntityIsAClassAnnotatedEntityNotOneThatOnlyMentionsIt() {
        assertThat(parse(Path.of("Row.java"), """
                package vn.lienthong.procedure.dossier;

                @jakarta.persistence.Entity
                class Row {
                }
                """).entity()).isTrue();
        assertThat(parse(Path.of("Listened.java"), """
                package vn.lienthong.procedure.dossier;

                /** Not an @Entity: it only listens. */
                @EntityListeners(Auditor.class)
                @MappedSuperclass
                class Listened {
                    String s = "@Entity";
                }
                """).entity()).isFalse();
    }

    /** Prints what the next steps of issue 14 work from; judged by no test yet. */
    @AfterAll
    static void reportSizes() {
        StringBuilder report = new StringBuilder("\nFiles per package (main):\n");
        Map<String, Long> perPackage = Stream.concat(ejb.stream(), web.stream())
                .collect(Collectors.groupingBy(Source::packageName, TreeMap::new, Collectors.counting()));
        perPackage.forEach((pkg, n) -> report.append(String.format("  %4d  %s%n", n, pkg)));
        report.append("Main classes over ").append(LONG_CLASS).append(" lines:\n");
        Stream.concat(ejb.stream(), web.stream()).filter(s -> s.lines() > LONG_CLASS)
                .sorted(Comparator.comparingInt(Source::lines).reversed())
                .forEach(s -> report.append(String.format("  %4d  %s%n", s.lines(), s.qualifiedName())));
        report.append("Web classes naming entities:\n");
        webEntityImports().forEach(v -> report.append("  ").append(v).append('\n'));
        System.out.println(report);
    }

    private static List<String> webEntityImports() {
        List<String> found = new ArrayList<>();
        for (Source source : web) {
            for (String entity : entities) {
                String pkg = entity.substring(0, entity.lastIndexOf('.'));
                if (source.names().contains(entity) || source.wildcards().contains(pkg)) {
                    found.add(source.qualifiedName() + " -> " + entity);
                }
            }
        }
        return found;
    }

    /** Each name of a type of a forbidden capability by a class of {@code capability}. */
    private static List<String> violations(List<Source> sources, String capability, Predicate<String> forbidden) {
        List<String> found = new ArrayList<>();
        for (Source source : sources) {
            if (!source.capability().equals(capability)) {
                continue;
            }
            Stream.concat(source.names().stream(), source.wildcards().stream())
                    .filter(named -> {
                        String other = Source.capability(named);
                        return !other.equals(capability) && forbidden.test(other);
                    })
                    .sorted()
                    .forEach(named -> found.add(source.qualifiedName() + " -> " + named));
        }
        return found;
    }

    private static List<Source> read(Path root) {
        assertThat(root).as("source root").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
                    .map(p -> {
                        try {
                            return parse(p, Files.readString(p, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source parse(Path path, String text) {
        String code = withoutCommentsAndStrings(text);
        Matcher pkg = PACKAGE.matcher(code);
        String packageName = pkg.find() ? pkg.group(1) : "";
        Set<String> names = new TreeSet<>();
        Set<String> wildcards = new TreeSet<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String imported = imports.group(2);
            if (!imported.startsWith("vn.lienthong.")) {
                continue;
            }
            boolean isStatic = imports.group(1) != null;
            if (imports.group(3) != null) {
                (isStatic ? names : wildcards).add(imported);
            } else {
                names.add(isStatic ? imported.substring(0, imported.lastIndexOf('.')) : imported);
            }
        }
        Matcher qualified = QUALIFIED.matcher(IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll(""));
        while (qualified.find()) {
            names.add(qualified.group());
        }
        String fileName = path.getFileName().toString();
        return new Source(path, packageName, fileName.substring(0, fileName.length() - ".java".length()), names, wildcards,
                (int) text.lines().count(), ENTITY.matcher(code).find());
    }

    /** The code with comments, strings, text blocks and character literals blanked out. */
    static String withoutCommentsAndStrings(String text) {
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                code.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int close = text.indexOf("\"\"\"", i + 3);
                while (close > 0 && text.charAt(close - 1) == '\\') {
                    close = text.indexOf("\"\"\"", close + 1);
                }
                i = close < 0 ? n : close + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }
}
