package vn.edu2030.common;

import java.text.Normalizer;

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

}
