package vn.edu2030.common;

import java.text.Normalizer;
import java.util.Locale;

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
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return nfc.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
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
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (c == 'đ' || c == 'Đ') {
				c = 'd';
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
			}
			else if (c != '\'' && c != '\u2019' && c != '\u02BC') {
				out.append(' ');
			}
			// apostrophes are dropped: "H' Drai" = "H'Drai" = "HDrai"; other punctuation
			// separates words
		}
		return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
