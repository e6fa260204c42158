package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a dossier stores its {@link Applicant} (a record, which JPA 3.1 cannot embed). */
@Embeddable
public class ApplicantColumns {

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String name;

    @Column(name = "applicant_id_no", length = 40)
    private String idNumber;

    @Column(name = "applicant_kind", length = 20)
    private String kind;

    @Column(name = "applicant_email", length = 200)
    private String email;

    @Column(name = "applicant_phone", length = 40)
    private String phone;

    protected ApplicantColumns() {
        // for JPA
    }

    ApplicantColumns(Applicant applicant) {
        this.name = applicant.name();
        this.idNumber = applicant.idNumber();
        this.kind = applicant.kind();
        this.email = applicant.email();
        this.phone = applicant.phone();
    }

    Applicant applicant() {
        return new Applicant(name, idNumber, kind, email, phone);
    }
}
