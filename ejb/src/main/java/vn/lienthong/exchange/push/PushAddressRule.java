package vn.lienthong.exchange.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which push endpoints the hub may call: an agency names the URL, so without a rule it could make
 * the hub POST to the hub's own loopback services, to the cloud's metadata address or into the
 * operator's internal network (server-side request forgery). An endpoint is allowed when every
 * address its host resolves to is a public one, or when an administrator allow-listed it
 * ({@code lienthong.push.allowed-hosts}: host names, IP addresses, CIDR blocks), e.g. the
 * government network the agencies' document systems live on.
 *
 * <p>Not public: loopback, unspecified, link-local (169.254.169.254, the metadata service, among
 * them), private (10/8, 172.16/12, 192.168/16), shared (100.64/10), other special-purpose IPv4
 * blocks, multicast and reserved; IPv6 unique-local (fc00::/7), site- and link-local, and IPv6
 * addresses that embed an IPv4 address (mapped, compatible, NAT64, 6to4), judged by the IPv4 one.
 */
public record PushAddressRule(Set<String> allowedHosts, List<IpNetwork> allowedNetworks) {

    /** Resolves a host name to all its addresses (the JVM's resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final List<IpNetwork> NOT_PUBLIC = java.util.stream.Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8").map(IpNetwork::parse).toList();

    /** IPv6 blocks whose addresses carry an IPv4 address in their last (or, for 6to4, second and third) 32 bits. */
    private static final IpNetwork COMPATIBLE = IpNetwork.parse("::/96");
    private static final IpNetwork NAT64 = IpNetwork.parse("64:ff9b::/96");
    private static final IpNetwork SIX_TO_FOUR = IpNetwork.parse("2002::/16");

    public PushAddressRule {
        allowedHosts = allowedHosts.stream().map(PushAddressRule::hostKey).collect(Collectors.toUnmodifiableSet());
        allowedNetworks = List.copyOf(allowedNetworks);
    }

    /**
     * Reads the server variable: entries separated by commas or white space; an IP address or CIDR
     * block allows those addresses, anything else is a host name allowed whatever it resolves to.
     *
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public static PushAddressRule parse(String setting) {
        Set<String> hosts = new java.util.HashSet<>();
        List<IpNetwork> networks = new java.util.ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (IpNetwork.isLiteral(address.replace("[", "").replace("]", "")) || entry.contains("/")) {
                networks.add(IpNetwork.parse(entry));
            } else if (entry.matches("[A-Za-z0-9.-]+")) {
                hosts.add(entry);
            } else {
                throw new IllegalArgumentException("'" + entry + "' is neither a host name nor an IP address or CIDR block");
            }
        }
        return new PushAddressRule(hosts, networks);
    }

    /**
     * Why the hub must not call {@code url}, or empty when it may. Resolves the host (a literal
     * address resolves to itself); a host that cannot be resolved is refused.
     */
    public Optional<String> refusal(URI url, Resolver resolver) {
        String host = url.getHost();
        if (host == null) {
            return Optional.of("the URL names no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowedHosts.contains(hostKey(host))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowedNetworks.stream().noneMatch(n -> n.contains(address))) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or otherwise internal address that lienthong.push.allowed-hosts does not allow");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code address} is an address of the public Internet. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || NOT_PUBLIC.stream().anyMatch(n -> n.contains(address))) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            if (COMPATIBLE.contains(address) || NAT64.contains(address)) {
                return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
            }
            if (SIX_TO_FOUR.contains(address)) {
                return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hostKey(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }
}
