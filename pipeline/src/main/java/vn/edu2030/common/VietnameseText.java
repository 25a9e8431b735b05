package vn.edu2030.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vietnamese text rules of the warehouse: text is stored as NFC with its diacritics;
 * names are matched on a folded form that ignores diacritics, case, spacing and the
 * common spelling variants of the feeds (Đắk/Đăk, NFD input, stray apostrophes,
 * punctuation).
 */
public final class VietnameseText {

	private VietnameseText() {
	}

	/** NFC with collapsed whitespace; null stays null. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		return singleSpaced(nfc) ? nfc : nfc.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
	}

	/** Canonical decompositions of single characters, as they are met. */
	private static final ConcurrentHashMap<Character, String> DECOMPOSITIONS = new ConcurrentHashMap<>();

	private static String decomposition(char c) {
		return DECOMPOSITIONS.computeIfAbsent(c, k -> Normalizer.normalize(String.valueOf(k), Normalizer.Form.NFD));
	}

	/**
	 * True when the text has no white space but single ' ' between words (the common
	 * case, that {@link #clean} leaves as it is).
	 */
	private static boolean singleSpaced(String text) {
		char previous = ' ';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' ? previous == ' ' : c == '\u00A0' || Character.isWhitespace(c)) {
				return false;
			}
			previous = c;
		}
		return previous != ' ' || text.isEmpty();
	}

	/**
	 * Matching key: no diacritics, lower case, đ → d, apostrophes and punctuation
	 * dropped, single spaces. "Đắk Glei", "Đăk Glei", "DAK GLEI" and an NFD "Đắk Glei"
	 * fold to the same key.
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		boolean surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
		// Marks are dropped, so their order does not matter: each character can be
		// decomposed alone (and its decomposition kept), but for surrogate pairs.
		String decomposed = surrogates ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char original = decomposed.charAt(i);
			String parts = surrogates || original < 0xC0 ? null : decomposition(original);
			for (int j = 0; j < (parts == null ? 1 : parts.length()); j++) {
				char c = parts == null ? original : parts.charAt(j);
				if (Character.getType(c) == Character.NON_SPACING_MARK) {
					continue;
				}
				if (c == 'đ' || c == 'Đ') {
					c = 'd';
				}
				if (Character.isLetterOrDigit(c)) {
					out.append(Character.toLowerCase(c));
				}
				else if (c != '\'' && c != '\u2019' && c != '\u02BC' && !out.isEmpty()
						&& out.charAt(out.length() - 1) != ' ') {
					// one space between words, none at the start
					out.append(' ');
				}
				// apostrophes are dropped: "H' Drai" = "H'Drai" = "HDrai"; other
				// punctuation separates words
			}
		}
		if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
			out.setLength(out.length() - 1);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

}
