package vn.lienthong.web.soap;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.NotYoursException;
import vn.lienthong.exchange.submission.UnknownRecipientException;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;
import vn.lienthong.web.soap.v1.HubFault;
import vn.lienthong.web.soap.v1.HubFaultDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SoapFaultsTest {

    @Test
    void aRefusalBecomesAFaultCarryingExactlyTheFieldsOfItsRestProblemDocument() {
        BusinessException refusal = new UnknownRecipientException(AgencyCode.of("000.00.88.H20"), "MessageHeader/To[2]/OrganId");

        HubFaultDetail fault = SoapFaults.of(refusal).getFaultInfo();
        Problem problem = Problems.of(refusal, null);

        assertThat(fault.getCode()).isEqualTo(problem.code()).isEqualTo("UNKNOWN_RECIPIENT");
        assertThat(fault.getStatus()).isEqualTo(problem.status()).isEqualTo(422);
        assertThat(fault.getTitle()).isEqualTo(problem.title());
        assertThat(fault.getTitleVi()).isEqualTo(problem.titleVi());
        assertThat(fault.getDetail()).isEqualTo(problem.detail());
        assertThat(fault.getDetailVi()).isEqualTo(problem.detailVi());
        assertThat(fault.getElement()).isEqualTo(problem.element()).isEqualTo("MessageHeader/To[2]/OrganId");
    }

    @Test
    void answerTurnsRefusalsIntoFaultsAndLetsEveryOtherFailureThrough() {
        HubFault fault = catchThrowableOfType(HubFault.class,
                () -> SoapFaults.answer(() -> { throw new NotYoursException("0190b3a2-0000-7000-8000-000000000000", null); }));
        assertThat(fault.getFaultInfo().getCode()).isEqualTo("NOT_YOURS");
        assertThat(fault.getFaultInfo().getElement()).isNull();

        IllegalStateException bug = new IllegalStateException("a bug, not a refusal");
        assertThatThrownBy(() -> SoapFaults.answer(() -> { throw bug; })).isSameAs(bug);
    }

    @Test
    void aCodeMissingFromTheCatalogueFailsLoudly() {
        assertThatThrownBy(() -> SoapFaults.of("NO_SUCH_CODE", "x", "x", null)).isInstanceOf(IllegalStateException.class);
    }
}
