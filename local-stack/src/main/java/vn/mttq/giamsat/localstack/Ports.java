package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Port helpers for servers that listen on the loopback interface only.
 */
final class Ports {

	static final String HOST = "127.0.0.1";

	private Ports() {
	}

	/**
	 * Returns a port that was free a moment ago. The servers are told this port
	 * explicitly (instead of binding port 0 themselves) so that a restart can bind the
	 * same port again.
	 */
	static int pickFree() {
		try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on " + HOST, ex);
		}
	}

	/**
	 * Fails with a clear message when the port cannot be bound, before a server half
	 * starts and leaves threads behind.
	 * @param port the port to check
	 * @param what what the port is for, used in the message
	 * @throws PortInUseException if the port is taken
	 */
	static void requireFree(int port, String what) {
		try (ServerSocket socket = new ServerSocket()) {
			// Same as the JDK default for server sockets on Linux, which the real servers
			// use: a port with connections left in TIME_WAIT counts as free.
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(loopback(), port), 1);
		}
		catch (IOException ex) {
			throw new PortInUseException(port, what, ex);
		}
	}

	private static InetAddress loopback() {
		try {
			return InetAddress.getByName(HOST);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
