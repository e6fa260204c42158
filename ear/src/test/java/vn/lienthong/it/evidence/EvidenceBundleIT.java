package vn.lienthong.it.evidence;

import org.junit.jupiter.api.Test;
import vn.lienthong.evidence.bundle.BundleVerifierCommand;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence bundles (docs/evidence.md) on both configurations: after a document's journey (sent,
 * fetched, acknowledged, two statuses) its sender exports the bundle over REST, and the offline
 * verifier, given the hub certificate, finds it valid; one byte changed in the ZIP and the verifier
 * names the damaged file; other agencies, the recipient included, get no bundle.
 */
class EvidenceBundleIT {

    @Test
    void theSenderExportsABundleThatVerifiesOfflineAndOneChangedByteIsNamed() throws IOException {
        EvidenceChainIT.Journey journey = EvidenceChainIT.journey(Hub.as(EvidenceChainIT.SENDER), Hub.as(EvidenceChainIT.RECIPIENT));
        Path dir = Files.createTempDirectory("bundle");
        Path pem = Files.writeString(dir.resolve("hub.pem"), Hub.admin().get("/api/v1/hub/certificate").text());

        HubResponse exported = Hub.as(journey.sender()).get("/api/v1/evidence/" + journey.documentId());
        assertThat(exported.status()).as("%s", exported).isEqualTo(200);
        assertThat(exported.header("Content-Type")).startsWith("application/vnd.etsi.asic-e+zip");
        Path bundle = Files.write(dir.resolve(journey.documentId() + ".asice"), exported.body());

        Verified valid = verify(bundle, pem);
        assertThat(valid.status()).as(valid.output()).isZero();
        assertThat(valid.output()).startsWith("VALID").contains("(given)").contains("6 entries in the log").contains("Signed head: entry");

        List<String> names = new ArrayList<>();
        String proof = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exported.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("evidence/chain.txt")) {
                    proof = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names.get(0)).isEqualTo("mimetype");
        assertThat(names).contains("package.edxml", "receipts/acceptance.p7s", "receipts/delivery-" + journey.recipient() + ".p7s",
                "evidence/chain.txt", "evidence/head.p7s", "certificates/hub.pem", "META-INF/manifest.xml", "META-INF/signature.p7s");
        assertThat(names.stream().filter(n -> n.startsWith("statuses/"))).hasSize(2);
        assertThat(proof.lines().filter(l -> l.startsWith("entry "))).hasSize(6)
                .allSatisfy(line -> assertThat(line).contains("\"document\":\"" + journey.documentId() + "\""));
        assertThat(proof.lines().filter(l -> !l.startsWith("entry ")))
                .as("other documents' entries are shown by their digest only").noneMatch(l -> l.contains("\"agency\""));

        Path damaged = Files.write(dir.resolve("damaged.asice"), withOneByteChanged(exported.body(), "package.edxml"));
        Verified invalid = verify(damaged, pem);
        assertThat(invalid.status()).as(invalid.output()).isEqualTo(1);
        assertThat(invalid.output()).startsWith("INVALID").contains("First failed check: MANIFEST_DIGEST").contains("package.edxml");
    }

    @Test
    void onlyTheSenderAndAdministratorsGetTheBundle() {
        String id = Hub.as(EvidenceChainIT.SENDER).send(
                vn.lienthong.it.support.Packages.document(EvidenceChainIT.SENDER, EvidenceChainIT.RECIPIENT).xml());
        String path = "/api/v1/evidence/" + id;

        assertThat(Hub.as(EvidenceChainIT.RECIPIENT).get(path).status()).as("the recipient").isIn(403, 404);
        assertThat(Hub.as("000.00.00.H41").get(path).status()).as("an agency it has nothing to do with").isIn(403, 404);
        assertThat(Hub.anonymousGet(path).status()).isEqualTo(401);
        assertThat(Hub.admin().get(path).status()).isEqualTo(200);
        assertThat(Hub.as(EvidenceChainIT.SENDER).get("/api/v1/evidence/01938b6e-0000-7000-8000-00000000beef").status())
                .as("a document the hub does not have").isEqualTo(404);
    }

    private record Verified(int status, String output) {
    }

    private static Verified verify(Path bundle, Path pem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BundleVerifierCommand.run(new String[]{bundle.toString(), pem.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verified(status, out.toString(StandardCharsets.UTF_8));
    }

    /** The ZIP's bytes with one byte flipped in the middle of the named file's data, as a damaged copy or a forger would leave it. */
    private static byte[] withOneByteChanged(byte[] zip, String name) {
        byte[] changed = zip.clone();
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x03 && zip[i + 3] == 0x04) {
                int nameLength = (zip[i + 26] & 0xff) | (zip[i + 27] & 0xff) << 8;
                int extraLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
                if (nameLength == wanted.length && java.util.Arrays.equals(zip, i + 30, i + 30 + nameLength, wanted, 0, wanted.length)) {
                    int data = i + 30 + nameLength + extraLength;
                    changed[data + 40] ^= 0x01;
                    return changed;
                }
            }
        }
        throw new AssertionError(name + " not found in the ZIP");
    }
}
