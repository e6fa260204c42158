package vn.lienthong.exchange.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counters of submitted documents: {@code lienthong_documents_accepted_total},
 * {@code lienthong_documents_refused_total{problem}} (the refusal's problem code, as the sender was
 * answered) and {@code lienthong_signature_verdicts_total{verdict}} (the verdict of each accepted
 * package). Accepted documents and verdicts are counted from {@link DocumentAccepted} once its
 * transaction committed, so a submission rolled back is counted as refused, not accepted.
 */
@ApplicationScoped
public class SubmissionMetrics {

    private static final Metadata ACCEPTED = Metadata.builder().withName("lienthong.documents.accepted")
            .withDescription("Documents the hub accepted (REST and SOAP, replays not counted again)").build();
    private static final Metadata REFUSED = Metadata.builder().withName("lienthong.documents.refused")
            .withDescription("Document submissions refused, by problem code").build();
    private static final Metadata VERDICTS = Metadata.builder().withName("lienthong.signature.verdicts")
            .withDescription("Signature verdicts of accepted documents").build();

    @Inject
    MetricRegistry registry;

    void accepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentAccepted accepted) {
        registry.counter(ACCEPTED).inc();
        registry.counter(VERDICTS, new Tag("verdict", accepted.verdict().outcome().name())).inc();
    }

    void refused(String problemCode) {
        registry.counter(REFUSED, new Tag("problem", problemCode)).inc();
    }
}
