package vn.lienthong.it.observability;

import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Https;
import vn.lienthong.it.support.HubResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One scrape of /metrics (Prometheus text format), read as Prometheus would: name, labels, value. */
record Scrape(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Scrapes as the administrator, over HTTPS (the default: lienthong.metrics.authentication=true). */
    static Scrape now() {
        HubResponse response = Https.send(Https.newClient(), Https.request("/metrics?scope=application", Hub.ADMIN_USER,
                Hub.ADMIN_PASSWORD).header("Accept", "text/plain").GET());
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return parse(response.text());
    }

    static Scrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            assertThat(m.matches()).as("a Prometheus sample line: %s", line).isTrue();
            Map<String, String> labels = new TreeMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Scrape(samples);
    }

    /** The value of the sample {@code name} whose labels include {@code labels} (k, v, k, v, …); empty when there is none. */
    OptionalDouble value(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && has(s, labels)).mapToDouble(Sample::value).findFirst();
    }

    /** The value, 0 when the series does not exist yet (a counter nobody incremented). */
    double counter(String name, String... labels) {
        return value(name, labels).orElse(0);
    }

    private static boolean has(Sample sample, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
