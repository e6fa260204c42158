package vn.lienthong.exchange.push;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}; a single address
 * without a prefix length is a block of one). Parsed without any name lookup: only literals.
 */
public record IpNetwork(byte[] prefix, int bits) {

    public IpNetwork {
        prefix = prefix.clone();
        if (bits < 0 || bits > prefix.length * 8) {
            throw new IllegalArgumentException("A prefix length must be 0 to " + prefix.length * 8);
        }
    }

    /** @throws IllegalArgumentException when {@code text} is not an IP literal or CIDR block */
    public static IpNetwork parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (!isLiteral(address)) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block");
        }
        byte[] bytes = literal(address).getAddress();
        int bits;
        try {
            bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no readable prefix length");
        }
        return new IpNetwork(bytes, bits);
    }

    /** Whether {@code text} is written as an IP address (so that resolving it asks no name server). */
    public static boolean isLiteral(String text) {
        return text.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (text.contains(":") && text.matches("[0-9a-fA-F:.]+(%\\w+)?"));
    }

    static InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text.toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        if (!Arrays.equals(candidate, 0, whole, prefix, 0, whole)) {
            return false;
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[whole] & mask) == (prefix[whole] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpNetwork n && n.bits == bits && Arrays.equals(n.prefix, prefix);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(prefix) + bits;
    }

    @Override
    public String toString() {
        return address() + "/" + bits;
    }

    private String address() {
        try {
            return InetAddress.getByAddress(prefix).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
