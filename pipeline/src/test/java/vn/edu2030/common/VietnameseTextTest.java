package vn.edu2030.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void spellingVariantsFoldToOneKey() {
		String key = VietnameseText.fold("Đắk Glei");
		assertThat(VietnameseText.fold("Đăk Glei")).isEqualTo(key);
		assertThat(VietnameseText.fold("DAK GLEI")).isEqualTo(key);
		assertThat(VietnameseText.fold("Dak  Glei ")).isEqualTo(key);
		assertThat(VietnameseText.fold(Normalizer.normalize("Đắk Glei", Normalizer.Form.NFD))).isEqualTo(key);
		assertThat(key).isEqualTo("dak glei");
		assertThat(VietnameseText.fold("Ia H' Drai"))
			.isEqualTo(VietnameseText.fold("Ia H'Drai").replace("hdrai", "h drai"));
		assertThat(VietnameseText.fold("Tịnh Ấn Tây")).isEqualTo("tinh an tay");
	}

	@Test
	void cleanStoresNfcWithSingleSpaces() {
		String nfd = Normalizer.normalize("Xã  Tịnh\u00A0Khê ", Normalizer.Form.NFD);
		String clean = VietnameseText.clean(nfd);
		assertThat(clean).isEqualTo("Xã Tịnh Khê");
		assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
		assertThat(VietnameseText.clean(null)).isNull();
	}

	/**
	 * The loops of clean and fold give what their definition with regular expressions
	 * gives, on tricky and on random texts of spaces, marks, punctuation and letters.
	 */
	@Test
	void cleanAndFoldMatchTheirDefinition() {
		List<String> texts = new ArrayList<>(List.of("", " ", "  ", "a", " a", "a ", "a  b", "a\tb", "a\u00A0b",
				"\u2003a", "a\u3000", "Trường  Mầm non ", "H' Drai", "'Đắk", "x'", "-a-", "İstanbul", "Ⅻ",
				"\uD834\uDD5E a", "a\uD834", "Ǖ\u0301x", "가", Normalizer.normalize("Đắk Glei", Normalizer.Form.NFD)));
		String alphabet = " \t\u00A0\u2003'\u2019-.,aĐđắẮ\u0301\u0323\u0F39İ1Ⅻ\n\uD834\uDD5EǕ가ÀÅ";
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder b = new StringBuilder();
			for (int n = random.nextInt(8); n > 0; n--) {
				b.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(b.toString());
		}
		for (String t : texts) {
			String nfc = Normalizer.normalize(t, Normalizer.Form.NFC);
			assertThat(VietnameseText.clean(t)).as("clean '%s'", t)
				.isEqualTo(nfc.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
			StringBuilder folded = new StringBuilder();
			for (char c : Normalizer.normalize(t, Normalizer.Form.NFD).toCharArray()) {
				if (Character.getType(c) == Character.NON_SPACING_MARK) {
					continue;
				}
				c = c == 'đ' || c == 'Đ' ? 'd' : c;
				if (Character.isLetterOrDigit(c)) {
					folded.append(Character.toLowerCase(c));
				}
				else if (c != '\'' && c != '\u2019' && c != '\u02BC') {
					folded.append(' ');
				}
			}
			assertThat(VietnameseText.fold(t)).as("fold '%s'", t)
				.isEqualTo(folded.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
		}
	}

}
