package vn.lienthong.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.edxml.EdxmlLimits;

/** The operator's limits on incoming packages (server variables {@code edxml.limit.*}). */
@ApplicationScoped
public class ExchangeSettings {

    @Inject
    @ConfigProperty(name = "edxml.limit.depth", defaultValue = "32")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "edxml.limit.elements", defaultValue = "20000")
    int maxElements;

    @Inject
    @ConfigProperty(name = "edxml.limit.text", defaultValue = "1000000")
    int maxTextLength;

    @Inject
    @ConfigProperty(name = "edxml.limit.attribute", defaultValue = "10000")
    int maxAttributeLength;

    @Inject
    @ConfigProperty(name = "edxml.limit.comment", defaultValue = "100000")
    int maxCommentLength;

    @Inject
    @ConfigProperty(name = "edxml.limit.attachments", defaultValue = "100")
    int maxAttachments;

    @Inject
    @ConfigProperty(name = "edxml.limit.package-bytes", defaultValue = "268435456")
    long maxPackageBytes;

    private EdxmlLimits limits;

    @Produces
    EdxmlLimits limits() {
        if (limits == null) {
            limits = new EdxmlLimits(maxDepth, maxElements, maxTextLength, maxAttributeLength, maxCommentLength, maxAttachments,
                    maxPackageBytes);
        }
        return limits;
    }
}
