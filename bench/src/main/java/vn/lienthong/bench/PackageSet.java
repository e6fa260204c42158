package vn.lienthong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Makes the signed packages of a run before it starts, on every core, and keeps them as files so
 * that the generator's own signing never competes with the server for the CPU while the clock runs
 * and a run of many thousand packages does not have to fit in memory.
 *
 * <p>Realistic mix: 1 to {@code maxRecipients} distinct recipients drawn from the recipient pool,
 * the sender drawn from the other agencies, one PDF-like attachment whose size is log-uniform
 * between the minimum and maximum (most documents are small, a few are large: the mean of
 * 20–500 KB is about 150 KB).
 */
final class PackageSet implements AutoCloseable {

    private static final DateTimeFormatter EDXML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    /** Random bytes that attachments are cut from: incompressible, like a real PDF's streams. */
    private static final byte[] NOISE = noise();

    private final Path directory;
    private final List<PreparedPackage> packages;

    private PackageSet(Path directory, List<PreparedPackage> packages) {
        this.directory = directory;
        this.packages = packages;
    }

    List<PreparedPackage> packages() {
        return packages;
    }

    long totalBytes() {
        return packages.stream().mapToLong(PreparedPackage::sizeBytes).sum();
    }

    static PackageSet prepare(int count, Agencies agencies, BenchSettings settings, TestSigningKey key,
                              String runId, AtomicLong numbers) {
        return prepare(count, agencies, settings, sender -> key, runId, numbers);
    }

    /**
     * Packages each signed with its sender's key: a hub that binds signers to agencies (issue 4)
     * refuses a package signed with another agency's certificate.
     */
    static PackageSet prepare(int count, Agencies agencies, BenchSettings settings,
                              java.util.function.Function<String, TestSigningKey> keyOfSender,
                              String runId, AtomicLong numbers) {
        try {
            Files.createDirectories(settings.workDir());
            Path directory = Files.createTempDirectory(settings.workDir(), "packages-" + runId + "-");
            String today = LocalDate.now().format(EDXML_DATE);
            long firstNumber = numbers.getAndAdd(count);
            java.util.Map<String, EnvelopedSigner> signers = new java.util.concurrent.ConcurrentHashMap<>();
            List<PreparedPackage> made = IntStream.range(0, count).parallel().mapToObj(i -> {
                SplittableRandom random = new SplittableRandom(settings.seed() * 31 + firstNumber + i);
                String from = agencies.senders().get(random.nextInt(agencies.senders().size()));
                List<String> to = pickRecipients(random, agencies.recipients(), settings.maxRecipients(), from);
                String number = String.valueOf(firstNumber + i);
                String notation = "BENCH-" + runId;
                String edxmlId = from + "," + today + "," + number + "/" + notation;
                byte[] attachment = attachment(random, settings.minAttachmentKb(), settings.maxAttachmentKb());
                byte[] signed = signers.computeIfAbsent(from, f -> new EnvelopedSigner(keyOfSender.apply(f))).sign(new EdxmlDocumentText(from, to, edxmlId, number, notation, today, attachment).xml());
                Path file = directory.resolve(number + ".edxml");
                try {
                    Files.write(file, signed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new PreparedPackage(file, from, to, edxmlId, signed.length);
            }).toList();
            return new PackageSet(directory, new ArrayList<>(made));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pickRecipients(SplittableRandom random, List<String> pool, int max, String from) {
        List<String> candidates = new ArrayList<>(pool);
        candidates.remove(from);
        int count = 1 + random.nextInt(Math.min(max, candidates.size()));
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(candidates.remove(random.nextInt(candidates.size())));
        }
        return chosen;
    }

    static byte[] attachment(SplittableRandom random, int minKb, int maxKb) {
        double logMin = Math.log(minKb * 1024.0);
        double logMax = Math.log(maxKb * 1024.0);
        int size = (int) Math.round(Math.exp(logMin + random.nextDouble() * (logMax - logMin)));
        byte[] bytes = new byte[size];
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int offset = random.nextInt(NOISE.length - size + 1);
        System.arraycopy(NOISE, offset, bytes, 0, size);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }

    private static byte[] noise() {
        byte[] bytes = new byte[2 * 1024 * 1024];
        new SplittableRandom(7).nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
