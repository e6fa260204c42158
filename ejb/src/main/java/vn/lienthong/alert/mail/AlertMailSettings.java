package vn.lienthong.alert.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.alert.rule.Recipients;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server alerts go through, from the server variables of liberty-config/alerts.xml. Without
 * {@code lienthong.mail.host} mail is off: alerts are still raised, kept and shown, but none is mailed.
 */
@ApplicationScoped
public class AlertMailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain SMTP (a relay on the same host or network). */
        NONE,
        /** STARTTLS when the server offers it, plain otherwise. */
        STARTTLS,
        /** STARTTLS or no mail: a server that does not offer it is an error. */
        STARTTLS_REQUIRED,
        /** TLS from the first byte (SMTPS, usually port 465). */
        SSL;

        static Security parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("lienthong.mail.security must be none, starttls, starttls-required or ssl, not '"
                        + text + "'");
            }
        }
    }

    @Inject
    @ConfigProperty(name = "lienthong.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lienthong.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "lienthong.mail.from", defaultValue = "lienthong@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "lienthong.mail.to")
    Optional<String> to;

    @Inject
    @ConfigProperty(name = "lienthong.mail.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "lienthong.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "lienthong.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lienthong.mail.timeout", defaultValue = "30s")
    String timeout;

    @Inject
    @ConfigProperty(name = "lienthong.mail.interval", defaultValue = "10s")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.mail.backoff", defaultValue = "30s,1m,2m,5m,10m,30m,1h,2h,4h,8h,12h,24h")
    String backoff;

    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public boolean on() {
        return host().isPresent();
    }

    public String from() {
        return from.strip();
    }

    /** Who gets the alerts of a rule that names no recipients of its own. */
    public Recipients defaultRecipients() {
        return Recipients.parse(to.orElse(""));
    }

    public Duration timeout() {
        return Durations.parse(timeout);
    }

    public Duration interval() {
        return Durations.parse(interval);
    }

    public Backoff backoff() {
        return Backoff.parse(backoff);
    }

    public Optional<String> user() {
        return user.map(String::strip).filter(u -> !u.isEmpty());
    }

    public String password() {
        return password.orElse("");
    }

    /** The Jakarta Mail properties of an SMTP session to the configured server. */
    public Properties sessionProperties() {
        Properties p = new Properties();
        Security mode = Security.parse(security);
        String protocol = mode == Security.SSL ? "smtps" : "smtp";
        String millis = Long.toString(timeout().toMillis());
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", host().orElseThrow());
        p.setProperty("mail." + protocol + ".port", Integer.toString(port));
        p.setProperty("mail." + protocol + ".from", from());
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(user().isPresent()));
        p.setProperty("mail." + protocol + ".connectiontimeout", millis);
        p.setProperty("mail." + protocol + ".timeout", millis);
        p.setProperty("mail." + protocol + ".writetimeout", millis);
        p.setProperty("mail." + protocol + ".starttls.enable", Boolean.toString(mode == Security.STARTTLS
                || mode == Security.STARTTLS_REQUIRED));
        p.setProperty("mail." + protocol + ".starttls.required", Boolean.toString(mode == Security.STARTTLS_REQUIRED));
        if (mode != Security.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }
}
