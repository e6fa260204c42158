package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.Hops;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a relaying hub says of a package besides its bytes ({@link RelayHeaders}): the recipients the
 * receiving hop is to serve, and how many hub hops the package carries.
 *
 * @param relayFor the recipients to serve here, as the package's {@code To} names them
 * @param hops     1 to {@link Hops#MAX}: a relayed package has passed at least the hub that sends it
 */
public record RelayRequest(Set<AgencyCode> relayFor, int hops) {

    public RelayRequest {
        relayFor = Set.copyOf(new LinkedHashSet<>(Objects.requireNonNull(relayFor)));
        if (relayFor.isEmpty()) {
            throw InvalidRelayException.header(RelayHeaders.RELAY_FOR, "names no recipient", "không nêu đơn vị nhận nào");
        }
        if (hops < 1 || hops > Hops.MAX) {
            throw InvalidRelayException.header(RelayHeaders.RELAY_HOPS, "must be 1 to " + Hops.MAX + ", not " + hops,
                    "phải từ 1 đến " + Hops.MAX + ", không phải " + hops);
        }
    }

    /**
     * The relay the two headers describe; empty when neither is sent (an agency's own submission).
     *
     * @throws InvalidRelayException when only one is sent, or either is malformed
     */
    public static Optional<RelayRequest> of(String relayForHeader, String hopsHeader) {
        boolean noFor = relayForHeader == null || relayForHeader.isBlank();
        boolean noHops = hopsHeader == null || hopsHeader.isBlank();
        if (noFor && noHops) {
            return Optional.empty();
        }
        if (noFor || noHops) {
            String missing = noFor ? RelayHeaders.RELAY_FOR : RelayHeaders.RELAY_HOPS;
            throw InvalidRelayException.header(missing, "is missing: a relay sends both relay headers",
                    "bị thiếu: gói chuyển tiếp phải có cả hai tiêu đề chuyển tiếp");
        }
        Set<AgencyCode> codes = codes(relayForHeader);
        int hops;
        try {
            hops = Integer.parseInt(hopsHeader.strip());
        } catch (NumberFormatException e) {
            throw InvalidRelayException.header(RelayHeaders.RELAY_HOPS, "is not a number: " + hopsHeader.strip(),
                    "không phải là số: " + hopsHeader.strip());
        }
        return Optional.of(new RelayRequest(codes, hops));
    }

    /**
     * The agencies a relayed status is to be served for ({@link RelayHeaders#RELAY_FOR} alone: a status
     * package carries no trace list, so no hops are announced); empty when the header is not sent.
     *
     * @throws InvalidRelayException when the header is malformed
     */
    public static Optional<Set<AgencyCode>> forStatus(String relayForHeader) {
        if (relayForHeader == null || relayForHeader.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(codes(relayForHeader));
    }

    private static Set<AgencyCode> codes(String relayForHeader) {
        Set<AgencyCode> codes = new LinkedHashSet<>();
        for (String code : relayForHeader.split(",")) {
            Optional<AgencyCode> parsed = AgencyCode.tryParse(code.strip());
            if (parsed.isEmpty()) {
                throw InvalidRelayException.header(RelayHeaders.RELAY_FOR, "holds " + code.strip() + ", not an agency code",
                        "chứa " + code.strip() + ", không phải mã định danh");
            }
            codes.add(parsed.get());
        }
        return codes;
    }

    /** The header value, in a stable order. */
    public static String relayForHeader(List<AgencyCode> recipients) {
        return String.join(",", recipients.stream().map(AgencyCode::value).distinct().sorted().toList());
    }
}
