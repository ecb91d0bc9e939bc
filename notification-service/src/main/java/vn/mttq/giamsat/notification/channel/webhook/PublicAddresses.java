package vn.mttq.giamsat.notification.channel.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Which IP addresses a webhook may be sent to: the public unicast internet only, from the
 * IANA special-purpose registries, with IPv4 addresses embedded in IPv6 (mapped,
 * compatible, NAT64 64:ff9b::/96, 6to4) judged by the IPv4 address they carry. Addresses
 * of networks inside a deployment (loopback, private, carrier-grade NAT, unique-local)
 * pass only where private networks are allowed; the others (link-local, where cloud
 * metadata answers, multicast, documentation, reserved...) never do.
 */
final class PublicAddresses {

	/**
	 * Only the usual notations: four decimal numbers, or IPv6 without a zone or prefix.
	 */
	private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder().allowEmpty(false)
		.allowAll(false)
		.allowPrefix(false)
		.allowMask(false)
		.allowSingleSegment(false)
		.allow_inet_aton(false)
		.allowWildcardedSeparator(false)
		.setRangeOptions(RangeParameters.NO_RANGE)
		.getIPv4AddressParametersBuilder()
		.allowLeadingZeros(false)
		.allowBinary(false)
		.getParentBuilder()
		.getIPv6AddressParametersBuilder()
		.allowZone(false)
		.allowBinary(false)
		.allowBase85(false)
		.getParentBuilder()
		.toParams();

	private static final IPAddress GLOBAL_UNICAST_V6 = range("2000::/3");

	private static final List<Block> BLOCKS = List.of(block("0.0.0.0/8", "this-network", "this network", false),
			block("10.0.0.0/8", "private", "a private network", true),
			block("100.64.0.0/10", "carrier-grade-nat", "carrier-grade NAT", true),
			block("127.0.0.0/8", "loopback", "loopback, this machine", true),
			block("169.254.0.0/16", "cloud-metadata", "link-local, where cloud metadata answers", false),
			block("172.16.0.0/12", "private", "a private network", true),
			block("192.0.0.0/24", "ietf", "IETF protocol assignments", false),
			block("192.0.2.0/24", "documentation", "documentation", false),
			block("192.88.99.0/24", "6to4-relay", "6to4 relay anycast", false),
			block("192.168.0.0/16", "private", "a private network", true),
			block("198.18.0.0/15", "benchmarking", "benchmarking", false),
			block("198.51.100.0/24", "documentation", "documentation", false),
			block("203.0.113.0/24", "documentation", "documentation", false),
			block("224.0.0.0/4", "multicast", "multicast", false),
			block("240.0.0.0/4", "reserved", "reserved or broadcast", false),
			block("::/128", "unspecified", "unspecified", false),
			block("::1/128", "loopback", "loopback, this machine", true),
			block("100::/64", "discard", "discard-only", false),
			block("2001::/23", "ietf-v6", "IETF protocol assignments (Teredo, ORCHID...)", false),
			block("2001:db8::/32", "documentation", "documentation", false),
			block("3fff::/20", "documentation", "documentation", false),
			block("5f00::/16", "segment-routing", "segment routing", false),
			block("64:ff9b:1::/48", "nat64-local", "local-use NAT64", false),
			block("fc00::/7", "unique-local", "unique-local, a private network", true),
			block("fe80::/10", "link-local", "link-local", false),
			block("fec0::/10", "site-local", "site-local", false), block("ff00::/8", "multicast", "multicast", false));

	private PublicAddresses() {
	}

	/**
	 * Reads a host that is an IP address, in the usual notation only.
	 * @param host the host of a URL, an IPv6 address in brackets
	 * @return the address, or empty if the host is a name
	 * @throws IllegalArgumentException if it is an address in another notation (octal,
	 * hexadecimal, one number, fewer than four parts, a zone or a prefix), which
	 * resolvers and HTTP clients read differently
	 */
	static Optional<IPAddress> literal(String host) {
		boolean bracketed = host.startsWith("[") && host.endsWith("]");
		String text = bracketed ? host.substring(1, host.length() - 1) : host;
		IPAddress strict = new IPAddressString(text, STRICT).getAddress();
		if (strict != null && strict.isIPv6() == bracketed) {
			return Optional.of(strict);
		}
		String lastLabel = text.substring(text.lastIndexOf('.') + 1);
		if (bracketed || new IPAddressString(text).getAddress() != null || lastLabel.matches("[0-9]+|0[xX].*")) {
			throw new IllegalArgumentException(
					"its host " + host + " is an IP address in an unusual notation; write an IPv4 "
							+ "address as four decimal numbers (198.51.100.7) and an IPv6 address in brackets");
		}
		return Optional.empty();
	}

	/**
	 * Tells why a webhook must not be sent to an address.
	 * @param address the address
	 * @param allowPrivateNetworks whether networks inside the deployment are allowed
	 * @return the reason, for people, or empty if it may be called
	 */
	static Optional<Phrase> refusal(IPAddress address, boolean allowPrivateNetworks) {
		for (Block block : BLOCKS) {
			if (block.range().contains(address)) {
				return (allowPrivateNetworks && block.inside()) ? Optional.empty()
						: Optional.of(Phrase.of("webhook.address.in-block", "{0} is {1} ({2})", address.toString(),
								block.what(), block.range().toString()));
			}
		}
		if (address.isIPv6()) {
			IPv4Address embedded = embedded(address.toIPv6());
			if (embedded != null) {
				return refusal(embedded, allowPrivateNetworks)
					.map((why) -> Phrase.of("webhook.address.embedded", "{0} carries {1}", address.toString(), why));
			}
			if (!GLOBAL_UNICAST_V6.contains(address)) {
				return Optional.of(Phrase.of("webhook.address.not-global",
						"{0} is not a global unicast address (2000::/3)", address.toString()));
			}
		}
		return Optional.empty();
	}

	static IPAddress of(InetAddress address) {
		return (address instanceof Inet6Address v6) ? new IPv6Address(v6) : new IPv4Address((Inet4Address) address);
	}

	private static IPv4Address embedded(IPv6Address address) {
		if (address.isIPv4Mapped() || address.isIPv4Compatible() || address.isWellKnownIPv4Translatable()) {
			return address.getEmbeddedIPv4Address();
		}
		return address.is6To4() ? address.get6To4IPv4Address() : null;
	}

	private static Block block(String range, String name, String what, boolean inside) {
		return new Block(range(range), Phrase.of("webhook.address." + name, what), inside);
	}

	private static IPAddress range(String range) {
		return new IPAddressString(range).getAddress().toPrefixBlock();
	}

	private record Block(IPAddress range, Phrase what, boolean inside) {
	}

}
