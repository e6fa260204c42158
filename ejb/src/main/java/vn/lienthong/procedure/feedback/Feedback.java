package vn.lienthong.procedure.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.dossier.DossierCode;
import vn.lienthong.procedure.dossier.DossierCodeConverter;

import java.time.Instant;
import java.util.Optional;

/**
 * A citizen's question or complaint (phản ánh, kiến nghị). Changes of state go only through
 * {@link #move}, which checks the action against {@link FeedbackAction}'s table; the service writes
 * the log line for each. The sender's contact details stay here and are never published.
 */
@Entity
@Table(name = "citizen_feedback")
public class Feedback {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FeedbackKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private FeedbackState state;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "content", nullable = false, length = 4000)
    private String content;

    @Convert(converter = DossierCodeConverter.class)
    @Column(name = "dossier_code", length = 60)
    private DossierCode dossierCode;

    @Column(name = "procedure_code", length = 40)
    private String procedureCode;

    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;

    @Column(name = "sender_email", length = 200)
    private String senderEmail;

    @Column(name = "sender_phone", length = 40)
    private String senderPhone;

    @Column(name = "sender_address", length = 500)
    private String senderAddress;

    @Column(name = "answer", length = 4000)
    private String answer;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_title", length = 300)
    private String publishedTitle;

    @Column(name = "published_question", length = 4000)
    private String publishedQuestion;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Feedback() {
        // for JPA
    }

    Feedback(String code, FeedbackSubmission submission, DossierCode dossierCode, String procedureCode, Instant now) {
        this.code = code;
        this.kind = submission.kind();
        this.state = FeedbackState.SUBMITTED;
        this.title = submission.title();
        this.content = submission.content();
        this.dossierCode = dossierCode;
        this.procedureCode = procedureCode;
        FeedbackSender sender = submission.sender();
        this.senderName = sender.name();
        this.senderEmail = sender.email();
        this.senderPhone = sender.phone();
        this.senderAddress = sender.address();
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /**
     * Checks the action against the current state and moves to {@code to}.
     *
     * @return the state before
     */
    FeedbackState move(FeedbackAction action, FeedbackState to, Instant now) {
        if (!action.allowedFrom(state)) {
            throw new IllegalFeedbackTransitionException(code, action, state);
        }
        FeedbackState before = state;
        state = to;
        updatedAt = now;
        return before;
    }

    void routeTo(AgencyCode agency) {
        this.agencyCode = agency == null ? null : agency.value();
    }

    void answered(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void published(String title, String question, Instant at) {
        this.publishedTitle = title;
        this.publishedQuestion = question;
        this.publishedAt = at;
    }

    int nextEventSeq() {
        return ++eventCount;
    }

    public String code() {
        return code;
    }

    public FeedbackKind kind() {
        return kind;
    }

    public FeedbackState state() {
        return state;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public Optional<DossierCode> dossierCode() {
        return Optional.ofNullable(dossierCode);
    }

    public Optional<String> procedureCode() {
        return Optional.ofNullable(procedureCode);
    }

    public Optional<AgencyCode> agency() {
        return Optional.ofNullable(agencyCode).map(AgencyCode::new);
    }

    public boolean routedTo(AgencyCode agency) {
        return agency != null && agency.value().equals(agencyCode);
    }

    public FeedbackSender sender() {
        return new FeedbackSender(senderName, senderEmail, senderPhone, senderAddress);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** The title as published: the agency's edited version when it removed personal details from it. */
    public String publicTitle() {
        return publishedTitle != null ? publishedTitle : title;
    }

    /** The question as published: the agency's edited version when it removed personal details from it. */
    public String publicQuestion() {
        return publishedQuestion != null ? publishedQuestion : content;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
