package vn.lienthong.procedure.handover;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.procedure.calendar.ProcessingTime;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureDefinition;
import vn.lienthong.procedure.catalogue.ProcedureStep;
import vn.lienthong.procedure.dossier.Applicant;
import vn.lienthong.procedure.dossier.Channel;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierCode;
import vn.lienthong.procedure.dossier.IntakeRequest;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-over document must be a package the hub's own strict reader accepts. */
class HandOverPackageTest {

    private static final AgencyCode LAND = AgencyCode.of("000.00.10.H20");
    private static final AgencyCode FINANCE = AgencyCode.of("000.00.05.H20");

    @Test
    void isAValidDocumentPackageFromTheReceivingAgencyToTheStepOwner() throws Exception {
        Procedure procedure = new Procedure(new ProcedureDefinition("1.004227", "Cấp giấy chứng nhận", "DD", "Đất đai",
                List.of(LAND), List.of(), List.of(), ProcessingTime.workingDays(30), true, null, true,
                List.of(new ProcedureStep("Tiếp nhận", null), new ProcedureStep("Xác định nghĩa vụ tài chính", FINANCE))),
                "test", Instant.now());
        Dossier dossier = new Dossier(DossierCode.parse("000.00.10.H20-260302-0007"), procedure, LAND, new IntakeRequest("1.004227",
                Channel.IN_PERSON, new Applicant("Trần <Thị> & \"Bình\"", null, null, null, null),
                "Thửa 123 & 124 </edXML:Subject>", List.of(), null), Instant.now());
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 30);

        byte[] xml = HandOverPackage.build(LAND, "Sở TN&MT", FINANCE, "Sở Tài chính", dossier, procedure,
                "Xác định nghĩa vụ tài chính", 2, at);

        DocumentPackage read = (DocumentPackage) new EdxmlReader(EdxmlLimits.DEFAULT).read(new ByteArrayInputStream(xml));
        assertThat(read.header().from().organId()).isEqualTo(LAND.value());
        assertThat(read.header().to()).singleElement().satisfies(to -> assertThat(to.organId()).isEqualTo(FINANCE.value()));
        assertThat(read.header().documentId())
                .isEqualTo("000.00.10.H20,2026/03/02,2/000.00.10.H20-260302-0007-LT")
                .isEqualTo(HandOverPackage.edxmlDocumentId(LAND, at, dossier.code(), 2));
        assertThat(read.header().code().notation()).isEqualTo("000.00.10.H20-260302-0007-LT");
        assertThat(read.header().subject()).contains("000.00.10.H20-260302-0007").contains("bước 2");
        assertThat(read.attachments()).hasSize(1);
    }
}
