package vn.lienthong.exchange.document;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.InvalidAgencyCodeException;
import vn.lienthong.exchange.edxml.TraceHeader;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HopsTest {

    private static final TraceHeader PROVINCE_A = new TraceHeader("000.00.90.H41", LocalDateTime.of(2026, 12, 6, 9, 0, 1));
    private static final TraceHeader NATIONAL = new TraceHeader("000.00.90.G22", LocalDateTime.of(2026, 12, 6, 9, 0, 3));

    private final HopsConverter converter = new HopsConverter();

    @Test
    void hopsAreStoredAsTextAndReadBackInTheirOrder() {
        Hops hops = Hops.none().then(PROVINCE_A).then(NATIONAL);

        String column = converter.convertToDatabaseColumn(hops);

        assertThat(column).isEqualTo("000.00.90.H41@2026/12/06 09:00:01|000.00.90.G22@2026/12/06 09:00:03");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(hops);
    }

    @Test
    void aDocumentSentHereHasNoHopsAndAnEmptyColumn() {
        assertThat(converter.convertToDatabaseColumn(Hops.none())).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEqualTo(Hops.none());
    }

    @Test
    void aHubAlreadyPassedIsRecognised() {
        Hops hops = Hops.none().then(PROVINCE_A);

        assertThat(hops.passedThrough(AgencyCode.of("000.00.90.H41"))).isTrue();
        assertThat(hops.passedThrough(AgencyCode.of("000.00.90.G22"))).isFalse();
    }

    @Test
    void aHopThatIsNoHubCodeIsRefused() {
        assertThatThrownBy(() -> Hops.none().then(new TraceHeader("not a code", LocalDateTime.of(2026, 12, 6, 9, 0))))
                .isInstanceOf(InvalidAgencyCodeException.class);
    }

    @Test
    void moreHopsThanAnyFederationHasAreRefused() {
        assertThatThrownBy(() -> new Hops(Collections.nCopies(Hops.MAX + 1, NATIONAL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than " + Hops.MAX);
    }

    @Test
    void aColumnThatIsNotHopsIsRefusedWhenRead() {
        assertThatThrownBy(() -> Hops.parse("000.00.90.H41 2026/12/06")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hops.parse("000.00.90.H41@yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Hops(List.of(NATIONAL)).text()).isEqualTo("000.00.90.G22@2026/12/06 09:00:03");
    }
}
