package vn.edu2030.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.edu2030.TestHomes;
import vn.edu2030.common.CsvReader;
import vn.edu2030.common.VietnameseText;

/**
 * Reads a generated sample back with simple parsing of its own — CsvReader for the CSVs,
 * java.util.zip and StAX for the workbooks — and knows nothing of the generator's model:
 * only the files, the reference data and the feed contract. The generated province sample
 * is made once per test JVM.
 */
final class SampleFiles {

	static final Path REFERENCE = Path.of("..", "data", "reference");

	private static Path sample;

	private SampleFiles() {
	}

	/** The province sample, generated once with the default seed. */
	static synchronized Path provinceSample() {
		if (sample == null) {
			sample = TestHomes.create("generate").resolve("incoming");
			generate(new GenerateOptions(sample, GenerateOptions.Scale.PROVINCE, GenerateOptions.DEFAULT_SEED, 0));
		}
		return sample;
	}

	static void generate(GenerateOptions options) {
		try {
			SampleGenerator.generate(options, new vn.edu2030.reference.ReferenceFiles(null),
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A reference CSV as rows of column → value. */
	static List<Map<String, String>> reference(String name) {
		try (InputStream in = Files.newInputStream(REFERENCE.resolve(name));
				CsvReader csv = new CsvReader(in, ',', name)) {
			return rows(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Map<String, String>> csv(Path file, char delimiter) {
		try (InputStream in = Files.newInputStream(file);
				CsvReader csv = new CsvReader(in, delimiter, file.toString())) {
			return rows(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Map<String, String>> rows(CsvReader csv) throws IOException {
		List<Map<String, String>> out = new ArrayList<>();
		CsvReader.Row header = csv.next();
		CsvReader.Row row;
		while ((row = csv.next()) != null) {
			Map<String, String> m = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				m.put(header.get(i), row.get(i) == null ? "" : row.get(i));
			}
			m.put("#line", String.valueOf(row.line()));
			out.add(m);
		}
		return out;
	}

	static List<Path> files(Path dir, String glob) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The units of the reference data that feed rows are matched against. */
	static final class Units {

		final Map<String, String> districtOfCommune = new HashMap<>();

		final Map<String, String> kontumDistrictByFoldedName = new HashMap<>();

		final Map<String, Set<String>> kontumCommunesByDistrict = new HashMap<>();

		final Map<String, String> indicatorBySynonym = new HashMap<>();

		final Set<String> indicators = new HashSet<>();

		Units() {
			for (Map<String, String> r : reference("qn_old_to_new_commune_map.csv")) {
				if (!r.get("old_code").isEmpty()) {
					districtOfCommune.put(r.get("old_code"), r.get("old_district_code"));
				}
				if (r.get("old_province_code").equals("62")) {
					String district = r.get("old_district_name")
						.replace("''", "'")
						.replaceFirst("^(Huyện|Thành phố) ", "");
					kontumDistrictByFoldedName.put(VietnameseText.fold(district), r.get("old_district_code"));
					kontumCommunesByDistrict.computeIfAbsent(r.get("old_district_code"), k -> new HashSet<>())
						.add(VietnameseText.fold(r.get("old_full_name").replaceFirst("^(Xã|Phường|Thị trấn) ", "")));
				}
			}
			for (Map<String, String> r : reference("indicator_synonyms.csv")) {
				indicatorBySynonym.put(VietnameseText.fold(r.get("synonym_vi")), r.get("indicator_code"));
			}
			for (Map<String, String> r : reference("indicators.csv")) {
				indicators.add(r.get("indicator_code"));
			}
		}

		String indicator(String chiTieu) {
			return indicators.contains(chiTieu) ? chiTieu : indicatorBySynonym.get(VietnameseText.fold(chiTieu));
		}

		private static final Map<String, String> DISAGGREGATIONS = new java.util.concurrent.ConcurrentHashMap<>();

		static String disaggregation(String phanTo) {
			return DISAGGREGATIONS.computeIfAbsent(phanTo, Units::disaggregationOf);
		}

		private static String disaggregationOf(String phanTo) {
			return switch (VietnameseText.fold(phanTo)) {
				case "tat ca", "all" -> "all";
				case "dtts", "dan toc thieu so", "ethnic minority" -> "ethnic_minority";
				case "nu", "female" -> "female";
				case "cong lap", "public" -> "public";
				case "ngoai cong lap", "private" -> "private";
				default -> "?";
			};
		}

	}

	/** One accepted row of feed 1. */
	record QnRow(String file, long line, int year, String commune, String indicator, String disaggregation,
			Double numerator, Double denominator, Double value) {

	}

	record Reject(String file, long line, String reason) {

	}

	static final Pattern QN_NAME = Pattern.compile("qn_(\\d{4})-(\\d{4})_(\\d{8})\\.csv");

	/**
	 * Feed 1 with the contract's reject rules applied: unknown unit or indicator or
	 * disaggregation, unparseable number, negative count, numerator above denominator,
	 * the same key twice (the later one is refused).
	 */
	static List<QnRow> readQuangNgai(Path file, Units units, List<Reject> rejects) {
		Matcher m = QN_NAME.matcher(file.getFileName().toString());
		if (!m.matches()) {
			throw new IllegalArgumentException(file.toString());
		}
		int year = Integer.parseInt(m.group(1));
		String name = file.getParent().getFileName() + "/" + file.getFileName();
		List<QnRow> out = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (Map<String, String> r : csv(file, ';')) {
			long line = Long.parseLong(r.get("#line"));
			String commune = r.get("ma_xa");
			String indicator = units.indicator(r.get("chi_tieu"));
			String disaggregation = Units.disaggregation(r.get("phan_to"));
			Double num;
			Double den;
			Double value;
			try {
				num = vietnamese(r.get("tu_so"));
				den = vietnamese(r.get("mau_so"));
				value = vietnamese(r.get("gia_tri"));
			}
			catch (NumberFormatException ex) {
				rejects.add(new Reject(name, line, "unparseable_number"));
				continue;
			}
			if (!units.districtOfCommune.containsKey(commune)) {
				rejects.add(new Reject(name, line, "unknown_unit"));
				continue;
			}
			if (indicator == null || disaggregation.equals("?")) {
				rejects.add(new Reject(name, line, "unknown_indicator"));
				continue;
			}
			if (!keys.add(commune + "|" + indicator + "|" + disaggregation)) {
				rejects.add(new Reject(name, line, "duplicate_key"));
				continue;
			}
			if ((num != null && num < 0) || (den != null && den < 0) || (num == null && value != null && value < 0)) {
				rejects.add(new Reject(name, line, "negative_count"));
				continue;
			}
			if (num != null && den != null && num > den) {
				rejects.add(new Reject(name, line, "numerator_above_denominator"));
				continue;
			}
			out.add(new QnRow(name, line, year, commune, indicator, disaggregation, num, den, value));
		}
		return out;
	}

	/** A feed-1 file read once per test JVM: its accepted rows and its rejects. */
	record Parsed(List<QnRow> rows, List<Reject> rejects) {

	}

	private static final Map<Path, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

	private static final Map<Path, List<Sheet>> WORKBOOKS = new java.util.concurrent.ConcurrentHashMap<>();

	static Parsed quangNgai(Path file) {
		return PARSED.computeIfAbsent(file.toAbsolutePath().normalize(), p -> {
			List<Reject> rejects = new ArrayList<>();
			List<QnRow> rows = readQuangNgai(p, new Units(), rejects);
			return new Parsed(List.copyOf(rows), List.copyOf(rejects));
		});
	}

	static List<Sheet> workbook(Path file) {
		return WORKBOOKS.computeIfAbsent(file.toAbsolutePath().normalize(), SampleFiles::readWorkbook);
	}

	private static final Pattern VIETNAMESE_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?");

	/** "1.234" → 1234, "38,50" → 38.5, "" → null. */
	static Double vietnamese(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return null;
		}
		if (!VIETNAMESE_NUMBER.matcher(t).matches()) {
			throw new NumberFormatException(t);
		}
		return Double.valueOf(t.replace(".", "").replace(',', '.'));
	}

	/** The latest delivery of each school year of feed 1. */
	static Map<Integer, Path> latestQuangNgai(Path sample) {
		Map<Integer, Path> latest = new TreeMap<>();
		for (Path p : files(sample.resolve("former-quang-ngai"), "qn_*.csv")) {
			Matcher m = QN_NAME.matcher(p.getFileName().toString());
			m.matches();
			latest.merge(Integer.parseInt(m.group(1)), p,
					(a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()) > 0 ? a : b);
		}
		return latest;
	}

	/** One sheet of a workbook: rows of (0-based column → text or number). */
	record Sheet(String name, List<Map<Integer, Object>> rows, List<String> merges) {

	}

	static XMLInputFactory stax() {
		XMLInputFactory f = XMLInputFactory.newInstance();
		f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return f;
	}

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** Reads a workbook: sheets in workbook order, via the relationships. */
	static List<Sheet> readWorkbook(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> strings = new ArrayList<>();
			ZipEntry sst = zip.getEntry("xl/sharedStrings.xml");
			if (sst != null) {
				XMLStreamReader r = stax().createXMLStreamReader(zip.getInputStream(sst), "UTF-8");
				StringBuilder current = null;
				while (r.hasNext()) {
					int e = r.next();
					if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
						current = new StringBuilder();
					}
					else if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && current != null) {
						current.append(r.getElementText());
					}
					else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
						strings.add(current.toString());
						current = null;
					}
				}
			}
			Map<String, String> targets = new HashMap<>();
			XMLStreamReader rels = stax()
				.createXMLStreamReader(zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels")), "UTF-8");
			while (rels.hasNext()) {
				if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")) {
					targets.put(rels.getAttributeValue(null, "Id"), "xl/" + rels.getAttributeValue(null, "Target"));
				}
			}
			List<String[]> sheets = new ArrayList<>();
			XMLStreamReader wb = stax().createXMLStreamReader(zip.getInputStream(zip.getEntry("xl/workbook.xml")),
					"UTF-8");
			while (wb.hasNext()) {
				if (wb.next() == XMLStreamConstants.START_ELEMENT && wb.getLocalName().equals("sheet")) {
					sheets.add(new String[] { wb.getAttributeValue(null, "name"),
							targets.get(wb.getAttributeValue(REL, "id")) });
				}
			}
			List<Sheet> out = new ArrayList<>();
			for (String[] s : sheets) {
				out.add(readSheet(zip, s[0], s[1], strings));
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
		}
	}

	private static Sheet readSheet(ZipFile zip, String name, String part, List<String> strings)
			throws IOException, XMLStreamException {
		XMLStreamReader r = stax().createXMLStreamReader(zip.getInputStream(zip.getEntry(part)), "UTF-8");
		List<Map<Integer, Object>> rows = new ArrayList<>();
		List<String> merges = new ArrayList<>();
		Map<Integer, Object> row = null;
		String ref = null;
		String type = null;
		while (r.hasNext()) {
			int e = r.next();
			if (e == XMLStreamConstants.START_ELEMENT) {
				switch (r.getLocalName()) {
					case "row" -> {
						int number = Integer.parseInt(r.getAttributeValue(null, "r"));
						while (rows.size() < number) {
							rows.add(new TreeMap<>());
						}
						row = rows.get(number - 1);
					}
					case "c" -> {
						ref = r.getAttributeValue(null, "r");
						type = r.getAttributeValue(null, "t");
					}
					case "v" -> {
						String v = r.getElementText();
						row.put(column(ref), "s".equals(type) ? strings.get(Integer.parseInt(v)) : Double.valueOf(v));
					}
					case "mergeCell" -> merges.add(r.getAttributeValue(null, "ref"));
					default -> {
					}
				}
			}
		}
		return new Sheet(name, rows, merges);
	}

	static int column(String cellRef) {
		int n = 0;
		for (char c : cellRef.toCharArray()) {
			if (c < 'A' || c > 'Z') {
				break;
			}
			n = n * 26 + (c - 'A' + 1);
		}
		return n - 1;
	}

	/**
	 * Sums of feed components by scope × year × indicator × disaggregation × component.
	 */
	static final class Sums {

		private final Map<String, Double> sums = new HashMap<>();

		void add(List<String> scopes, int year, String indicator, String disaggregation, String component, Double v) {
			if (v == null) {
				return;
			}
			for (String scope : scopes) {
				sums.merge(String.join("|", scope, String.valueOf(year), indicator, disaggregation, component), v,
						Double::sum);
			}
		}

		double get(String scope, int year, String indicator, String disaggregation, String component) {
			return sums
				.getOrDefault(String.join("|", scope, String.valueOf(year), indicator, disaggregation, component), 0.0);
		}

	}

	/**
	 * Every figure of a sample, summed by former province, former district and new
	 * province.
	 */
	static Sums sums(Path sample) {
		Units units = new Units();
		Sums sums = new Sums();
		for (var entry : latestQuangNgai(sample).entrySet()) {
			for (QnRow r : quangNgai(entry.getValue()).rows()) {
				List<String> scopes = List.of("former-province-51",
						"former-district-" + units.districtOfCommune.get(r.commune()));
				if (r.numerator() != null || r.denominator() != null) {
					sums.add(scopes, r.year(), r.indicator(), r.disaggregation(), "numerator", r.numerator());
					sums.add(scopes, r.year(), r.indicator(), r.disaggregation(), "denominator", r.denominator());
				}
				else {
					sums.add(scopes, r.year(), r.indicator(), r.disaggregation(), "value", r.value());
				}
			}
		}
		List<Map<String, String>> columns = reference("feed_columns_kon_tum.csv");
		for (Path p : files(sample.resolve("former-kon-tum"), "kt_*.xlsx")) {
			int year = Integer.parseInt(p.getFileName().toString().substring(3, 7));
			for (Sheet sheet : workbook(p)) {
				Map<Integer, String[]> header = new TreeMap<>();
				String group = null;
				for (var cell : sheet.rows().get(1).entrySet()) {
					if (cell.getKey() < 3) {
						continue;
					}
					Object top = sheet.rows().get(0).get(cell.getKey());
					group = top != null ? (String) top : group;
					header.put(cell.getKey(), new String[] { group, (String) cell.getValue() });
				}
				for (Map<Integer, Object> row : sheet.rows().subList(2, sheet.rows().size())) {
					String district = units.kontumDistrictByFoldedName.get(VietnameseText.fold((String) row.get(1)));
					List<String> scopes = List.of("former-province-62", "former-district-" + district);
					for (var h : header.entrySet()) {
						Object v = row.get(h.getKey());
						if (!(v instanceof Double d)) {
							continue;
						}
						for (Map<String, String> c : columns) {
							if (c.get("sheet").equals(sheet.name()) && c.get("group_header").equals(h.getValue()[0])
									&& c.get("sub_header").equals(h.getValue()[1])) {
								sums.add(scopes, year, c.get("indicator_code"), c.get("disaggregation_code"),
										c.get("component"), d);
							}
						}
					}
				}
			}
		}
		for (Path p : files(sample.resolve("quang-ngai"), "qng_*.csv")) {
			for (Map<String, String> r : csv(p, ',')) {
				sums.add(List.of("new-province-51"), Integer.parseInt(r.get("school_year").substring(0, 4)),
						r.get("indicator_code"), r.get("disaggregation"), r.get("component"),
						Double.valueOf(r.get("amount")));
			}
		}
		return sums;
	}

}
