package vn.mttq.giamsat.support.web.guard;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a query string alone, decoded as strict percent-encoded UTF-8: what
 * the guard checks on a request whose body it must not read (a multipart upload, which
 * the container would otherwise parse whole to answer {@code getParameterMap()}).
 */
final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * Decodes a query string.
	 * @param query the raw query string, or {@code null}
	 * @param max the most parameters read; one more is returned when there are more
	 * @return each name with its values, in order
	 * @throws IllegalArgumentException when it is not valid percent-encoded UTF-8
	 */
	static Map<String, String[]> parse(String query, int max) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query != null && !query.isEmpty()) {
			int count = 0;
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				if (++count > max + 1) {
					break;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
				String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> result = new LinkedHashMap<>();
		parameters.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
		return result;
	}

	private static String decode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					throw new IllegalArgumentException("A percent sign must be followed by two hexadecimal digits");
				}
				int high = Character.digit(text.charAt(i + 1), 16);
				int low = Character.digit(text.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					throw new IllegalArgumentException("A percent sign must be followed by two hexadecimal digits");
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("Not UTF-8", ex);
		}
	}

}
