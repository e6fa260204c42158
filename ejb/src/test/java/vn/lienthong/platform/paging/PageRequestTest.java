package vn.lienthong.platform.paging;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page numbers and offsets are bounded, so that no request overflows into a negative offset. */
class PageRequestTest {

    @Test
    void aPageNumberNearTheIntegerLimitIsRefusedNotOverflowed() {
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 50))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_REQUEST");
                    assertThat(e.element()).contains("page");
                });
        assertThatThrownBy(() -> PageRequest.of(42_950_000, 100)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void pagesUpToTheOffsetBoundAreServed() {
        assertThat(PageRequest.of(null, null).offset()).isZero();
        assertThat(PageRequest.of(200, 500).offset()).isEqualTo(PageRequest.MAX_OFFSET);
        assertThatThrownBy(() -> PageRequest.of(201, 500)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void offsetsAreBoundedToo() {
        assertThat(PageRequest.offset(null)).isZero();
        assertThat(PageRequest.offset(PageRequest.MAX_OFFSET)).isEqualTo(PageRequest.MAX_OFFSET);
        assertThatThrownBy(() -> PageRequest.offset(Integer.MAX_VALUE)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequest.offset(-1)).isInstanceOf(InvalidRequestException.class);
    }
}
