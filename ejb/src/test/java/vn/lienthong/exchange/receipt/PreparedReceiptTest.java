package vn.lienthong.exchange.receipt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreparedReceiptTest {

    @Test
    void aReceiptSignedAheadCarriesItsSignature() {
        PreparedReceipt receipt = new PreparedReceipt("D1", SignedReceipt.Kind.ACCEPTANCE, "000.00.00.G22", new byte[]{1, 2}, false);
        assertThat(receipt.cms()).hasSize(2);
        assertThatThrownBy(() -> new PreparedReceipt("D1", SignedReceipt.Kind.ACCEPTANCE, "000.00.00.G22", new byte[0], false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> new PreparedReceipt(null, SignedReceipt.Kind.ACCEPTANCE, "000.00.00.G22", new byte[]{1}, false))
                .isInstanceOf(NullPointerException.class);
    }
}
