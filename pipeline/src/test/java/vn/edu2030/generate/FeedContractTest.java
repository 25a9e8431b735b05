package vn.edu2030.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.edu2030.common.SchoolYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample follows the feed contract (data/incoming/README.md): file names, encodings,
 * separators, headers, number formats, sheets and columns.
 */
class FeedContractTest {

	static final Pattern CODE = Pattern.compile("\\d{5}");

	/** Vietnamese numbers: '.' thousands, ',' decimals; 'n/a' is a planted fault. */
	static final Pattern NUMBER = Pattern.compile("|n/a|-?\\d{1,3}(\\.\\d{3})*(,\\d{2})?");

	static final Path SAMPLE = SampleFiles.provinceSample();

	@Test
	void formerQuangNgaiCsvs() throws IOException {
		List<Path> files = SampleFiles.files(SAMPLE.resolve("former-quang-ngai"), "*");
		assertThat(files).hasSize(11)
			.allSatisfy(
					p -> assertThat(p.getFileName().toString()).matches("qn_(20(1[5-9]|2[0-4]))-\\d{4}_\\d{8}\\.csv"));
		for (Path p : files) {
			byte[] bytes = Files.readAllBytes(p);
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			assertThat(text.lines().findFirst()).hasValue("nam_hoc;ma_xa;ten_xa;chi_tieu;phan_to;tu_so;mau_so;gia_tri");
			assertThat(text).contains("\r\n");
			int year = Integer.parseInt(p.getFileName().toString().substring(3, 7));
			Set<Integer> communes = new TreeSet<>();
			List<String> wrong = new ArrayList<>();
			for (Map<String, String> r : SampleFiles.csv(p, ';')) {
				boolean ok = r.size() == 9 && SchoolYear.parse(r.get("nam_hoc")).startYear() == year
						&& CODE.matcher(r.get("ma_xa")).matches();
				for (String column : List.of("tu_so", "mau_so", "gia_tri")) {
					ok &= NUMBER.matcher(r.get(column)).matches();
				}
				if (!ok) {
					wrong.add(p.getFileName() + ":" + r.get("#line") + " " + r);
				}
				communes.add(Integer.valueOf(r.get("ma_xa")));
			}
			assertThat(wrong).isEmpty();
			// Every former Quảng Ngãi commune (Lý Sơn has none), plus the planted unknown
			// code.
			assertThat(communes.stream().filter(c -> c != 21999)).hasSize(170);
		}
		String all = Files.readString(files.get(0), StandardCharsets.UTF_8);
		assertThat(all).containsPattern(";\\d{1,3}\\.\\d{3};").containsPattern(";\\d+,\\d{2}\\r\\n");
	}

	@Test
	void formerKonTumWorkbooks() {
		List<Path> files = SampleFiles.files(SAMPLE.resolve("former-kon-tum"), "*");
		assertThat(files).hasSize(10)
			.allSatisfy(
					p -> assertThat(p.getFileName().toString()).matches("kt_(20(1[5-9]|2[0-4]))-\\d{4}_\\d{8}\\.xlsx"));
		List<Map<String, String>> columns = SampleFiles.reference("feed_columns_kon_tum.csv");
		for (Path p : files) {
			var sheets = SampleFiles.workbook(p);
			assertThat(sheets).extracting(SampleFiles.Sheet::name)
				.containsExactly("Mầm non", "Tiểu học", "THCS", "THPT");
			for (var sheet : sheets) {
				var top = sheet.rows().get(0);
				var sub = sheet.rows().get(1);
				assertThat(List.of(top.get(0), top.get(1), top.get(2))).containsExactly("STT", "Huyện", "Xã");
				Set<String> expected = new java.util.LinkedHashSet<>();
				columns.stream()
					.filter(c -> c.get("sheet").equals(sheet.name()))
					.forEach(c -> expected.add(c.get("group_header") + "|" + c.get("sub_header")));
				Set<String> actual = new java.util.LinkedHashSet<>();
				String group = null;
				for (var cell : sub.entrySet()) {
					group = top.get(cell.getKey()) != null ? (String) top.get(cell.getKey()) : group;
					actual.add(group + "|" + cell.getValue());
				}
				assertThat(actual).containsExactlyElementsOf(expected);
				assertThat(sheet.rows()).hasSize(2 + 102);
				assertThat(sheet.merges()).contains("A1:A2", "B1:B2", "C1:C2").hasSizeGreaterThan(3);
			}
		}
	}

	@Test
	void mergedProvinceFeed() throws IOException {
		List<Path> files = SampleFiles.files(SAMPLE.resolve("quang-ngai"), "*");
		assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("qng_2025-2026_20251015.csv");
		byte[] bytes = Files.readAllBytes(files.get(0));
		assertThat(bytes[0]).isEqualTo((byte) 's');
		String header = new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertThat(header).isEqualTo(
				"school_year,commune_code,school_code,school_name,school_level,ownership,indicator_code,disaggregation,component,amount");
		Set<String> communes = new TreeSet<>();
		SampleFiles.reference("qn_new_commune_units_2025.csv").forEach(r -> communes.add(r.get("new_code")));
		Set<String> seen = new TreeSet<>();
		for (Map<String, String> r : SampleFiles.csv(files.get(0), ',')) {
			assertThat(r.get("school_year")).isEqualTo("2025-2026");
			assertThat(communes).contains(r.get("commune_code"));
			seen.add(r.get("commune_code"));
			assertThat(r.get("component")).isIn("numerator", "denominator", "value");
			assertThat(r.get("amount")).matches("\\d+");
			if (r.get("school_code").isEmpty()) {
				assertThat(r.get("component")).isEqualTo("denominator");
			}
			else {
				assertThat(r.get("school_level")).isIn("preschool", "primary", "lower_secondary",
						"primary_lower_secondary", "upper_secondary", "multi_level");
				assertThat(r.get("ownership")).isIn("public", "private");
				assertThat(r.get("school_name")).startsWith("Trường ");
			}
		}
		assertThat(seen).isEqualTo(communes);
	}

}
