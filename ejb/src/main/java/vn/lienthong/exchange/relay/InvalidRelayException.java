package vn.lienthong.exchange.relay;

import vn.lienthong.platform.BusinessException;

/**
 * A relayed submission whose relay headers or hops do not hold together (docs/federation.md): the
 * relaying hub's software or configuration is at fault, and the package is refused whole.
 */
public class InvalidRelayException extends BusinessException {

    private InvalidRelayException(String messageEn, String messageVi, String element) {
        super("INVALID_RELAY", messageEn, messageVi, element);
    }

    public static InvalidRelayException header(String header, String en, String vi) {
        return new InvalidRelayException("Header " + header + " " + en, "Tiêu đề " + header + " " + vi, header);
    }

    /** The announced hops are not, byte for byte, hub hops at the end of the trace list. */
    public static InvalidRelayException hops(String why) {
        return new InvalidRelayException("The package's trace does not end with the announced hops: " + why,
                "Dấu vết chuyển tiếp của gói tin không kết thúc bằng số chặng đã báo: " + why, RelayHeaders.RELAY_HOPS);
    }

    /** The last hop names another hub than the one relaying the package. */
    public static InvalidRelayException lastHop(String named, String relaying) {
        return new InvalidRelayException("The last hop of the trace names " + named + ", but " + relaying + " relays the package",
                "Chặng cuối của dấu vết chuyển tiếp là " + named + ", nhưng " + relaying + " chuyển tiếp gói tin",
                "TraceHeaderList/TraceHeader/OrganId");
    }

    /** Relay-For names a recipient the package does not address. */
    public static InvalidRelayException notAddressed(String code) {
        return new InvalidRelayException("Header " + RelayHeaders.RELAY_FOR + " names " + code + ", which no To of the package names",
                "Tiêu đề " + RelayHeaders.RELAY_FOR + " nêu " + code + ", không có trong các To của gói tin", RelayHeaders.RELAY_FOR);
    }
}
