package vn.lienthong.reporting.regime;

import vn.lienthong.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.platform.NotAllowedException;
import vn.lienthong.reporting.period.Frequency;
import vn.lienthong.reporting.period.PeriodKey;

import jakarta.ejb.EJB;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Defines regimes and their versions, and answers what a regime asks. Administrators define;
 * every signed-in caller reads (a reporter needs the form it fills in).
 */
@Stateless
public class RegimeService {

    private static final Logger LOG = Logger.getLogger(RegimeService.class.getName());

    @Inject
    RegimeRepository regimes;

    @EJB
    DirectoryService directory;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A new regime, version 1, applying from {@code validFrom} on (or from its first period). */
    public RegimeView define(Caller caller, RegimeDefinition definition, Optional<String> validFrom) {
        administratorOnly(caller);
        checkAgencies(definition);
        if (regimes.find(definition.code()).isPresent()) {
            throw new RegimeExistsException(definition.code());
        }
        Instant now = clock.instant();
        Optional<PeriodKey> from = validFrom(definition, validFrom);
        RegimeVersion first = new RegimeVersion(1, from, definition, caller.name(), now);
        regimes.add(new Regime(definition, caller.name(), now), first);
        LOG.log(Level.INFO, "Reporting: {0} defined regime {1} ({2} indicators)",
                new Object[]{caller.name(), definition.code(), definition.indicators().size()});
        RegimeView defined = RegimeView.of(first, List.of(first));
        audit.record(caller.name(), "reporting.regime-define", definition.code(), null, defined);
        return defined;
    }

    /**
     * A new version of an existing regime, applying from {@code validFrom} on: periods before keep
     * theirs. Its frequency stays the regime's (a different frequency is a different regime).
     */
    public RegimeView addVersion(Caller caller, String code, RegimeDefinition definition, Optional<String> validFrom) {
        administratorOnly(caller);
        if (!definition.code().equals(code)) {
            throw new InvalidRegimeException("code", "The definition is of regime " + definition.code() + ", not " + code,
                    "Định nghĩa thuộc chế độ báo cáo " + definition.code() + ", không phải " + code);
        }
        checkAgencies(definition);
        Regime regime = regimes.lock(code).orElseThrow(() -> new UnknownRegimeException(code));
        if (regime.frequency() != definition.frequency()) {
            throw new InvalidRegimeException("frequency", "Regime " + code + " is reported " + regime.frequency()
                    + "; a different frequency is a different regime",
                    "Chế độ báo cáo " + code + " có tần suất " + regime.frequency() + "; tần suất khác là chế độ báo cáo khác");
        }
        Optional<PeriodKey> from = validFrom(definition, validFrom);
        if (definition.frequency() != Frequency.AD_HOC && from.isEmpty()) {
            throw new InvalidRegimeException("validFrom", "A new version says from which period on it applies (validFrom)",
                    "Phiên bản mới cần ghi kỳ báo cáo bắt đầu áp dụng (validFrom)");
        }
        List<RegimeVersion> versions = regimes.versions(code);
        RegimeVersion latest = versions.get(versions.size() - 1);
        if (from.isPresent() && latest.validFrom().map(f -> f.compareTo(from.get()) >= 0).orElse(false)) {
            throw new InvalidRegimeException("validFrom", "Version " + latest.version() + " applies from " + latest.validFrom().get()
                    + "; a new version applies from a later period",
                    "Phiên bản " + latest.version() + " áp dụng từ kỳ " + latest.validFrom().get() + "; phiên bản mới phải áp dụng từ kỳ sau đó");
        }
        Instant now = clock.instant();
        RegimeVersion added = new RegimeVersion(regime.nextVersion(definition, now), from, definition, caller.name(), now);
        regimes.add(added);
        LOG.log(Level.INFO, "Reporting: {0} added version {1} of regime {2}, from {3}",
                new Object[]{caller.name(), added.version(), code, from.map(Object::toString).orElse("now")});
        List<RegimeVersion> all = new java.util.ArrayList<>(versions);
        all.add(added);
        RegimeView after = RegimeView.of(added, all);
        audit.record(caller.name(), "reporting.regime-version", code, RegimeView.of(latest, versions), after);
        return after;
    }

    /**
     * A regime from a JSON template (its JSON form, or a QCVN 125 regime packet holding it): a new
     * regime, or a new version of an existing one applying from the template's {@code validFrom}.
     */
    public RegimeView importDefinition(Caller caller, jakarta.json.JsonObject json) {
        administratorOnly(caller);
        jakarta.json.JsonObject definition = json.containsKey("messageType") && json.get("regime") instanceof jakarta.json.JsonObject inner
                ? inner : json;
        RegimeDefinition read = RegimeJsonFormat.read(definition);
        Optional<String> validFrom = Optional.ofNullable(JsonFields.string(json, "validFrom"))
                .or(() -> Optional.ofNullable(JsonFields.string(definition, "validFrom")));
        return regimes.find(read.code()).isPresent() ? addVersion(caller, read.code(), read, validFrom) : define(caller, read, validFrom);
    }

    /** A regime from an XLSX template ({@link RegimeTemplate}), as {@link #importDefinition}. */
    public RegimeView importTemplate(Caller caller, byte[] xlsx) {
        administratorOnly(caller);
        return importDefinition(caller, RegimeTemplate.read(xlsx));
    }

    /** A version of a regime as an XLSX template, to fill in for the next version or another regime. */
    public byte[] template(String code, Optional<Integer> number) {
        Regime regime = regimes.find(code).orElseThrow(() -> new UnknownRegimeException(code));
        RegimeVersion version = regimes.version(code, number.orElse(regime.currentVersion()))
                .orElseThrow(() -> new UnknownRegimeException(code + " version " + number.orElse(regime.currentVersion())));
        return RegimeTemplate.write(version.definition(), version.validFrom().map(Object::toString).orElse(null));
    }

    public List<RegimeSummaryView> list() {
        return regimes.all().stream()
                .map(r -> RegimeSummaryView.of(r, regimes.version(r.code(), r.currentVersion()).orElseThrow().definition()))
                .toList();
    }

    /** The latest version, or version {@code number}. */
    public RegimeView get(String code, Optional<Integer> number) {
        Regime regime = regimes.find(code).orElseThrow(() -> new UnknownRegimeException(code));
        List<RegimeVersion> versions = regimes.versions(code);
        int wanted = number.orElse(regime.currentVersion());
        RegimeVersion shown = versions.stream().filter(v -> v.version() == wanted).findFirst()
                .orElseThrow(() -> new UnknownRegimeException(code + " version " + wanted));
        return RegimeView.of(shown, versions);
    }

    /** The version that applies to a period: the latest whose first period is not after it. */
    public RegimeVersion versionFor(String code, PeriodKey period) {
        List<RegimeVersion> versions = regimes.versions(code);
        if (versions.isEmpty()) {
            throw new UnknownRegimeException(code);
        }
        RegimeVersion applying = versions.get(0);
        for (RegimeVersion v : versions) {
            if (v.appliesFrom(period)) {
                applying = v;
            }
        }
        return applying;
    }

    /** Locks the regime for the rest of the transaction, so that two servers do not open one period twice. */
    public void lockForPeriods(String code) {
        regimes.lock(code).orElseThrow(() -> new UnknownRegimeException(code));
    }

    public Regime regime(String code) {
        return regimes.find(code).orElseThrow(() -> new UnknownRegimeException(code));
    }

    public RegimeVersion version(String code, int version) {
        return regimes.version(code, version).orElseThrow(() -> new UnknownRegimeException(code + " version " + version));
    }

    private static Optional<PeriodKey> validFrom(RegimeDefinition definition, Optional<String> text) {
        Optional<String> given = text.map(String::strip).filter(t -> !t.isEmpty());
        if (definition.frequency() == Frequency.AD_HOC) {
            return Optional.empty();
        }
        try {
            return given.map(t -> PeriodKey.parse(definition.frequency(), t));
        } catch (vn.lienthong.reporting.period.InvalidPeriodKeyException e) {
            throw new InvalidRegimeException("validFrom", e.messageEn(), e.messageVi());
        }
    }

    /** The issuer, the scope and every named reporter and recipient are agencies of the directory. */
    private void checkAgencies(RegimeDefinition definition) {
        directory.getAgency(definition.issuer());
        definition.scope().ifPresent(directory::getAgency);
        for (ReporterRule r : definition.reporters()) {
            r.agency().ifPresent(directory::getAgency);
            r.recipient().agency().ifPresent(directory::getAgency);
        }
    }

    private static void administratorOnly(Caller caller) {
        if (!caller.administrator()) {
            throw new NotAllowedException("Only administrators define report regimes", "Chỉ quản trị viên được định nghĩa chế độ báo cáo");
        }
    }
}
