package vn.lienthong.it.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The package store's sweep on a running server (embedded default: packages in files; the suite's server
 * sweeps every 2 s). Files a crash left without a row are judged once they are older than the grace
 * period, so the test ages files by their modification time: a package no row names is moved to
 * {@code orphaned/}, a half-written file is removed, and the aged files of a real document and of its
 * status report, which rows keep, stay where they are and are still served byte for byte.
 */
class PackageSweepIT {

    private static final Path PACKAGES = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"))
            .resolve("usr/servers").resolve(System.getProperty("it.server.name", "lienthong-it")).resolve("data/packages");

    private final AgencyClient governmentOffice = Hub.as("000.00.00.G22");
    private final AgencyClient province = Hub.as("000.00.00.H41");

    @Test
    void filesNoRowNamesAreMovedAsideAndFilesRowsKeepAreLeftAlone() throws Exception {
        assumeTrue("embedded".equals(System.getProperty("it.configuration")),
                "the production configuration keeps packages in the database (lienthong.packages.store=database)");
        Set<Path> before = packageFiles();
        Packages.Document document = Packages.document(governmentOffice.code(), province.code());
        byte[] sent = document.xml().getBytes(StandardCharsets.UTF_8);
        String id = governmentOffice.send(document.xml());
        province.awaitInInbox(id);
        assertThat(province.report(document.status(province.code(), "01", "Đã nhận")).status()).isEqualTo(201);
        Set<Path> kept = new HashSet<>(packageFiles());
        kept.removeAll(before);
        assertThat(kept).as("the document's file and its status report's file").hasSize(2)
                .anySatisfy(file -> assertThat(file.getFileName().toString()).isEqualTo(id + ".edxml"));

        String orphanId = UUID.randomUUID().toString();
        Path group = PACKAGES.resolve(orphanId.substring(0, 5));
        Files.createDirectories(group);
        Path orphan = Files.write(group.resolve(orphanId + ".edxml"), "<edXML>mồ côi</edXML>".getBytes(StandardCharsets.UTF_8));
        Path partial = Files.write(group.resolve(UUID.randomUUID() + ".edxml.partial"), new byte[]{1, 2, 3});
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path file : Stream.concat(kept.stream(), Stream.of(orphan, partial)).toList()) {
            Files.setLastModifiedTime(file, twoDaysAgo);
        }

        Path quarantined = PACKAGES.resolve("orphaned").resolve(orphanId.substring(0, 5)).resolve(orphanId + ".edxml");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(Files.exists(quarantined) && Files.notExists(partial)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }

        assertThat(quarantined).as("moved aside, not deleted").exists().hasContent("<edXML>mồ côi</edXML>");
        assertThat(orphan).doesNotExist();
        assertThat(partial).as("a half-written file is never served").doesNotExist();
        assertThat(kept).allSatisfy(file -> assertThat(file).as("a row keeps it").exists());
        HubResponse fetched = province.fetch(id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(sent);
        assertThat(governmentOffice.sent(id).getJsonArray("recipients").getJsonObject(0).getJsonArray("statuses"))
                .hasSize(1);
    }

    private static Set<Path> packageFiles() {
        try (Stream<Path> files = Files.walk(PACKAGES, 2)) {
            return new HashSet<>(files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".edxml")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
