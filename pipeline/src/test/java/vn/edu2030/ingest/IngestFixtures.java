package vn.edu2030.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.edu2030.common.CsvReader;

/**
 * Deliveries for the ingest tests, written into a fresh incoming folder: good files of
 * the three feeds, a correction, files with bad records, and files that must be refused
 * whole. Every figure is made up for the test; the units are real.
 */
final class IngestFixtures {

	static final String BOM = "\uFEFF";

	static final String QN_HEADER = "nam_hoc;ma_xa;ten_xa;chi_tieu;phan_to;tu_so;mau_so;gia_tri\n";

	/**
	 * Former Quảng Ngãi communes used by the fixtures (code, name), Trà Bùi (split)
	 * included.
	 */
	static final List<String[]> QN_COMMUNES = new ArrayList<>();

	/** Former Kon Tum communes (district, name). */
	static final List<String[]> KT_COMMUNES = new ArrayList<>();

	static {
		try (var in = Files.newInputStream(Path.of("..", "data", "reference", "qn_old_to_new_commune_map.csv"));
				CsvReader csv = new CsvReader(in, ',', "map")) {
			csv.next();
			CsvReader.Row r;
			while ((r = csv.next()) != null) {
				if (r.get(0).isEmpty()) {
					continue;
				}
				if (r.get(5).equals("51") && QN_COMMUNES.size() < 24 && !r.get(0).equals("21142")) {
					QN_COMMUNES.add(new String[] { r.get(0), r.get(1) });
				}
				if (r.get(5).equals("62") && KT_COMMUNES.size() < 12) {
					KT_COMMUNES.add(new String[] { r.get(4), r.get(1) });
				}
			}
			QN_COMMUNES.add(new String[] { "21142", "Xã Trà Bùi" });
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Nursery enrolment numerator and denominator of the i-th commune: rates differ
	 * between communes.
	 */
	static long nurseryNumerator(int i, int year) {
		return 100 + i + (year - 2022) * 10;
	}

	static long nurseryDenominator(int i) {
		return 300 + 10L * i;
	}

	/**
	 * 25 communes × 5 indicators, Vietnamese number style, some names and synonyms as
	 * feeds write them.
	 */
	static StringBuilder quangNgaiRows(int year, int classesOfFirstCommune) {
		String sy = year + "-" + (year + 1);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < QN_COMMUNES.size(); i++) {
			String code = QN_COMMUNES.get(i)[0];
			String name = QN_COMMUNES.get(i)[1];
			String nurseryName = i % 2 == 0 ? "PRE_NURSERY_ENROL_RATE" : "Tỷ lệ huy động trẻ nhà trẻ";
			b.append(sy + ";" + code + ";" + name + ";" + nurseryName + ";Tất cả;" + nurseryNumerator(i, year) + ";"
					+ nurseryDenominator(i) + ";\n");
			b.append(sy + ";" + code + ";" + name + ";PRE_NURSERY_ENROL_RATE;DTTS;20;100;20,0\n");
			b.append(sy + ";" + code + ";" + name + ";PRE_CLASSES;;;;" + (i == 0 ? classesOfFirstCommune : 8) + "\n");
			b.append(sy + ";" + code + ";" + name + ";PRE_PUPILS;Tất cả;;;1.234\n");
			b.append(sy + ";" + code + ";" + name + ";Tỷ lệ trường TH đạt chuẩn QG;;2;3;\n");
		}
		return b;
	}

	static void write(Path incoming) throws Exception {
		Path qn = Files.createDirectories(incoming.resolve("former-quang-ngai"));
		Path kt = Files.createDirectories(incoming.resolve("former-kon-tum"));
		Path qng = Files.createDirectories(incoming.resolve("quang-ngai"));

		// SY 2022-2023: clean.
		write(qn.resolve("qn_2022-2023_20231015.csv"), BOM + QN_HEADER + quangNgaiRows(2022, 8));

		// SY 2023-2024, first delivery: 125 good facts and 5 bad records (3.8 %: the file
		// loads).
		StringBuilder bad = new StringBuilder();
		bad.append("2023-2024;21010;Phường Lê Hồng Phong;PRE_KINDER_ENROL_RATE;Tất cả;500;400;\n"); // line
																									// 127
		bad.append("2023-2024;99999;Xã Không Có;PRE_CLASSES;;;;5\n"); // line 128
		bad.append("2023-2024;21013;Phường Trần Phú;PRE_TEACHERS;;;;n/a\n"); // line 129
		bad.append("2023-2024;21016;Phường Quảng Phú;PRE_TEACHERS;;;;-3\n"); // line 130
		bad.append("2023-2024;21010;Phường Lê Hồng Phong;PRE_CLASSES;;;;9\n"); // line
																				// 131:
																				// same
																				// key as
																				// line 4
		write(qn.resolve("qn_2023-2024_20241015.csv"), BOM + QN_HEADER + quangNgaiRows(2023, 7) + bad);
		// … and its correction: the first commune has 9 classes, not 7; no bad records.
		write(qn.resolve("qn_2023-2024_20250120.csv"), BOM + QN_HEADER + quangNgaiRows(2023, 9));

		// SY 2021-2022: half of it is wrong: refused whole.
		write(qn.resolve("qn_2021-2022_20221015.csv"), BOM + QN_HEADER
				+ "2021-2022;21010;Phường Lê Hồng Phong;PRE_CLASSES;;;;5\n2021-2022;21013;Phường Trần Phú;PRE_CLASSES;;;;x\n");
		// SY 2020-2021: not UTF-8.
		Files.write(qn.resolve("qn_2020-2021_20211015.csv"),
				(QN_HEADER + "2020-2021;21010;Phường Lê Hồng Phong;PRE_CLASSES;;;;5\n")
					.getBytes(StandardCharsets.ISO_8859_1));
		// SY 2019-2020: cut off in the middle of a line.
		String full = BOM + QN_HEADER + quangNgaiRows(2019, 8);
		write(qn.resolve("qn_2019-2020_20201015.csv"), full.substring(0, full.length() - 7));
		// A file whose name breaks the contract.
		write(qn.resolve("qn_latest.csv"), BOM + QN_HEADER);

		konTumWorkbook().write(kt.resolve("kt_2023-2024_20241020.xlsx"));
		XlsxFixture.entityExpansion(kt.resolve("kt_2022-2023_20231020.xlsx"));
		XlsxFixture.externalEntity(kt.resolve("kt_2021-2022_20221020.xlsx"));
		XlsxFixture.zipBomb(kt.resolve("kt_2020-2021_20211020.xlsx"));
		konTumWorkbook().write(kt.resolve("kt_2019-2020_20201020.xlsx"));
		byte[] whole = Files.readAllBytes(kt.resolve("kt_2019-2020_20201020.xlsx"));
		Files.write(kt.resolve("kt_2019-2020_20201020.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));

		String merged = mergedRows(2025);
		write(qng.resolve("qng_2025-2026_20251015.csv"), merged);
		Path csv2026 = Files.createTempFile("qng", ".csv");
		write(csv2026, mergedRows(2026));
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			s.execute("COPY (SELECT * FROM read_csv('" + csv2026 + "', all_varchar = true)) TO '"
					+ qng.resolve("qng_2026-2027_20261015.parquet") + "' (FORMAT parquet)");
		}
		Files.delete(csv2026);
	}

	/**
	 * Schools of the former Đức Phổ town's new units and of Cà Đam; population rows per
	 * commune.
	 */
	static String mergedRows(int year) {
		String sy = year + "-" + (year + 1);
		StringBuilder b = new StringBuilder("school_year,commune_code,school_code,school_name,school_level,ownership,"
				+ "indicator_code,disaggregation,component,amount\n");
		String[][] schools = { { "21439", "MN-DP-01", "Trường Mầm non Phổ Ninh" },
				{ "21451", "MN-TC-01", "Trường Mầm non Phổ Văn" }, { "21457", "MN-NN-01", "Trường Mầm non Phổ Nhơn" },
				{ "21472", "MN-KC-01", "Trường Mầm non Phổ Khánh" }, { "21478", "MN-SH-01", "Trường Mầm non Phổ Châu" },
				{ "21136", "MN-CD-01", "Trường Mầm non Cà Đam" } };
		for (int i = 0; i < schools.length; i++) {
			String[] s = schools[i];
			String prefix = sy + "," + s[0] + "," + s[1] + "," + s[2] + ",preschool,public,";
			b.append(prefix + "PRE_NATSTD_SCHOOL_RATE,all,numerator," + (i % 2) + "\n");
			b.append(prefix + "PRE_NATSTD_SCHOOL_RATE,all,denominator,1\n");
			b.append(prefix + "PRE_NURSERY_ENROL_RATE,all,numerator," + (40 + i + (year - 2025) * 5) + "\n");
			b.append(sy + "," + s[0] + ",,,,,PRE_NURSERY_ENROL_RATE,all,denominator," + (100 + 10 * i) + "\n");
		}
		return b.toString();
	}

	/**
	 * The Kon Tum workbook: every mapped column, names spelled as the feed spells them.
	 */
	static XlsxFixture konTumWorkbook() throws IOException {
		List<String[]> columns = new ArrayList<>();
		try (var in = Files.newInputStream(Path.of("..", "data", "reference", "feed_columns_kon_tum.csv"));
				CsvReader csv = new CsvReader(in, ',', "columns")) {
			csv.next();
			CsvReader.Row r;
			while ((r = csv.next()) != null) {
				columns.add(r.fields());
			}
		}
		XlsxFixture workbook = new XlsxFixture();
		List<String> sheets = columns.stream().map(c -> c[0]).distinct().toList();
		for (String sheet : sheets) {
			List<String[]> headers = new ArrayList<>();
			for (String[] c : columns) {
				if (c[0].equals(sheet) && headers.stream().noneMatch(h -> h[0].equals(c[1]) && h[1].equals(c[2]))) {
					headers.add(new String[] { c[1], c[2], c[3], c[5] });
				}
			}
			List<Object> row1 = new ArrayList<>(List.of("STT", "Huyện", "Xã"));
			List<Object> row2 = new ArrayList<>(List.of("", "", ""));
			String previousGroup = null;
			for (String[] h : headers) {
				row1.add(h[0].equals(previousGroup) ? null : h[0]);
				previousGroup = h[0];
				row2.add(h[1]);
			}
			List<List<Object>> rows = new ArrayList<>(List.of(row1, row2));
			for (int i = 0; i < KT_COMMUNES.size(); i++) {
				String district = KT_COMMUNES.get(i)[0];
				String name = variant(KT_COMMUNES.get(i)[1], i);
				List<Object> row = new ArrayList<>(List.of(i + 1, district, name));
				for (String[] h : headers) {
					String component = columns.stream()
						.filter(c -> c[0].equals(sheet) && c[1].equals(h[0]) && c[2].equals(h[1]))
						.map(c -> c[5])
						.reduce("", (a, b) -> a + b);
					if (h[2].endsWith("_LEVEL")) {
						row.add(2);
					}
					else if (component.contains("denominator")) {
						row.add(200);
					}
					else if (component.contains("numerator")) {
						row.add(i == 0 ? "150" : 150);
					}
					else {
						row.add(12);
					}
				}
				rows.add(row);
			}
			rows.add(new ArrayList<>(List.of(99, "Huyện Đắk Glei", "Xã Không Có Thật", 5)));
			rows.add(new ArrayList<>(List.of("", "Tổng cộng", "", 999)));
			workbook.sheet(sheet, rows);
		}
		return workbook;
	}

	/**
	 * The spellings of the Kon Tum feed: as listed, NFD, no diacritics, Đắk written Đăk,
	 * upper case.
	 */
	static String variant(String name, int i) {
		return switch (i % 5) {
			case 0 -> name;
			case 1 -> Normalizer.normalize(name, Normalizer.Form.NFD);
			case 2 -> Normalizer.normalize(name, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.replace('Đ', 'D')
				.replace('đ', 'd');
			case 3 -> name.replace("Đắk", "Đăk").replace("Xã ", "");
			default -> name.toUpperCase();
		};
	}

	static void write(Path file, CharSequence text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
