package vn.lienthong.platform.safeguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The throwaway values the embedded development set-up ships with, and which of them a server
 * holds where they must not be. Without the sample directory ({@code lienthong.sample.directory=false})
 * a server is a real deployment: it must not run with the development administrator password, the
 * development keystore passwords, a generated development hub key or a generated key for sealing
 * push secrets, since everyone who has read
 * this repository knows them. ACCEPT_UNSIGNED as the policy of agencies without one of their own is
 * refused everywhere: it would make every agency added later exempt from signatures.
 */
public final class DevelopmentDefaults {

    /** admin-basic.xml {@code admin.password}. */
    public static final String ADMIN_PASSWORD = "lienthong-dev-admin";
    /** tls.xml {@code tls.keystore.password}. */
    public static final String TLS_KEYSTORE_PASSWORD = "lienthong-dev-keystore";
    /** signatures.xml {@code lienthong.hub.keystore.password}. */
    public static final String HUB_KEYSTORE_PASSWORD = "lienthong-dev-hub-key";

    private DevelopmentDefaults() {
    }

    /** What the server is configured with (server variables). */
    public record Settings(boolean sampleDirectory, String adminRegistry, String adminPassword,
                           String tlsKeystorePassword, String tlsTruststorePassword,
                           String hubKeystorePassword, boolean hubKeyGenerate, boolean secretsKeyGenerate,
                           String signatureDefaultPolicy) {
    }

    /** One setting the server refuses to start with, and what to do, in English and Vietnamese. */
    public record Refusal(String setting, String english, String vietnamese) {
        @Override
        public String toString() {
            return setting + ": " + english + " / " + vietnamese;
        }
    }

    public static List<Refusal> refusals(Settings s) {
        List<Refusal> refusals = new ArrayList<>();
        if ("ACCEPT_UNSIGNED".equals(normalised(s.signatureDefaultPolicy()))) {
            refusals.add(new Refusal("lienthong.signature.default-policy",
                    "is ACCEPT_UNSIGNED, which would exempt every agency added later from signatures; set REQUIRE_VALID "
                            + "and give ACCEPT_UNSIGNED to single agencies (PUT /api/v1/admin/signatures/{code}/policy)",
                    "đang là ACCEPT_UNSIGNED, khiến mọi cơ quan được thêm sau không phải ký số; hãy đặt REQUIRE_VALID "
                            + "và chỉ cho từng cơ quan ACCEPT_UNSIGNED khi cần"));
        }
        if (s.sampleDirectory()) {
            return refusals; // the development set-up: its throwaway values are expected there
        }
        if ("BASIC".equals(normalised(s.adminRegistry())) && ADMIN_PASSWORD.equals(s.adminPassword())) {
            refusals.add(new Refusal("admin.password",
                    "is the development administrator password; set ADMIN_PASSWORD",
                    "vẫn là mật khẩu quản trị dùng cho phát triển; hãy đặt ADMIN_PASSWORD"));
        }
        if (TLS_KEYSTORE_PASSWORD.equals(s.tlsKeystorePassword())) {
            refusals.add(new Refusal("tls.keystore.password",
                    "is the development keystore password; set TLS_KEYSTORE_PASSWORD (and install the server's certificate)",
                    "vẫn là mật khẩu kho khóa dùng cho phát triển; hãy đặt TLS_KEYSTORE_PASSWORD (và cài chứng thư của máy chủ)"));
        }
        if (TLS_KEYSTORE_PASSWORD.equals(s.tlsTruststorePassword())) {
            refusals.add(new Refusal("tls.truststore.password",
                    "is the development keystore password; set TLS_TRUSTSTORE_PASSWORD",
                    "vẫn là mật khẩu kho khóa dùng cho phát triển; hãy đặt TLS_TRUSTSTORE_PASSWORD"));
        }
        if (HUB_KEYSTORE_PASSWORD.equals(s.hubKeystorePassword())) {
            refusals.add(new Refusal("lienthong.hub.keystore.password",
                    "is the development password of the hub's signing key; set LIENTHONG_HUB_KEYSTORE_PASSWORD",
                    "vẫn là mật khẩu khóa ký của trục dùng cho phát triển; hãy đặt LIENTHONG_HUB_KEYSTORE_PASSWORD"));
        }
        if (s.hubKeyGenerate()) {
            refusals.add(new Refusal("lienthong.hub.key.generate",
                    "is true: the hub would sign receipts with a generated development key; install the hub's real key "
                            + "(LIENTHONG_HUB_KEYSTORE) and set LIENTHONG_HUB_KEY_GENERATE=false",
                    "đang là true: trục sẽ ký biên nhận bằng khóa phát triển tự sinh; hãy cài khóa thật của trục "
                            + "(LIENTHONG_HUB_KEYSTORE) và đặt LIENTHONG_HUB_KEY_GENERATE=false"));
        }
        if (s.secretsKeyGenerate()) {
            refusals.add(new Refusal("lienthong.secrets.key.generate",
                    "is true: push secrets would be sealed with a key generated on this server alone; install the shared key "
                            + "file (LIENTHONG_SECRETS_KEY, e.g. from openssl rand -base64 32) and set LIENTHONG_SECRETS_KEY_GENERATE=false",
                    "đang là true: bí mật đẩy tin sẽ được niêm phong bằng khóa tự sinh trên riêng máy chủ này; hãy cài tệp khóa dùng chung "
                            + "(LIENTHONG_SECRETS_KEY, ví dụ tạo bằng openssl rand -base64 32) và đặt LIENTHONG_SECRETS_KEY_GENERATE=false"));
        }
        return refusals;
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
