package vn.edu2030.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.edu2030.generate.internal.DelimitedWriter;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * calibration.csv: every row of the real published figures (data/reference/edu_*.csv),
 * and for each whether the sample covers it and with which roll-up it is reproduced — or
 * why not. The expected values are read from the source files, never retyped.
 *
 * indicator_code may join several codes with '+': the measure summed over them (all
 * pupils = PRE_PUPILS+PRI_PUPILS+LSE_PUPILS+USE_PUPILS).
 */
final class Calibration {

	static final String[] HEADER = { "source_file", "source_row", "school_year", "scope", "indicator_code",
			"disaggregation_code", "measure", "expected", "tolerance_rule", "covered", "note" };

	static final String ALL_NATSTD = "PRE_NATSTD_SCHOOL_RATE+PRI_NATSTD_SCHOOL_RATE+LSE_NATSTD_SCHOOL_RATE"
			+ "+PRILSE_NATSTD_SCHOOL_RATE+USE_NATSTD_SCHOOL_RATE";

	static final String ALL_PUPILS = "PRE_PUPILS+PRI_PUPILS+LSE_PUPILS+USE_PUPILS";

	static final String ALL_CLASSES = "PRE_CLASSES+PRI_CLASSES+LSE_CLASSES+USE_CLASSES";

	static final String ROOMS = "PRE_SOLID_ROOM_RATE+PRI_SOLID_ROOM_RATE+LSE_SOLID_ROOM_RATE";

	static final String PUPILS_READING = "'học sinh' read as children and pupils of all levels, preschool included:"
			+ " the general-education pupils alone (about 215,000 in ~7,000 classes per the 2016 yearbook) would"
			+ " need ~39 pupils a class to reach the figure";

	private static final String BEFORE = "before the sample, which starts with SY 2015-2016";

	private static final String PUBLIC = "public = total − non-public: the feeds deliver 'all' and 'private' only;"
			+ " both are covered";

	private static final String LY_SON_CLASSES = "includes Lý Sơn (no commune codes, so no rows in feed 1): the 170"
			+ " communes deliver the 12 mainland districts, each covered";

	/** One line of calibration.csv. */
	record Row(String sourceFile, String sourceRow, String schoolYear, String scope, String indicator,
			String disaggregation, String measure, String expected, String rule, boolean covered, String note) {

	}

	private final PublishedFigures pub;

	private final List<Row> rows = new ArrayList<>();

	Calibration(PublishedFigures pub) {
		this.pub = pub;
		yearbook();
		districts();
		news();
	}

	List<Row> rows() {
		return rows;
	}

	void write(Path file) throws IOException {
		try (DelimitedWriter w = new DelimitedWriter(file, ',', false, "\n")) {
			w.write(HEADER);
			for (Row r : rows) {
				w.write(r.sourceFile, r.sourceRow, r.schoolYear, r.scope, r.indicator, r.disaggregation, r.measure,
						r.expected, r.rule, r.covered ? "yes" : "no", r.note);
			}
		}
	}

	private void yearbook() {
		for (Record r : pub.yearbook) {
			String key = PublishedFigures.yearbookKey(r);
			int year = Integer.parseInt(r.require("year_label_as_printed"));
			String expected = expected(r);
			if (year < 2015) {
				skip(PublishedFigures.YEARBOOK, key, String.valueOf(year), expected, BEFORE);
				continue;
			}
			String what = r.require("level") + "|" + r.require("indicator") + "|" + r.require("breakdown");
			String y = String.valueOf(year);
			String f = PublishedFigures.YEARBOOK;
			String p = "former-province-51";
			switch (what) {
				case "preschool|schools|total" -> cover(f, key, y, p, "PRE_NATSTD_SCHOOL_RATE", "all", "denominator",
						expected, "exact", "all preschools; Lý Sơn's share is carried by the mainland communes");
				case "preschool|schools|non-public" ->
					cover(f, key, y, p, "PRE_PRIVATE_SCHOOL_SHARE", "all", "numerator", expected, "exact", "");
				case "preschool|classes|total" -> skip(f, key, y, expected,
						LY_SON_CLASSES + " (" + (Math.round(r.number("value")) - lySonClasses(year))
								+ " = this − Lý Sơn's " + lySonClasses(year) + ")");
				case "preschool|classes|non-public" ->
					cover(f, key, y, p, "PRE_CLASSES", "private", "value", expected, "exact", "");
				case "preschool|classrooms|total" -> cover(f, key, y, p, "PRE_SOLID_ROOM_RATE", "all", "denominator",
						expected, "exact", "rooms (phòng học) are the denominator of the solid-room rate");
				case "preschool|classrooms|non-public" ->
					cover(f, key, y, p, "PRE_SOLID_ROOM_RATE", "private", "denominator", expected, "exact", "");
				case "preschool|teachers|total" ->
					cover(f, key, y, p, "PRE_TEACHERS", "all", "value", expected, "exact", "");
				case "preschool|teachers|qualified_or_higher" ->
					cover(f, key, y, p, "PRE_TEACHER_QUALIFIED_RATE", "all", "numerator", expected, "exact", "");
				case "preschool|teachers|non-public" ->
					cover(f, key, y, p, "PRE_TEACHERS", "private", "value", expected, "exact", "");
				case "preschool|pupils|total" -> cover(f, key, y, p, "PRE_PUPILS", "all", "value", expected, "exact",
						"children = nursery + kindergarten children, in every commune");
				case "preschool|pupils|non-public" ->
					cover(f, key, y, p, "PRE_PRIVATE_PUPIL_SHARE", "all", "numerator", expected, "exact", "");
				case "preschool|pupils|female" ->
					cover(f, key, y, p, "PRE_PUPILS", "female", "value", expected, "exact", "");
				case "preschool|pupils|male" ->
					skip(f, key, y, expected, "male is not a feed disaggregation; it is total − female, both covered");
				case QuangNgaiProfiles.NURSERY_LEVEL + "|pupils|total" -> cover(f, key, y, p, "PRE_NURSERY_ENROL_RATE",
						"all", "numerator", expected, "exact", "children in nursery groups (nhà trẻ)");
				case QuangNgaiProfiles.KINDER_LEVEL + "|pupils|total" -> cover(f, key, y, p, "PRE_KINDER_ENROL_RATE",
						"all", "numerator", expected, "exact", "children in kindergarten classes (mẫu giáo)");
				case "preschool|avg_pupils_per_class|total" -> skip(f, key, y, expected,
						"no indicator; the sample's classes leave out Lý Sơn's, so children per class differ slightly");
				case "general_all|classes|total" ->
					cover(f, key, y, p, "PRI_CLASSES+LSE_CLASSES+USE_CLASSES", "all", "value", expected, "exact", "");
				case "primary|classes|total" ->
					cover(f, key, y, p, "PRI_CLASSES", "all", "value", expected, "exact", "");
				case "lower_secondary|classes|total" ->
					cover(f, key, y, p, "LSE_CLASSES", "all", "value", expected, "exact", "");
				case "upper_secondary|classes|total" ->
					cover(f, key, y, p, "USE_CLASSES", "all", "value", expected, "exact", "");
				case "upper_secondary|classes|non-public" ->
					cover(f, key, y, p, "USE_CLASSES", "private", "value", expected, "exact", "");
				case "general_all|teachers|total" -> cover(f, key, y, p, "PRI_TEACHERS+LSE_TEACHERS+USE_TEACHERS",
						"all", "value", expected, "exact", "");
				case "primary|teachers|total" ->
					cover(f, key, y, p, "PRI_TEACHERS", "all", "value", expected, "exact", "");
				case "lower_secondary|teachers|total" ->
					cover(f, key, y, p, "LSE_TEACHERS", "all", "value", expected, "exact", "");
				case "upper_secondary|teachers|total" ->
					cover(f, key, y, p, "USE_TEACHERS", "all", "value", expected, "exact", "");
				case "upper_secondary|teachers|non-public" ->
					cover(f, key, y, p, "USE_TEACHERS", "private", "value", expected, "exact", "");
				case "primary|teachers|qualified_or_higher", "lower_secondary|teachers|qualified_or_higher",
						"upper_secondary|teachers|qualified_or_higher" ->
					skip(f, key, y, expected, "no per-level qualified-teacher indicator in the catalogue"
							+ " (GEN_TEACHER_QUALIFIED_RATE spans the levels)");
				case "lower_secondary|teachers|public" -> skip(f, key, y, expected, year == 2016
						? "inconsistent in the source (public 4862 ≠ total 5077 while non-public is '-'); the total is covered"
						: PUBLIC);
				default -> {
					if (r.require("breakdown").equals("public")) {
						skip(f, key, y, expected, PUBLIC);
					}
					else if (r.get("value") == null) {
						skip(f, key, y, expected, "'-' (none) in the source; the sample has none either");
					}
					else {
						throw new IllegalStateException(f + ": no calibration rule for " + key);
					}
				}
			}
		}
	}

	private long lySonClasses(int year) {
		return pub.district(QuangNgaiProfiles.LY_SON, year, "total");
	}

	private void districts() {
		String f = PublishedFigures.DISTRICTS;
		for (Record r : pub.districts) {
			String key = PublishedFigures.districtKey(r);
			String geo = r.require("geo_name_as_printed");
			String y = r.require("year_label_as_printed");
			String breakdown = r.require("breakdown");
			String expected = expected(r);
			String level = r.require("geo_level");
			String district = QuangNgaiProfiles.YEARBOOK_DISTRICTS.get(geo);
			if (level.equals("province_total")) {
				if (breakdown.equals("non-public")) {
					cover(f, key, y, "former-province-51", "PRE_CLASSES", "private", "value", expected, "exact",
							"Lý Sơn has no private classes");
				}
				else {
					skip(f, key, y, expected, LY_SON_CLASSES);
				}
			}
			else if (level.equals("zone")) {
				skip(f, key, y, expected, geo.startsWith("III")
						? "island zone = Lý Sơn, which has no communes to deliver in feed 1"
						: "zone total: the sum of its district rows, each covered; the warehouse has no zone unit");
			}
			else if (geo.equals(QuangNgaiProfiles.LY_SON)) {
				skip(f, key, y, expected, "Lý Sơn has no communes, so feed 1 cannot deliver it");
			}
			else if (district == null) {
				throw new IllegalStateException(f + ": unknown district " + geo);
			}
			else if (district.equals("525")) {
				skip(f, key, y, expected, breakdown.equals("total")
						? "Tây Trà was merged into Trà Bồng (525) in 2020: covered as the sum row 'Huyện Trà Bồng + Huyện Tây Trà'"
						: "part of Trà Bồng (525), see the sum row");
			}
			else if (breakdown.equals("total")) {
				cover(f, key, y, "former-district-" + district, "PRE_CLASSES", "all", "value", expected, "exact",
						geo.equals("Huyện Đức Phổ") ? "the yearbook's Huyện Đức Phổ is thị xã Đức Phổ (534)" : "");
			}
			else if (breakdown.equals("public")) {
				skip(f, key, y, expected, PUBLIC);
			}
			else if (r.get("value") == null) {
				skip(f, key, y, expected, "'-' (none) in the source; the sample has no private classes there");
			}
			else {
				cover(f, key, y, "former-district-" + district, "PRE_CLASSES", "private", "value", expected, "exact",
						"");
			}
		}
		for (String year : List.of("2015", "2016")) {
			long sum = pub.district("Huyện Trà Bồng", Integer.parseInt(year), "total")
					+ pub.district("Huyện Tây Trà", Integer.parseInt(year), "total");
			cover(f, "Huyện Trà Bồng + Huyện Tây Trà|" + year + "|total", year, "former-district-525", "PRE_CLASSES",
					"all", "value", String.valueOf(sum), "exact",
					"sum of the two yearbook rows: Tây Trà was merged into Trà Bồng (525) in 2020");
		}
	}

	private void news() {
		String f = PublishedFigures.NEWS;
		for (Record r : pub.news) {
			String key = PublishedFigures.newsKey(r);
			String id = r.require("source_id");
			String level = r.require("level");
			String indicator = r.require("indicator");
			String qualifier = r.require("qualifier");
			String expected = expected(r);
			String sy = r.get("school_year") == null ? "" : r.require("school_year");
			String start = sy.length() >= 4 ? sy.substring(0, 4) : "";
			switch (id) {
				case "QNGOV_2024" -> {
					if (indicator.equals("thpt_graduation_exam_pass_rate")) {
						skip(f, key, start, expected, "no indicator: exam results are not in the catalogue");
					}
					else if (level.equals("all_levels")) {
						cover(f, key, start, "former-province-51", ALL_NATSTD, "all", "numerator", expected, "exact",
								"all five levels: 124 + 132 + 116 + 21 + 27");
					}
					else {
						cover(f, key, start, "former-province-51", natstd(level), "all",
								indicator.equals("schools") ? "denominator" : "numerator", expected, "exact",
								"as of the school year's reference date; Lý Sơn's schools are carried by the mainland communes");
					}
				}
				case "DNHN_2024" -> {
					if (indicator.equals("students")) {
						cover(f, key, start, "former-province-51", ALL_PUPILS, "all", "value", expected,
								rule(qualifier), PUPILS_READING);
					}
					else {
						cover(f, key, start, "former-province-51", ALL_NATSTD, "all", "denominator", expected, "exact",
								"schools of the five levels (the sample has no other units)");
					}
				}
				case "KTTV_2017" -> cover(f, key, "2017", "former-province-62", ALL_NATSTD, "all", "numerator",
						expected, "exact", "'end of 2017' read as SY 2017-2018");
				case "KTTV_2018" -> cover(f, key, "2018", "former-province-62", "PRE_AGE5_ENROL_RATE", "all", "rate",
						expected, "rounded_to_1_decimals", "09/2018 = SY 2018-2019");
				case "TTTD_2024" -> cover(f, key, start, "former-province-62", ALL_PUPILS, "all", "value", expected,
						rule(qualifier), PUPILS_READING);
				case "BDT_2024" -> cover(f, key, start, "former-province-62", ALL_PUPILS, "ethnic_minority", "value",
						expected, rule(qualifier), PUPILS_READING);
				case "KTCITY_2024" -> {
					switch (indicator) {
						case "schools" -> cover(f, key, start, "former-district-608", ALL_NATSTD, "all", "denominator",
								expected, "exact", "schools of the five levels");
						case "classes" -> cover(f, key, start, "former-district-608", ALL_CLASSES, "all", "value",
								expected, "exact", "");
						default -> cover(f, key, start, "former-district-608", ALL_PUPILS, "all", "value", expected,
								rule(qualifier), PUPILS_READING
										+ "; the article's 'nearly 14,400' ethnic-minority pupils: the sample has 14,350");
					}
				}
				case "QNTV_2025a", "LD_2025" -> {
					switch (indicator) {
						case "educational_institutions" ->
							cover(f, key, start, "new-province-51", ALL_NATSTD, "all", "denominator", expected, "exact",
									"= the number of schools (distinct school_code) in the merged feed");
						case "students" -> cover(f, key, start, "new-province-51", ALL_PUPILS, "all", "value", expected,
								rule(qualifier), PUPILS_READING + "; 'nearly' = below and within 0.5 %");
						default -> cover(f, key, start, "new-province-51", ROOMS, "all", "denominator", expected,
								rule(qualifier), "preschool, primary and lower-secondary rooms: the catalogue has no"
										+ " upper-secondary room count, so this is a lower bound of all rooms");
					}
				}
				default -> {
					if (start.isEmpty()) {
						skip(f, key, "", expected, "school year unknown (publication date not visible)");
					}
					else if (Integer.parseInt(start) < 2015) {
						skip(f, key, start, expected, BEFORE);
					}
					else {
						throw new IllegalStateException(f + ": no calibration rule for " + key);
					}
				}
			}
		}
	}

	private static String natstd(String level) {
		return switch (level) {
			case "preschool" -> "PRE_NATSTD_SCHOOL_RATE";
			case "primary" -> "PRI_NATSTD_SCHOOL_RATE";
			case "lower_secondary" -> "LSE_NATSTD_SCHOOL_RATE";
			case "primary_and_lower_secondary" -> "PRILSE_NATSTD_SCHOOL_RATE";
			case "upper_secondary" -> "USE_NATSTD_SCHOOL_RATE";
			default -> throw new IllegalArgumentException(level);
		};
	}

	private static String rule(String qualifier) {
		return switch (qualifier) {
			case "more_than" -> "more_than";
			case "nearly" -> "nearly";
			default -> "exact";
		};
	}

	private static String expected(Record r) {
		Double v = r.number("value");
		if (v == null) {
			return "";
		}
		return new BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString();
	}

	private void cover(String file, String key, String year, String scope, String indicator, String disaggregation,
			String measure, String expected, String rule, String note) {
		rows.add(new Row(file, key, year, scope, indicator, disaggregation, measure, expected, rule, true, note));
	}

	private void skip(String file, String key, String year, String expected, String note) {
		rows.add(new Row(file, key, year, "", "", "", "", expected, "", false, note));
	}

}
