package vn.mttq.giamsat.supervision.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import org.springframework.core.io.ClassPathResource;

/**
 * Liberation Serif 2 (SIL OFL 1.1, {@code fonts/LICENSE-LiberationSerif.txt}), metric
 * compatible with Times New Roman, loaded once from the classpath and embedded with
 * Identity-H encoding: a PDF built on it needs no font installed where it is opened.
 */
final class Fonts {

	private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");

	private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");

	private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");

	private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

	private Fonts() {
	}

	static Font of(Style style) {
		BaseFont face = style.bold() ? (style.italic() ? BOLD_ITALIC : BOLD) : (style.italic() ? ITALIC : REGULAR);
		return new Font(face, style.size());
	}

	private static BaseFont load(String file) {
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + file + " is missing from the classpath", ex);
		}
	}

}
