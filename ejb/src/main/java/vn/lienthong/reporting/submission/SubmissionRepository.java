package vn.lienthong.reporting.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.reporting.value.ReportData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Submissions and their figures. */
@ApplicationScoped
public class SubmissionRepository {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<Submission> find(String id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    public List<Submission> ofObligation(long obligationId) {
        return em.createNamedQuery("Submission.ofObligation", Submission.class).setParameter("obligation", obligationId).getResultList();
    }

    public List<SubmittedValue> values(String submissionId) {
        return em.createNamedQuery("SubmittedValue.of", SubmittedValue.class).setParameter("submission", submissionId).getResultList();
    }

    public ReportData data(String submissionId) {
        return data(values(submissionId));
    }

    /** The figures of many submissions at once, by submission. */
    public Map<String, ReportData> data(Collection<String> submissionIds) {
        Map<String, List<SubmittedValue>> grouped = new HashMap<>();
        List<String> ids = List.copyOf(submissionIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createNamedQuery("SubmittedValue.ofAll", SubmittedValue.class)
                    .setParameter("submissions", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(v -> grouped.computeIfAbsent(v.submissionId(), k -> new ArrayList<>()).add(v));
        }
        Map<String, ReportData> data = new HashMap<>();
        grouped.forEach((id, values) -> data.put(id, data(values)));
        return data;
    }

    static ReportData data(List<SubmittedValue> values) {
        ReportData.Builder data = ReportData.builder();
        for (SubmittedValue v : values) {
            v.number().ifPresent(n -> data.number(v.cell(), n.stripTrailingZeros()));
            v.text().ifPresent(t -> data.text(v.cell(), t));
        }
        return data.build();
    }

    void add(Submission submission, List<SubmittedValue> values) {
        em.persist(submission);
        em.flush();
        values.forEach(em::persist);
    }
}
