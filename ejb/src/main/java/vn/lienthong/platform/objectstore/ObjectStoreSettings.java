package vn.lienthong.platform.objectstore;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an S3-compatible object store is and how to sign in to it. Complete or refused: a missing
 * endpoint, bucket or key is named (in English and Vietnamese) rather than discovered at the first put.
 * There is no default key: the secret is the operator's.
 *
 * @param pathStyle true: {@code endpoint/bucket/key} (S3Proxy, MinIO, most on-premises stores); false:
 *                  {@code bucket.endpoint/key} (virtual-hosted, AWS's default)
 */
public record ObjectStoreSettings(URI endpoint, String bucket, String region, String accessKey, String secretKey,
                                  boolean pathStyle, Duration timeout) {

    public ObjectStoreSettings {
        List<String> missing = new ArrayList<>();
        if (endpoint == null || endpoint.getHost() == null
                || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            missing.add("endpoint (an http or https URL)");
        }
        if (blank(bucket)) {
            missing.add("bucket");
        }
        if (blank(region)) {
            missing.add("region");
        }
        if (blank(accessKey)) {
            missing.add("access-key");
        }
        if (blank(secretKey)) {
            missing.add("secret-key");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            missing.add("timeout");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The object store is not configured: set " + String.join(", ", missing)
                    + " / Kho đối tượng chưa được cấu hình đủ: hãy đặt " + String.join(", ", missing));
        }
    }

    /**
     * Where one object is. A port that is the scheme's default is left out, so that the Host header the HTTP
     * client sends and the one signed are the same text.
     */
    URI objectUri(String key) {
        String scheme = endpoint.getScheme();
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = (pathStyle ? "" : bucket + ".") + endpoint.getHost() + (defaultPort ? "" : ":" + port);
        String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        String path = (pathStyle ? "/" + SigV4Signer.encodePath(bucket) : "") + SigV4Signer.encodePath("/" + key);
        return URI.create(scheme + "://" + host + base + path);
    }

    /** The bucket and key as people read them in errors and logs. */
    public String describe(String key) {
        return "s3://" + bucket + "/" + key + " at " + endpoint;
    }

    @Override
    public String toString() {
        return "ObjectStoreSettings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey=" + accessKey
                + ", pathStyle=" + pathStyle + "]"; // never the secret
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
