package vn.lienthong.web.limit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client a request is counted against: its IPv4 address, or the /64 network of its IPv6
 * address (one subscriber usually holds a whole /64, so counting single IPv6 addresses would let
 * anyone start afresh at will). Behind a reverse proxy this is the address the proxy forwarded,
 * once the operator names the proxy as trusted (server variable {@code http.trusted.proxies});
 * otherwise every client counts as the proxy.
 */
public record ClientAddress(String value) {

    public ClientAddress {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a client address is required");
        }
    }

    /** From the servlet's remote address (an IP literal; never looked up in DNS). */
    public static ClientAddress of(String remoteAddress) {
        String literal = remoteAddress == null ? "" : remoteAddress.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.indexOf(':') < 0) {
            return new ClientAddress(literal.isEmpty() ? "unknown" : literal);
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return new ClientAddress(InetAddress.getByAddress(network).getHostAddress() + "/64");
            }
            return new ClientAddress(address.getHostAddress());
        } catch (UnknownHostException e) {
            return new ClientAddress(literal);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
