package vn.lienthong.platform.objectstore;

import vn.lienthong.platform.crypto.Sha256;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * AWS Signature Version 4 (header form), as the AWS documentation specifies it: the canonical request,
 * the string to sign, the signing key derived from the secret by date, region and service, and the
 * Authorization header. Checked against AWS's published examples (SigV4SignerTest), not only against the
 * server the tests run, which could be lenient.
 */
public final class SigV4Signer {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    public SigV4Signer(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /** The {@code x-amz-date} value of an instant. */
    public static String amzDate(Instant instant) {
        return AMZ_DATE.format(instant);
    }

    /**
     * The Authorization header of one request.
     *
     * @param canonicalUri   the path, already URI-encoded as it is sent ({@link #encodePath})
     * @param canonicalQuery the query string in canonical form, or empty
     * @param headers        every header to sign, among them {@code host} and {@code x-amz-date}
     * @param payloadHash    the hex SHA-256 of the body, or {@code UNSIGNED-PAYLOAD}
     */
    public String authorization(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
                                String payloadHash) {
        Map<String, String> canonical = canonicalHeaders(headers);
        String amzDate = canonical.get("x-amz-date");
        if (amzDate == null || amzDate.length() < 8) {
            throw new IllegalArgumentException("A signed request needs its x-amz-date header");
        }
        String signedHeaders = String.join(";", canonical.keySet());
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String signature = HexFormat.of().formatHex(hmac(signingKey(amzDate.substring(0, 8)),
                stringToSign(method, canonicalUri, canonicalQuery, headers, payloadHash)));
        return ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    String canonicalRequest(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
                            String payloadHash) {
        Map<String, String> canonical = canonicalHeaders(headers);
        String headerLines = canonical.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n")
                .collect(Collectors.joining());
        return method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + headerLines + "\n"
                + String.join(";", canonical.keySet()) + "\n" + payloadHash;
    }

    String stringToSign(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
                        String payloadHash) {
        String amzDate = canonicalHeaders(headers).get("x-amz-date");
        return ALGORITHM + "\n" + amzDate + "\n" + amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request\n"
                + Sha256.hex(canonicalRequest(method, canonicalUri, canonicalQuery, headers, payloadHash)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case names in order; values trimmed, inner runs of spaces made one. */
    private static Map<String, String> canonicalHeaders(Map<String, String> headers) {
        Map<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), value.strip().replaceAll(" +", " ")));
        return canonical;
    }

    private byte[] signingKey(String date) {
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** URI-encodes each segment of an object key as SigV4 asks (unreserved characters kept, '/' kept between segments). */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
