package vn.lienthong.exchange.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lienthong.evidence.log.EvidenceEvent;
import vn.lienthong.evidence.log.EvidenceKind;
import vn.lienthong.evidence.log.EvidenceLog;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.PackageArchive;
import vn.lienthong.exchange.document.PackageStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the rule to one document, in the caller's transaction (the batch chunk's, MANDATORY). The
 * document is locked first, so a legal hold set meanwhile, or a second run, waits and then sees the
 * package moved. Archive: the bytes are written to the archive store (a directory or an object store,
 * {@link PackageArchive}) and confirmed there before the chunks are deleted; a store that fails or refuses
 * throws, the chunk's transaction rolls back and the package stays in the database for the next run; should
 * the transaction roll back after the write, the archive copy is merely rewritten by the next run. Each move is an entry of the message log (docs/evidence.md),
 * appended last, in the same transaction, naming the rule and the package's digest.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PackageDisposals {

    private static final Logger LOG = Logger.getLogger(PackageDisposals.class.getName());

    @Inject
    DocumentRepository documents;

    @Inject
    PackageStore packages;

    @Inject
    PackageArchive archive;

    @Inject
    Clock clock;

    @Inject
    EvidenceLog evidence;

    @Inject
    Event<PackageArchived> archived;

    @Inject
    Event<PackagePurged> purged;

    public DisposalOutcome dispose(HubDocumentId id, RetentionRules rules) {
        Optional<Document> found = documents.lock(id);
        if (found.isEmpty() || !found.get().disposable()) {
            return DisposalOutcome.KEPT;
        }
        Document document = found.get();
        Instant now = clock.instant();
        Optional<RuleSetting> rule = rules.ruleFor(document.retentionCategory());
        if (rule.isEmpty() || !rule.get().due(document.receivedAt(), now)) {
            return DisposalOutcome.KEPT;
        }
        RuleSetting setting = rule.get();
        if (setting.disposal() == Disposal.ARCHIVE) {
            try (InputStream bytes = packages.open(id, document.sha256())) {
                archive.write(id, bytes, document.sha256(), document.sizeBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            packages.delete(id);
            document.archived(now, setting.describe());
            archived.fire(new PackageArchived(id, document.retentionCategory().value(), setting.describe(),
                    document.sha256(), document.sizeBytes(), now));
            evidence.append(disposed(EvidenceKind.ARCHIVED, document, setting));
            LOG.log(Level.FINE, "Package of {0} archived under {1}", new Object[]{id, setting.describe()});
            return DisposalOutcome.ARCHIVED;
        }
        packages.delete(id);
        document.purged(now, setting.describe());
        purged.fire(new PackagePurged(id, document.retentionCategory().value(), setting.describe(), document.sha256(),
                document.sizeBytes(), now));
        evidence.append(disposed(EvidenceKind.PURGED, document, setting));
        LOG.log(Level.FINE, "Package of {0} purged under {1}", new Object[]{id, setting.describe()});
        return DisposalOutcome.PURGED;
    }

    /** The hub acts under a rule, for no agency: the detail names the rule and the bytes that left. */
    private static EvidenceEvent disposed(EvidenceKind kind, Document document, RuleSetting setting) {
        return EvidenceEvent.of(kind, document.id().value(), null, setting.describe() + " sha256=" + document.sha256());
    }
}
