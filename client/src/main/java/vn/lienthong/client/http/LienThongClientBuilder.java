package vn.lienthong.client.http;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.Objects;

/** Settings of a {@link LienThongClient}: sign-in, TLS, retries, timeouts. */
public final class LienThongClientBuilder {

    final String url;
    String agency;
    String secret;
    SSLContext ssl;
    RetryPolicy retry = RetryPolicy.DEFAULT;
    Duration timeout = Duration.ofSeconds(60);
    Duration connectTimeout = Duration.ofSeconds(10);
    Transport.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    LienThongClientBuilder(String url) {
        this.url = Objects.requireNonNull(url);
    }

    /** HTTP Basic: the agency code and its secret. */
    public LienThongClientBuilder agency(String code, String secret) {
        this.agency = code;
        this.secret = secret;
        return this;
    }

    /** TLS settings: the hub's trust, and a client certificate for mutual TLS. */
    public LienThongClientBuilder sslContext(SSLContext ssl) {
        this.ssl = ssl;
        return this;
    }

    public LienThongClientBuilder retry(RetryPolicy retry) {
        this.retry = Objects.requireNonNull(retry);
        return this;
    }

    /** Longest wait for an answer (a package upload gets more, after its size). */
    public LienThongClientBuilder timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
        return this;
    }

    public LienThongClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout);
        return this;
    }

    LienThongClientBuilder sleeper(Transport.Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    public LienThongClient build() {
        return new LienThongClient(this);
    }
}
