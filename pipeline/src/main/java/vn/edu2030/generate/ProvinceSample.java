package vn.edu2030.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import vn.edu2030.generate.QuangNgaiCsv.Line;
import vn.edu2030.generate.QuangNgaiCsv.Style;
import vn.edu2030.generate.internal.DelimitedWriter;
import vn.edu2030.generate.internal.VietnameseNumbers;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * The province-scale sample (data/incoming): former Quảng Ngãi's CSVs and former Kon
 * Tum's workbooks for SY 2015-2016 … 2024-2025, the merged province's school feed for
 * 2025-2026, calibration.csv and faults.csv. Spellings vary between deliveries the way
 * real ones do, and a handful of impossible rows are planted, each listed in faults.csv.
 */
final class ProvinceSample {

	static final int FIRST_YEAR = 2015;

	static final int LAST_FORMER_YEAR = 2024;

	static final int MERGED_YEAR = 2025;

	/** The year delivered twice: the later file corrects three figures. */
	static final int CORRECTED_YEAR = 2023;

	static final String UNKNOWN_COMMUNE = "21999";

	/** Lý Sơn's share of former Quảng Ngãi (35 of 1,810 preschool classes in 2015). */
	static final double LY_SON_SHARE = 0.019;

	private final ReferenceFiles files;

	private final long seed;

	private final Path out;

	private final PrintStream log;

	private final Faults faults = new Faults();

	ProvinceSample(ReferenceFiles files, long seed, Path out, PrintStream log) {
		this.files = files;
		this.seed = seed;
		this.out = out;
		this.log = log;
	}

	static String qnFile(int year, String date) {
		return "former-quang-ngai/qn_" + year + "-" + (year + 1) + "_" + date + ".csv";
	}

	static String ktFile(int year) {
		return "former-kon-tum/kt_" + year + "-" + (year + 1) + "_" + year + "1105.xlsx";
	}

	static String mergedFile() {
		return "quang-ngai/qng_2025-2026_20251015.csv";
	}

	void generate() throws IOException {
		PublishedFigures pub = new PublishedFigures(files);
		Map<String, Double> districtWeights = new HashMap<>();
		for (var entry : QuangNgaiProfiles.YEARBOOK_DISTRICTS.entrySet()) {
			for (int year : new int[] { 2015, 2016 }) {
				districtWeights.merge(entry.getValue(), (double) pub.district(entry.getKey(), year, "total"),
						Double::sum);
			}
		}
		Geography geo = Geography.read(files, seed, districtWeights);
		List<Area> qn = geo.provinces().get("51");
		List<Area> kt = geo.provinces().get("62");
		if (qn.stream().anyMatch(a -> a.code().equals(UNKNOWN_COMMUNE))) {
			throw new IllegalStateException(UNKNOWN_COMMUNE + " is a real commune code; pick another unknown one");
		}
		FigureModel qnModel = new FigureModel(seed, QuangNgaiProfiles.quangNgai(pub));
		FigureModel ktModel = new FigureModel(seed, QuangNgaiProfiles.konTum(pub));
		Map<String, List<String>> synonyms = synonyms();
		List<KonTumWorkbook.Column> columns = KonTumWorkbook.columns(files);

		long qnLines = 0;
		long ktRows = 0;
		for (int year = FIRST_YEAR; year <= LAST_FORMER_YEAR; year++) {
			Figures qnYear = qnModel.compute(qn, year);
			if (year == CORRECTED_YEAR) {
				qnLines += writeQuangNgai(qnYear, year + "1020", synonyms, true);
				qnLines += writeQuangNgai(qnYear, (year + 1) + "0115", synonyms, false);
			}
			else {
				qnLines += writeQuangNgai(qnYear, year + "1020", synonyms, false);
			}
			ktRows += writeKonTum(ktModel.compute(kt, year), columns);
		}

		// 2025-2026: the merged province, per school; Lý Sơn is a unit of its own now.
		List<Area> qnWithLySon = new ArrayList<>(qn);
		qnWithLySon.add(geo.wholeDistrict("536", LY_SON_SHARE));
		Figures qnMerged = qnModel.compute(qnWithLySon, MERGED_YEAR);
		Figures ktMerged = ktModel.compute(kt, MERGED_YEAR);
		Schools schools = new Schools(seed);
		List<Schools.School> all = new ArrayList<>(schools.of(qnMerged, Set.of()));
		all.addAll(schools.of(ktMerged, boardingSchools(ktMerged)));
		Map<String, long[]> population = MergedFeed.populations(qnMerged);
		MergedFeed.populations(ktMerged).forEach(population::put);
		long mergedLines;
		try (DelimitedWriter w = new DelimitedWriter(out.resolve(mergedFile()), ',', false, "\n")) {
			w.write(MergedFeed.HEADER);
			mergedLines = MergedFeed.write(w, "2025-2026", population, all);
		}

		new Calibration(pub).write(out.resolve("calibration.csv"));
		faults.write(out.resolve("faults.csv"));
		log.printf("former Quảng Ngãi: %d files, %,d lines%n", LAST_FORMER_YEAR - FIRST_YEAR + 2, qnLines);
		log.printf("former Kon Tum:    %d workbooks, %,d commune rows per sheet%n", LAST_FORMER_YEAR - FIRST_YEAR + 1,
				ktRows);
		log.printf("Quảng Ngãi (merged) 2025-2026: %,d schools, %,d lines%n", all.size(), mergedLines);
	}

	/**
	 * Spelling of one delivery: the school year written three ways, the ethnic-minority
	 * label as words, abbreviation or code.
	 */
	private static Style style(int year) {
		String sy = switch (year) {
			case 2017 -> "NH " + year + "-" + (year + 1);
			case 2018 -> year + "-" + String.valueOf(year + 1).substring(2);
			default -> year + "-" + (year + 1);
		};
		Map<String, String> labels = switch (year) {
			case 2017, 2019, 2022 -> Style.SHORT;
			case 2020, 2024 -> Style.CODES;
			default -> Style.WORDS;
		};
		// The template printed the rates until 2019-2020.
		return new Style(sy, labels, year <= 2019);
	}

	private long writeQuangNgai(Figures f, String date, Map<String, List<String>> synonyms, boolean early)
			throws IOException {
		int year = f.year();
		String file = qnFile(year, date);
		List<Line> lines = QuangNgaiCsv.lines(f, style(year));
		List<Area> areas = f.areas();

		// One commune a year writes indicators by their Vietnamese names.
		String namedBy = areas.get((year * 37) % areas.size()).code();
		Map<Line, String> synonymLines = new LinkedHashMap<>();
		for (Line line : lines) {
			List<String> names = synonyms.get(line.indicator.indicator());
			if (namedBy.equals(line.areaCode) && names != null) {
				String name = names.get(Math.floorMod(line.areaCode.hashCode() + year, names.size()));
				if (year == 2018) {
					// …in 2018 in capitals without diacritics.
					name = withoutDiacritics(name).toUpperCase(Locale.ROOT);
				}
				line.fields[3] = name;
				synonymLines.put(line, name);
			}
		}

		List<String[]> corrections = new ArrayList<>();
		Map<Line, String[]> planted = new LinkedHashMap<>();
		if (early) {
			// The first delivery of the year has three wrong figures; the later one fixes
			// them.
			Line natstd = first(lines, areas, "524", "PRE_NATSTD_SCHOOL_RATE",
					l -> number(l.fields[5]) < number(l.fields[6]));
			natstd.fields[5] = String.valueOf(number(natstd.fields[5]) + 1);
			natstd.fields[7] = "";
			corrections.add(new String[] { "PRE_NATSTD_SCHOOL_RATE", natstd.areaCode, "tu_so one too high" });
			Line pupils = first(lines, areas, "533", "PRI_PUPILS", l -> true);
			pupils.fields[7] = VietnameseNumbers.integer(number(pupils.fields[7]) + 90);
			corrections.add(new String[] { "PRI_PUPILS", pupils.areaCode, "gia_tri 90 too high" });
			Line teachers = first(lines, areas, "531", "PRE_TEACHERS", l -> true);
			teachers.fields[7] = VietnameseNumbers.integer(number(teachers.fields[7]) + 3);
			corrections.add(new String[] { "PRE_TEACHERS", teachers.areaCode, "gia_tri 3 too high" });
			planted.put(natstd, corrections.get(0));
			planted.put(pupils, corrections.get(1));
			planted.put(teachers, corrections.get(2));
		}

		// The impossible rows, one kind a year, on figures no published number depends
		// on.
		Map<Line, String[]> rejects = new LinkedHashMap<>();
		switch (year) {
			case 2017 -> {
				Line l = first(lines, areas, "535", "PRI_COMPLETION_RATE", x -> true);
				l.fields[5] = VietnameseNumbers.integer(number(l.fields[6]) + 7);
				l.fields[7] = "";
				rejects.put(l,
						new String[] { "numerator_above_denominator", "tu_so above mau_so (a rate over 100 %)" });
			}
			case 2018 -> {
				Line l = first(lines, areas, "529", "LSE_TEACHERS", x -> true);
				l.fields[7] = "-" + l.fields[7];
				rejects.put(l, new String[] { "negative_count", "a negative count" });
			}
			case 2019 -> {
				Line source = first(lines, areas, "533", "PRI_CLASSES", x -> true);
				Line l = source.copy();
				l.fields[1] = UNKNOWN_COMMUNE;
				lines.add(lines.indexOf(source) + 1, l);
				rejects.put(l, new String[] { "unknown_unit",
						"commune code " + UNKNOWN_COMMUNE + " does not exist (a typo for " + source.areaCode + ")" });
			}
			case 2020 -> {
				Line l = first(lines, areas, "532", "PRI_TWO_SESSION_RATE", x -> true);
				l.fields[5] = "n/a";
				l.fields[7] = "";
				rejects.put(l, new String[] { "unparseable_number", "tu_so is 'n/a'" });
			}
			case 2021 -> {
				Line source = first(lines, areas, "528", "PRI_NER", x -> true);
				Line l = source.copy();
				l.fields[5] = VietnameseNumbers.integer(number(l.fields[5]) - 3);
				l.fields[7] = "";
				int lastOfCommune = lines.indexOf(source);
				while (lastOfCommune + 1 < lines.size()
						&& lines.get(lastOfCommune + 1).areaCode.equals(source.areaCode)) {
					lastOfCommune++;
				}
				lines.add(lastOfCommune + 1, l);
				rejects.put(l, new String[] { "duplicate_key",
						"the same commune, indicator and disaggregation a second time (the first one is right)" });
			}
			default -> {
			}
		}

		QuangNgaiCsv.write(out.resolve(file), lines);
		synonymLines.forEach((line, name) -> faults.add(file, line.number, "indicator_synonym", false, "",
				line.areaCode + "|" + line.indicator.indicator(), "chi_tieu written as '" + name + "'"));
		planted.forEach((line, c) -> faults.add(file, line.number, "corrected_later", false, "", c[1] + "|" + c[0],
				c[2] + "; corrected by " + qnFile(year, (year + 1) + "0115")));
		rejects.forEach((line, r) -> faults.add(file, line.number, r[0], true, r[0],
				line.fields[1] + "|" + line.indicator.indicator() + "|" + line.indicator.disaggregation(), r[1]));
		return lines.size() + 1;
	}

	/**
	 * Kon Tum spells some communes its own way: Đắk/Đăk, no diacritics, NFD, case,
	 * spacing.
	 */
	private String spell(Area a, int year) {
		String name = a.shortName();
		return switch (a.code()) {
			case "23347" -> name.replace("Đắk", "Đăk");
			case "23327" -> year % 2 == 1 ? name.replace("Đăk", "Đắk") : name;
			case "23365" -> year >= 2019 ? withoutDiacritics(name) : name;
			case "23437" -> Normalizer.normalize(name, Normalizer.Form.NFD);
			case "23371" -> year <= 2020 ? name.toLowerCase(Locale.ROOT) : name;
			case "23428" -> (year == 2016 || year == 2018 || year == 2022) ? name.replace("Ngọk", "Ngok") : name;
			case "23554" -> "Ya Ly";
			case "23485" -> year >= 2020 ? name.replace("Tơ ", "Tơ  ") : name;
			default -> name;
		};
	}

	private String spellDistrict(Area a, int year) {
		return a.districtCode().equals("610") && year == 2017 ? a.districtShortName().replace("Đắk", "Đăk")
				: a.districtShortName();
	}

	private long writeKonTum(Figures f, List<KonTumWorkbook.Column> columns) throws IOException {
		int year = f.year();
		String file = ktFile(year);
		List<KonTumWorkbook.Row> rows = new ArrayList<>();
		Set<String> notReported = new TreeSet<>();
		for (int i = 0; i < f.areas().size(); i++) {
			Area a = f.areas().get(i);
			String commune = spell(a, year);
			String district = spellDistrict(a, year);
			rows.add(new KonTumWorkbook.Row(f, i, district, commune));
			int line = i + 3;
			if (!commune.equals(a.shortName())) {
				faults.add(file, line, "name_variant", false, "", a.code() + "|" + a.shortName(),
						"Xã written as '" + commune + "' on every sheet"
								+ (Normalizer.isNormalized(commune, Normalizer.Form.NFC) ? "" : " (NFD)"));
			}
			if (!district.equals(a.districtShortName())) {
				faults.add(file, line, "name_variant", false, "", a.districtCode() + "|" + a.districtShortName(),
						"Huyện written as '" + district + "' on every sheet");
			}
			if (year == 2016 && a.districtCode().equals("617") && notReported.size() < 2) {
				notReported.add(a.code());
				faults.add(file, line, "not_reported", false, "", a.code() + "|PRE_TWO_SESSION_RATE|numerator",
						"sheet Mầm non, 'Trẻ em / Học 2 buổi/ngày' left empty");
			}
		}
		Path path = out.resolve(file);
		Files.createDirectories(path.getParent());
		try (OutputStream os = Files.newOutputStream(path)) {
			KonTumWorkbook.write(os, columns, rows,
					(sheet, column, row) -> notReported.contains(row.figures().areas().get(row.area()).code())
							&& column.sub().equals("Học 2 buổi/ngày") && sheet.equals("Mầm non"));
		}
		return rows.size();
	}

	/**
	 * In the merged year, one upper-secondary school in each of four mountain districts
	 * is a boarding school teaching lower secondary too (multi-level).
	 */
	private static Set<String> boardingSchools(Figures f) {
		Set<String> keys = new TreeSet<>();
		Set<String> districts = new TreeSet<>();
		for (int i = 0; i < f.areas().size() && districts.size() < 4; i++) {
			Area a = f.areas().get(i);
			long publicUpper = f.get(Quantity.USE_SCHOOLS, i) - f.get(Quantity.USE_SCHOOLS_PRIVATE, i);
			if (!a.districtCode().equals("608") && !districts.contains(a.districtCode()) && publicUpper > 0
					&& f.get(Quantity.LSE_CLASSES, i) > 0) {
				keys.add(a.key());
				districts.add(a.districtCode());
			}
		}
		return keys;
	}

	private Map<String, List<String>> synonyms() throws IOException {
		Map<String, List<String>> out = new HashMap<>();
		for (Record r : files.read("indicator_synonyms.csv")) {
			out.computeIfAbsent(r.require("indicator_code"), k -> new ArrayList<>()).add(r.require("synonym_vi"));
		}
		return out;
	}

	private static Line first(List<Line> lines, List<Area> areas, String district, String indicator,
			Predicate<Line> also) {
		Map<String, String> districtOf = new HashMap<>();
		areas.forEach(a -> districtOf.put(a.code(), a.districtCode()));
		return lines.stream()
			.filter(l -> district.equals(districtOf.get(l.areaCode)) && l.indicator.indicator().equals(indicator)
					&& l.indicator.disaggregation().equals("all") && also.test(l))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no " + indicator + " line in district " + district));
	}

	static long number(String vietnamese) {
		return Long.parseLong(vietnamese.replace(".", ""));
	}

	static String withoutDiacritics(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder sb = new StringBuilder();
		for (char c : decomposed.toCharArray()) {
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
			}
		}
		return sb.toString();
	}

	/** faults.csv: every planted fault and spelling variant, with its file and line. */
	static final class Faults {

		static final String[] HEADER = { "file", "line", "kind", "rejected", "reason_code", "key", "detail" };

		private final List<String[]> rows = new ArrayList<>();

		void add(String file, long line, String kind, boolean rejected, String reason, String key, String detail) {
			rows.add(new String[] { file, String.valueOf(line), kind, rejected ? "yes" : "no", reason, key, detail });
		}

		void write(Path file) throws IOException {
			try (DelimitedWriter w = new DelimitedWriter(file, ',', false, "\n")) {
				w.write(HEADER);
				for (String[] r : rows) {
					w.write(r);
				}
			}
		}

	}

}
