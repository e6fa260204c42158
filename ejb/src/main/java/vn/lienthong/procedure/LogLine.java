package vn.lienthong.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of a state-change log (nhật ký xử lý): its number within the thing it logs, when, who
 * for which agency, the action, the states before and after, and why. A dossier's log
 * ({@code dossier_event}) and a piece of feedback's ({@code citizen_feedback_event}) are these
 * columns plus their own; the entity adds the logged thing's code (the other half of the key) and
 * names, as its type arguments, the enums ({@code A}ction, {@code S}tate) the stored names are read
 * as. Action and states are stored as their enum names, as {@code @Enumerated(STRING)} would store them.
 */
@MappedSuperclass
public abstract class LogLine<A extends Enum<A>, S extends Enum<S>> {

    /** What the log keeps of the actor's name; longer names are cut. */
    private static final int ACTOR_LENGTH = 200;

    /**
     * The enums an entity class reads its names as: its type arguments (an entity extends this class
     * directly), read once per class. Not fields set by a constructor: with weaving, EclipseLink
     * builds the entities it reads without running any constructor of ours.
     */
    private static final ClassValue<Class<?>[]> ENUMS = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> entity) {
            Type[] arguments = ((ParameterizedType) entity.getGenericSuperclass()).getActualTypeArguments();
            return new Class<?>[]{(Class<?>) arguments[0], (Class<?>) arguments[1]};
        }
    };

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "actor_agency", length = 32)
    private AgencyCode actorAgency;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Column(name = "from_state", length = 30)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 30)
    private String toState;

    @Column(name = "reason", length = 2000)
    private String reason;

    protected LogLine() {
        // for JPA
    }

    protected LogLine(int seq, Instant occurredAt, String actor, AgencyCode actorAgency, A action, S from, S to,
                      String reason) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor.length() > ACTOR_LENGTH ? actor.substring(0, ACTOR_LENGTH) : actor;
        this.actorAgency = actorAgency;
        this.action = action.name();
        this.fromState = from == null ? null : from.name();
        this.toState = to.name();
        this.reason = reason;
    }

    public int seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    /** The acting agency's code as the national record prints it. */
    public Optional<String> actorAgency() {
        return Optional.ofNullable(actorAgency).map(AgencyCode::value);
    }

    @SuppressWarnings("unchecked")
    public A action() {
        return Enum.valueOf((Class<A>) ENUMS.get(getClass())[0], action);
    }

    public Optional<S> fromState() {
        return Optional.ofNullable(fromState).map(this::state);
    }

    public S toState() {
        return state(toState);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @SuppressWarnings("unchecked")
    private S state(String name) {
        return Enum.valueOf((Class<S>) ENUMS.get(getClass())[1], name);
    }
}
