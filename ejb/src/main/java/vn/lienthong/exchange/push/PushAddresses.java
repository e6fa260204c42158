package vn.lienthong.exchange.push;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's {@link PushAddressRule} (server variable {@code lienthong.push.allowed-hosts}),
 * applied when an agency registers its push endpoint and again before every push, after resolving
 * the host anew: a name that resolved to a public address at registration may point inside later.
 * Redirects are never followed ({@link PushSender}), so an endpoint cannot send the hub on.
 */
@ApplicationScoped
public class PushAddresses {

    private static final Logger LOG = Logger.getLogger(PushAddresses.class.getName());

    @Inject
    @ConfigProperty(name = "lienthong.push.allowed-hosts")
    Optional<String> allowedSetting;

    private PushAddressRule rule;

    @PostConstruct
    void readSetting() {
        rule = PushAddressRule.parse(allowedSetting.orElse(""));
        if (!rule.allowedHosts().isEmpty() || !rule.allowedNetworks().isEmpty()) {
            LOG.log(Level.INFO, "Push endpoints may also be internal: hosts {0}, networks {1} (lienthong.push.allowed-hosts)",
                    new Object[]{rule.allowedHosts(), rule.allowedNetworks()});
        }
    }

    /** At registration: refuses an endpoint the hub must not call. */
    public void check(URI url) {
        refusal(url).ifPresent(reason -> {
            throw new PushUrlNotAllowedException(url, reason);
        });
    }

    /** Before a push: why the hub must not call {@code url} now, or empty. */
    public Optional<String> refusal(URI url) {
        return rule.refusal(url, InetAddress::getAllByName);
    }
}
