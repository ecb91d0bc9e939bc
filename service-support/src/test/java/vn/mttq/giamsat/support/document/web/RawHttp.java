package vn.mttq.giamsat.support.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request over a plain socket, as a client that declares a length it will not
 * send, or chunks its body, and reads the one answer.
 */
final class RawHttp {

	private RawHttp() {
	}

	static String send(int port, String head, byte[] body, boolean chunked) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			try {
				for (int offset = 0; offset < body.length; offset += 8192) {
					int length = Math.min(8192, body.length - offset);
					if (chunked) {
						out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					}
					out.write(body, offset, length);
					if (chunked) {
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
				}
				if (chunked) {
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed before the whole body was sent.
			}
			return answer(socket.getInputStream());
		}
	}

	/**
	 * Reads one answer, its head and its body, without waiting for the connection to
	 * close: the server may still wait for the rest of a body it refused.
	 */
	private static String answer(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				return head.toString();
			}
			head.append((char) b);
		}
		String lower = head.toString().toLowerCase(Locale.ROOT);
		if (lower.contains("transfer-encoding: chunked")) {
			StringBuilder body = new StringBuilder();
			for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
				body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
				in.readNBytes(2);
			}
			return head + body.toString();
		}
		int at = lower.indexOf("content-length: ");
		if (at < 0) {
			return head + new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int length = Integer.parseInt(lower.substring(at + 16, lower.indexOf('\r', at)));
		return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	private static int chunkSize(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			line.append((char) b);
		}
		String hex = line.toString().trim();
		return hex.isEmpty() ? 0 : Integer.parseInt(hex, 16);
	}

}
