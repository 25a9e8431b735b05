package vn.edu2030.common;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

	@Test
	void bomQuotesSemicolonsAndLineNumbers() throws Exception {
		String text = "\uFEFFma_xa;ten;gia_tri\r\n21211;\"Tịnh Khê; xã\";38,5\n\n21172;\"Trương \"\"Quang\"\" Trọng\";\"a\nb\"\n21034;An Phú;";
		List<CsvReader.Row> rows = read(text, ';');
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).fields()).containsExactly("ma_xa", "ten", "gia_tri");
		assertThat(rows.get(1).fields()).containsExactly("21211", "Tịnh Khê; xã", "38,5");
		assertThat(rows.get(1).line()).isEqualTo(2);
		assertThat(rows.get(2).fields()).containsExactly("21172", "Trương \"Quang\" Trọng", "a\nb");
		assertThat(rows.get(2).line()).isEqualTo(4);
		assertThat(rows.get(3).line()).isEqualTo(6);
		assertThat(rows.get(3).fields()).containsExactly("21034", "An Phú", "");
		assertThat(rows.get(3).raw()).isEqualTo("21034;An Phú;");
	}

	@Test
	void truncatedQuotedFieldIsAnErrorWithItsLine() {
		assertThatThrownBy(() -> read("a,b\n1,\"never closed\n2,3\n", ','))
			.isInstanceOf(CsvReader.CsvFormatException.class)
			.hasMessageContaining("test.csv line 2")
			.hasMessageContaining("unterminated");
	}

	@Test
	void wrongEncodingIsAnErrorWithItsLine() {
		byte[] latin1 = "a,b\n1,Ph\u00fa\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> read(latin1, ',')).isInstanceOf(CsvReader.CsvFormatException.class)
			.hasMessageContaining("test.csv line 2: not valid UTF-8 at a byte sequence starting 0xFA");
		// Far into the file, beyond any read-ahead buffer; a quoted line break counts.
		byte[] good = ("a,b\n\"x\ny\",\"Đắk 😀\"\n" + "1,Phú\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
		byte[] bad = "2,Ph\u00fa\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = java.util.Arrays.copyOf(good, good.length + bad.length);
		System.arraycopy(bad, 0, file, good.length, bad.length);
		assertThatThrownBy(() -> read(file, ',')).hasMessageContaining("test.csv line 20004: not valid UTF-8");
	}

	@Test
	void strictUtf8() throws Exception {
		List<CsvReader.Row> rows = read("\uFEFFa,b\nĐắk Glei,😀 x\n", ',');
		assertThat(rows.get(1).fields()).containsExactly("Đắk Glei", "😀 x");
		// overlong '/', an encoded surrogate, above U+10FFFF, a lone continuation byte,
		// cut short
		for (byte[] bad : new byte[][] { { 'a', (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0x80 },
				{ 'a', (byte) 0xE1, (byte) 0x80 } }) {
			assertThatThrownBy(() -> read(bad, ',')).hasMessageContaining("test.csv line 1: not valid UTF-8");
		}
	}

	private static List<CsvReader.Row> read(String text, char delimiter) throws Exception {
		return read(text.getBytes(StandardCharsets.UTF_8), delimiter);
	}

	private static List<CsvReader.Row> read(byte[] bytes, char delimiter) throws Exception {
		List<CsvReader.Row> rows = new ArrayList<>();
		try (CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes), delimiter, "test.csv")) {
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				rows.add(row);
			}
		}
		return rows;
	}

}
