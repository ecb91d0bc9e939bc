package vn.mttq.giamsat.support.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Hands the application request parameters (query string and form fields) in NFC: the
 * request is wrapped so that every {@code getParameter*} method answers normalized names
 * and values. The parameters are read from the container only when first asked for, as
 * they would be without the wrapper.
 *
 * @see UnicodeNormalization
 */
public class UnicodeNormalizingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new NfcParametersRequest(request), response);
	}

	/**
	 * Path variables in NFC: Spring MVC decodes them from the request path into a request
	 * attribute after the filters have run and before the handler's arguments are
	 * resolved; this interceptor replaces that attribute with normalized values.
	 */
	public static class PathVariables implements HandlerInterceptor {

		@Override
		@SuppressWarnings("unchecked")
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
				request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
						UnicodeNormalization.nfcValues((Map<String, String>) map));
			}
			return true;
		}

	}

	/**
	 * A request whose parameters are in NFC.
	 */
	static final class NfcParametersRequest extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		NfcParametersRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(UnicodeNormalization.nfc(name));
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(UnicodeNormalization.nfc(name));
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> normalized = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] nfcValues = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						nfcValues[i] = UnicodeNormalization.nfc(values[i]);
					}
					// Two spellings of one name become one parameter with all the values.
					normalized.merge(UnicodeNormalization.nfc(name), nfcValues, NfcParametersRequest::concat);
				});
				this.parameters = Collections.unmodifiableMap(normalized);
			}
			return this.parameters;
		}

		private static String[] concat(String[] first, String[] second) {
			String[] all = new String[first.length + second.length];
			System.arraycopy(first, 0, all, 0, first.length);
			System.arraycopy(second, 0, all, first.length, second.length);
			return all;
		}

	}

}
