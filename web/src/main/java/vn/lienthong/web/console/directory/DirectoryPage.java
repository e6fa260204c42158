package vn.lienthong.web.console.directory;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyFilter;
import vn.lienthong.directory.agency.AgencyNameView;
import vn.lienthong.directory.agency.AgencyView;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.directory.change.DirectoryAdministration;
import vn.lienthong.directory.change.DirectoryChangeRehearsal;
import vn.lienthong.directory.change.DirectoryEventView;
import vn.lienthong.directory.credential.AgencyCertificateView;
import vn.lienthong.directory.credential.AgencyCertificates;
import vn.lienthong.directory.credential.AgencySecrets;
import vn.lienthong.directory.credential.CertificateFingerprint;
import vn.lienthong.directory.credential.SecretChange;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.web.console.ConsoleMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory (danh bạ): the tree by level with a search, and one agency's names, certificates
 * and changes. Rename, move and merge are shown first as the change-feed events they would
 * publish (DirectoryChangeRehearsal); the apply button appears only for the change just previewed.
 * Credentials (thông tin xác thực): a new secret made by the hub and shown once, client
 * certificates registered from PEM or removed. A new agency is added with its code, name and, when
 * its code does not say it, its parent; it signs in once it has a secret or a certificate.
 */
@Named("directory")
@ViewScoped
public class DirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the change form may do. */
    public enum Change { RENAME, MOVE, MERGE }

    @Inject
    DirectoryService directory;

    @Inject
    DirectoryAdministration administration;

    @Inject
    DirectoryChangeRehearsal rehearsal;

    @Inject
    AgencyCertificates certificates;

    @Inject
    AgencySecrets secrets;

    @Inject
    ConsoleMessages messages;

    private String search;
    private Integer level;
    private String code;
    private Change change = Change.RENAME;
    private String target;
    private String reason;
    private List<DirectoryEventView> preview;
    private String previewed;
    private boolean keepPreviousSecret;
    private String generatedSecret;
    private String certificatePem;
    private String newCode;
    private String newName;
    private String newParent;

    private transient List<AgencyTreeRow> rows;
    private transient AgencyView agency;

    public List<AgencyTreeRow> getRows() {
        if (rows == null) {
            rows = AgencyTree.of(directory.listAgencies(AgencyFilter.all(), PageRequest.of(0, PageRequest.MAX_SIZE)).items(),
                    search, level);
        }
        return rows;
    }

    public AgencyView getAgency() {
        if (agency == null && code != null && !code.isBlank()) {
            try {
                agency = directory.getAgency(AgencyCode.of(code.strip()));
            } catch (BusinessException e) {
                messages.refused(e);
                code = null;
            }
        }
        return agency;
    }

    public List<AgencyNameView> getNames() {
        return getAgency() == null ? List.of() : directory.names(agency.code());
    }

    public List<AgencyCertificateView> getCertificates() {
        return getAgency() == null ? List.of() : certificates.of(agency.code());
    }

    /**
     * Adds the agency of the add form and opens its page, where it gets its secret or certificate.
     * The parent may be left empty when the code derives it (a unit's code names its parent's).
     */
    public String addAgency() {
        try {
            Optional<AgencyCode> parent = Optional.ofNullable(newParent).map(String::strip).filter(p -> !p.isEmpty())
                    .map(AgencyCode::of);
            AgencyView added = administration.add(AgencyCode.of(newCode == null ? "" : newCode.strip()), newName, parent,
                    Optional.empty(), actor());
            messages.info("directory.added", added.name(), added.code().value());
            return "/console/directory.xhtml?faces-redirect=true&code=" + added.code().value();
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        }
    }

    /** Shows the events the change in the form would publish, without making it. */
    public void previewChange() {
        try {
            preview = switch (change) {
                case RENAME -> rehearsal.rename(agencyCode(), target, reason, actor());
                case MOVE -> rehearsal.move(agencyCode(), AgencyCode.of(target.strip()), reason, actor());
                case MERGE -> rehearsal.merge(agencyCode(), AgencyCode.of(target.strip()), reason, actor());
            };
            previewed = fingerprint();
        } catch (BusinessException e) {
            preview = null;
            previewed = null;
            messages.refused(e);
        }
    }

    /** Makes the change just previewed; anything edited since needs a new preview. */
    public String applyChange() {
        if (!isPreviewCurrent()) {
            messages.error("directory.previewFirst");
            return null;
        }
        try {
            AgencyView after = switch (change) {
                case RENAME -> administration.rename(agencyCode(), target, reason, actor());
                case MOVE -> administration.move(agencyCode(), AgencyCode.of(target.strip()), reason, actor());
                case MERGE -> administration.merge(agencyCode(), AgencyCode.of(target.strip()), reason, actor());
            };
            messages.info("directory.applied", after.code().value());
            return "/console/directory.xhtml?faces-redirect=true&code=" + after.code().value();
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        } finally {
            preview = null;
            previewed = null;
        }
    }

    /**
     * Gives the agency a new secret the hub generates, shown on this page once (never stored in
     * clear, never in the audit log); the previous one stops at once unless kept for the rotation's
     * grace period.
     */
    public void newSecret() {
        try {
            SecretChange changed = secrets.setByAdministrator(agencyCode(), Optional.empty(), keepPreviousSecret, actor());
            generatedSecret = changed.generatedSecret().orElse(null);
            messages.info("directory.secretChanged", changed.agency().value());
        } catch (BusinessException e) {
            generatedSecret = null;
            messages.refused(e);
        }
    }

    /** Registers the PEM certificate in the form as one the agency's software signs in with (mutual TLS). */
    public void registerCertificate() {
        try {
            AgencyCertificateView registered = certificates.register(agencyCode(), certificatePem, actor());
            certificatePem = null;
            messages.info("directory.certificateRegistered", registered.subject());
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void removeCertificate(String fingerprint) {
        try {
            if (certificates.remove(agencyCode(), new CertificateFingerprint(fingerprint))) {
                messages.info("directory.certificateRemoved", fingerprint);
            } else {
                messages.error("directory.certificateGone", fingerprint);
            }
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public boolean isKeepPreviousSecret() {
        return keepPreviousSecret;
    }

    public void setKeepPreviousSecret(boolean keepPreviousSecret) {
        this.keepPreviousSecret = keepPreviousSecret;
    }

    public String getGeneratedSecret() {
        return generatedSecret;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public void setCertificatePem(String certificatePem) {
        this.certificatePem = certificatePem;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewParent() {
        return newParent;
    }

    public void setNewParent(String newParent) {
        this.newParent = newParent;
    }

    public boolean isPreviewCurrent() {
        return preview != null && Objects.equals(previewed, fingerprint());
    }

    private String fingerprint() {
        return code + "|" + change + "|" + target + "|" + reason;
    }

    private AgencyCode agencyCode() {
        return AgencyCode.of(code.strip());
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public Change[] getChanges() {
        return Change.values();
    }

    public List<DirectoryEventView> getPreview() {
        return preview;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Change getChange() {
        return change;
    }

    public void setChange(Change change) {
        this.change = change;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
