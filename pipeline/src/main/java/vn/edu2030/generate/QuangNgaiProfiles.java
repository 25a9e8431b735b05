package vn.edu2030.generate;

import java.util.LinkedHashMap;
import java.util.Map;

import static vn.edu2030.generate.Quantity.*;

/**
 * The totals of former Quảng Ngãi (51) and former Kon Tum (62) the sample is built on.
 * Where a real figure exists (data/reference/edu_*.csv) it is read from the file, never
 * retyped; the years in between and the figures no source gives are plausible choices,
 * chosen so that the published "more than" / "nearly" figures hold (calibration.csv lists
 * every check). The yearbook's year "2015" is school year 2015-2016.
 */
final class QuangNgaiProfiles {

	static final String NURSERY_LEVEL = "preschool_nursery (nhà trẻ, 3 months-3 years)";

	static final String KINDER_LEVEL = "preschool_kindergarten (mẫu giáo, 3-6 years)";

	/**
	 * Yearbook district rows → former district code. Tây Trà was merged into Trà Bồng in
	 * 2020, and the yearbook's "Huyện Đức Phổ" is the later thị xã Đức Phổ; Lý Sơn has no
	 * communes, so feed 1 cannot carry it.
	 */
	static final Map<String, String> YEARBOOK_DISTRICTS = yearbookDistricts();

	static final String LY_SON = "Huyện Lý Sơn";

	private QuangNgaiProfiles() {
	}

	private static Map<String, String> yearbookDistricts() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("TP. Quảng Ngãi", "522");
		m.put("Huyện Bình Sơn", "524");
		m.put("Huyện Sơn Tịnh", "527");
		m.put("Huyện Tư Nghĩa", "528");
		m.put("Huyện Nghĩa Hành", "532");
		m.put("Huyện Mộ Đức", "533");
		m.put("Huyện Đức Phổ", "534");
		m.put("Huyện Trà Bồng", "525");
		m.put("Huyện Tây Trà", "525");
		m.put("Huyện Sơn Hà", "529");
		m.put("Huyện Sơn Tây", "530");
		m.put("Huyện Minh Long", "531");
		m.put("Huyện Ba Tơ", "535");
		return m;
	}

	static Profile quangNgai(PublishedFigures pub) {
		Profile p = new Profile("51");
		// Schools per level, 2015-2016 … 2025-2026. 2023-2024: the provincial portal's
		// "x of y schools"; 2024-2025: 584 schools and units in all (the five levels).
		// 2025 also holds Lý Sơn, which the merged feed delivers as its own unit.
		long pre15 = pub.yearbook("209", "preschool", "schools", "total", 2015);
		long pre16 = pub.yearbook("209", "preschool", "schools", "total", 2016);
		long pre23 = pub.news("QNGOV_2024", "preschool", "schools");
		p.yearly(PRE_SCHOOLS, pre15, pre16, 208, 207, 207, 206, 206, 206, pre23, 212, 212);
		p.yearly(PRE_SCHOOLS_PRIVATE, pub.yearbook("209", "preschool", "schools", "non-public", 2015),
				pub.yearbook("209", "preschool", "schools", "non-public", 2016), 17, 17, 18, 18, 19, 19, 20, 25, 25);
		p.yearly(PRI_SCHOOLS, 195, 190, 184, 177, 170, 163, 158, 154, pub.news("QNGOV_2024", "primary", "schools"), 148,
				148);
		p.yearly(LSE_SCHOOLS, 153, 150, 146, 142, 138, 134, 131, 129,
				pub.news("QNGOV_2024", "lower_secondary", "schools"), 127, 127);
		p.yearly(PRILSE_SCHOOLS, 28, 31, 34, 38, 42, 46, 49, 51,
				pub.news("QNGOV_2024", "primary_and_lower_secondary", "schools"), 57, 57);
		p.yearly(USE_SCHOOLS, 40, 40, 40, 40, 40, 39, 39, 39, pub.news("QNGOV_2024", "upper_secondary", "schools"), 40,
				40);
		p.yearly(USE_SCHOOLS_PRIVATE, 2, 2, 2, 2, 2, 1, 1, 1, 1, 2, 2);
		p.yearly(PRE_SCHOOLS_NATSTD, 57, 65, 74, 82, 90, 99, 107, 116,
				pub.news("QNGOV_2024", "preschool", "schools_national_standard"), 130, 134);
		p.yearly(PRI_SCHOOLS_NATSTD, 124, 125, 126, 127, 128, 129, 130, 131,
				pub.news("QNGOV_2024", "primary", "schools_national_standard"), 133, 134);
		p.yearly(LSE_SCHOOLS_NATSTD, 87, 91, 94, 98, 102, 105, 109, 112,
				pub.news("QNGOV_2024", "lower_secondary", "schools_national_standard"), 117, 118);
		p.yearly(PRILSE_SCHOOLS_NATSTD, 8, 10, 11, 13, 15, 16, 18, 19,
				pub.news("QNGOV_2024", "primary_and_lower_secondary", "schools_national_standard"), 23, 24);
		p.yearly(USE_SCHOOLS_NATSTD, 18, 19, 20, 22, 23, 24, 25, 26,
				pub.news("QNGOV_2024", "upper_secondary", "schools_national_standard"), 28, 28);

		// Preschool classes: fixed per former district in 2015 and 2016 (table 211); the
		// province total is the sum of the mainland districts (Lý Sơn excluded).
		long[] classes = new long[2];
		long[] privateClasses = new long[2];
		for (int year : new int[] { 2015, 2016 }) {
			long total = 0;
			long privateTotal = 0;
			Map<String, Long> all = new LinkedHashMap<>();
			Map<String, Long> priv = new LinkedHashMap<>();
			for (var entry : YEARBOOK_DISTRICTS.entrySet()) {
				all.merge(entry.getValue(), pub.district(entry.getKey(), year, "total"), Long::sum);
				priv.merge(entry.getValue(), pub.district(entry.getKey(), year, "non-public"), Long::sum);
			}
			for (var entry : all.entrySet()) {
				p.district(PRE_CLASSES, year, entry.getKey(), entry.getValue());
				p.district(PRE_CLASSES_PRIVATE, year, entry.getKey(), priv.get(entry.getKey()));
				// Private preschools where the yearbook has private classes: 9/5/2.
				long schools = switch (entry.getKey()) {
					case "522" -> 9;
					case "524" -> 5;
					case "527" -> 2;
					default -> 0;
				};
				if (priv.get(entry.getKey()) > 0 && schools == 0) {
					throw new IllegalStateException("private classes without private schools in " + entry.getKey());
				}
				p.district(PRE_SCHOOLS_PRIVATE, year, entry.getKey(), schools);
				total += entry.getValue();
				privateTotal += priv.get(entry.getKey());
			}
			classes[year - 2015] = total;
			privateClasses[year - 2015] = privateTotal;
		}
		p.series(PRE_CLASSES, 2015, classes[0], 2016, classes[1], 2024, 2050, 2025, 2090);
		p.series(PRE_CLASSES_PRIVATE, 2015, privateClasses[0], 2016, privateClasses[1], 2024, 240, 2025, 245);
		p.series(PRI_CLASSES, 2015, pub.yearbook("216", "primary", "classes", "total", 2015), 2016,
				pub.yearbook("216", "primary", "classes", "total", 2016), 2024, 3950, 2025, 3960);
		p.series(LSE_CLASSES, 2015, pub.yearbook("216", "lower_secondary", "classes", "total", 2015), 2016,
				pub.yearbook("216", "lower_secondary", "classes", "total", 2016), 2024, 2330, 2025, 2360);
		p.series(USE_CLASSES, 2015, pub.yearbook("216", "upper_secondary", "classes", "total", 2015), 2016,
				pub.yearbook("216", "upper_secondary", "classes", "total", 2016), 2024, 880, 2025, 890);
		p.series(USE_CLASSES_PRIVATE, 2015, pub.yearbook("216", "upper_secondary", "classes", "non-public", 2015), 2016,
				pub.yearbook("216", "upper_secondary", "classes", "non-public", 2016), 2020, 14, 2023, 17, 2024, 30,
				2025, 30);

		// Children and pupils. 2024-2025: "more than 271,000" pupils of all levels
		// (preschool included): 13,200 + 42,500 + 110,500 + 75,300 + 30,000 = 271,500.
		p.series(NURSERY_ENROLLED, 2015, pub.yearbook("212", NURSERY_LEVEL, "pupils", "total", 2015), 2016,
				pub.yearbook("212", NURSERY_LEVEL, "pupils", "total", 2016), 2024, 13_200, 2025, 13_600);
		p.series(KINDER_ENROLLED, 2015, pub.yearbook("212", KINDER_LEVEL, "pupils", "total", 2015), 2016,
				pub.yearbook("212", KINDER_LEVEL, "pupils", "total", 2016), 2024, 42_500, 2025, 41_900);
		p.series(PRE_PUPILS_PRIVATE, 2015, pub.yearbook("212", "preschool", "pupils", "non-public", 2015), 2016,
				pub.yearbook("212", "preschool", "pupils", "non-public", 2016), 2024, 7_800, 2025, 7_900);
		p.point(PRE_PUPILS_FEMALE, 2015, pub.yearbook("212", "preschool", "pupils", "female", 2015));
		p.point(PRE_PUPILS_FEMALE, 2016, pub.yearbook("212", "preschool", "pupils", "female", 2016));
		p.series(PRI_PUPILS, 2015, 104_500, 2016, 103_900, 2024, 110_500, 2025, 110_600);
		p.series(LSE_PUPILS, 2015, 73_400, 2016, 74_100, 2024, 75_300, 2025, 76_000);
		p.series(USE_PUPILS, 2015, 37_600, 2016, 36_700, 2024, 30_000, 2025, 29_950);

		// Teachers and rooms.
		p.series(PRE_TEACHERS, 2015, pub.yearbook("212", "preschool", "teachers", "total", 2015), 2016,
				pub.yearbook("212", "preschool", "teachers", "total", 2016), 2024, 3_600, 2025, 3_650);
		p.series(PRE_TEACHERS_PRIVATE, 2015, pub.yearbook("212", "preschool", "teachers", "non-public", 2015), 2016,
				pub.yearbook("212", "preschool", "teachers", "non-public", 2016), 2024, 520, 2025, 520);
		p.point(PRE_TEACHERS_QUALIFIED, 2015,
				pub.yearbook("212", "preschool", "teachers", "qualified_or_higher", 2015));
		p.point(PRE_TEACHERS_QUALIFIED, 2016,
				pub.yearbook("212", "preschool", "teachers", "qualified_or_higher", 2016));
		p.series(PRI_TEACHERS, 2015, pub.yearbook("219", "primary", "teachers", "total", 2015), 2016,
				pub.yearbook("219", "primary", "teachers", "total", 2016), 2024, 5_600, 2025, 5_620);
		p.series(LSE_TEACHERS, 2015, pub.yearbook("219", "lower_secondary", "teachers", "total", 2015), 2016,
				pub.yearbook("219", "lower_secondary", "teachers", "total", 2016), 2024, 4_900, 2025, 4_920);
		p.series(USE_TEACHERS, 2015, pub.yearbook("219", "upper_secondary", "teachers", "total", 2015), 2016,
				pub.yearbook("219", "upper_secondary", "teachers", "total", 2016), 2024, 2_000, 2025, 2_010);
		p.series(USE_TEACHERS_PRIVATE, 2015, pub.yearbook("219", "upper_secondary", "teachers", "non-public", 2015),
				2016, pub.yearbook("219", "upper_secondary", "teachers", "non-public", 2016), 2020, 40, 2023, 50, 2024,
				75, 2025, 75);
		p.series(PRE_ROOMS, 2015, pub.yearbook("209", "preschool", "classrooms", "total", 2015), 2016,
				pub.yearbook("209", "preschool", "classrooms", "total", 2016), 2024, 3_050, 2025, 3_190);
		p.series(PRE_ROOMS_PRIVATE, 2015, pub.yearbook("209", "preschool", "classrooms", "non-public", 2015), 2016,
				pub.yearbook("209", "preschool", "classrooms", "non-public", 2016), 2024, 350, 2025, 355);
		p.series(PRI_ROOMS, 2015, 3_700, 2024, 4_150, 2025, 4_250);
		p.series(LSE_ROOMS, 2015, 2_100, 2024, 2_420, 2025, 2_480);

		p.rate(Rate.NURSERY, 0.075, 0.33);
		p.rate(Rate.KINDER, 0.88, 0.955);
		p.rate(Rate.AGE5, 0.990, 0.997);
		p.rate(Rate.PRE_TWO_SESSION, 0.86, 0.985);
		return p;
	}

	static Profile konTum(PublishedFigures pub) {
		Profile p = new Profile("62");
		p.yearly(PRE_SCHOOLS, 128, 130, 132, 134, 135, 136, 137, 138, 139, 140, 140);
		p.yearly(PRE_SCHOOLS_PRIVATE, 10, 11, 12, 14, 16, 18, 19, 20, 21, 22, 22);
		p.yearly(PRI_SCHOOLS, 118, 115, 111, 106, 102, 98, 95, 93, 91, 90, 90);
		p.yearly(LSE_SCHOOLS, 80, 78, 76, 72, 68, 64, 61, 59, 57, 55, 55);
		p.yearly(PRILSE_SCHOOLS, 18, 20, 23, 26, 28, 29, 29, 29, 29, 29, 29);
		p.yearly(USE_SCHOOLS, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25);
		p.yearly(USE_SCHOOLS_PRIVATE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		// End of 2017 (SY 2017-2018): 153 schools at national standard, all levels.
		p.yearly(PRE_SCHOOLS_NATSTD, 37, 40, 42, 47, 52, 57, 62, 66, 70, 75, 77);
		p.yearly(PRI_SCHOOLS_NATSTD, 69, 70, 72, 73, 74, 75, 76, 78, 79, 80, 80);
		p.yearly(LSE_SCHOOLS_NATSTD, 27, 27, 28, 30, 32, 34, 35, 37, 38, 40, 41);
		p.yearly(PRILSE_SCHOOLS_NATSTD, 1, 1, 2, 4, 5, 6, 8, 9, 10, 12, 12);
		p.yearly(USE_SCHOOLS_NATSTD, 9, 9, 9, 10, 11, 11, 12, 13, 13, 14, 14);
		long natstd2017 = pub.news("KTTV_2017", "all_levels", "schools_national_standard");
		if (natstd2017 != 42 + 72 + 28 + 2 + 9) {
			throw new IllegalStateException("Kon Tum 2017 national-standard schools no longer add up to " + natstd2017);
		}
		p.series(PRE_CLASSES, 2015, 1_350, 2024, 1_600, 2025, 1_620);
		p.series(PRI_CLASSES, 2015, 2_450, 2024, 2_400, 2025, 2_420);
		p.series(LSE_CLASSES, 2015, 1_150, 2024, 1_260, 2025, 1_280);
		p.series(USE_CLASSES, 2015, 430, 2024, 480, 2025, 490);
		// 2024-2025: "more than 170,000" pupils: 6,100 + 39,500 + 64,200 + 42,600 +
		// 17,900 = 170,300, of them "more than 102,000" ethnic minority: 3,300 + 25,200
		// + 40,500 + 25,600 + 7,900 = 102,500.
		p.series(NURSERY_ENROLLED, 2015, 3_000, 2024, 6_100, 2025, 6_300);
		p.series(KINDER_ENROLLED, 2015, 33_000, 2024, 39_500, 2025, 39_800);
		p.series(PRI_PUPILS, 2015, 58_000, 2024, 64_200, 2025, 64_800);
		p.series(LSE_PUPILS, 2015, 33_000, 2024, 42_600, 2025, 43_600);
		p.series(USE_PUPILS, 2015, 14_500, 2024, 17_900, 2025, 18_300);
		p.point(NURSERY_ENROLLED_EM, 2024, 3_300);
		p.point(KINDER_ENROLLED_EM, 2024, 25_200);
		p.point(PRI_PUPILS_EM, 2024, 40_500);
		p.point(LSE_PUPILS_EM, 2024, 25_600);
		p.point(USE_PUPILS_EM, 2024, 7_900);
		p.series(PRE_TEACHERS, 2015, 2_300, 2024, 2_900, 2025, 2_950);
		p.series(PRI_TEACHERS, 2015, 3_600, 2024, 3_700, 2025, 3_720);
		p.series(LSE_TEACHERS, 2015, 2_300, 2024, 2_450, 2025, 2_470);
		p.series(USE_TEACHERS, 2015, 1_000, 2024, 1_100, 2025, 1_120);
		p.series(PRE_ROOMS, 2015, 1_300, 2024, 1_760, 2025, 1_800);
		p.series(PRI_ROOMS, 2015, 2_300, 2024, 2_540, 2025, 2_570);
		p.series(LSE_ROOMS, 2015, 1_100, 2024, 1_310, 2025, 1_330);

		// Thành phố Kon Tum (608), SY 2024-2025: 71 schools, 1,182 classes, more than
		// 37,000 pupils (nearly 14,400 of them ethnic minority). The school counts hold
		// from 2023 so the city does not jump.
		for (int year = 2023; year <= 2025; year++) {
			p.district(PRE_SCHOOLS, year, "608", 30);
			p.district(PRE_SCHOOLS_PRIVATE, year, "608", 8);
			p.district(PRI_SCHOOLS, year, "608", 17);
			p.district(PRILSE_SCHOOLS, year, "608", 5);
			p.district(LSE_SCHOOLS, year, "608", 12);
			p.district(USE_SCHOOLS, year, "608", 7);
		}
		p.district(PRE_CLASSES, 2024, "608", 330);
		p.district(PRI_CLASSES, 2024, "608", 482);
		p.district(LSE_CLASSES, 2024, "608", 270);
		p.district(USE_CLASSES, 2024, "608", 100);
		p.district(NURSERY_ENROLLED, 2024, "608", 1_600);
		p.district(KINDER_ENROLLED, 2024, "608", 8_000);
		p.district(PRI_PUPILS, 2024, "608", 14_300);
		p.district(LSE_PUPILS, 2024, "608", 9_300);
		p.district(USE_PUPILS, 2024, "608", 3_900);
		p.district(NURSERY_ENROLLED_EM, 2024, "608", 500);
		p.district(KINDER_ENROLLED_EM, 2024, "608", 3_200);
		p.district(PRI_PUPILS_EM, 2024, "608", 5_600);
		p.district(LSE_PUPILS_EM, 2024, "608", 3_600);
		p.district(USE_PUPILS_EM, 2024, "608", 1_450);

		p.rate(Rate.NURSERY, 0.09, 0.22);
		p.rate(Rate.KINDER, 0.885, 0.965);
		p.rate(Rate.AGE5, 0.993, 0.998);
		// September 2018: 99.7 % of 5-year-olds at school.
		p.ratePoint(Rate.AGE5, 2018,
				pub.number(PublishedFigures.NEWS, "KTTV_2018|preschool_age5|enrolment_rate") / 100.0);
		p.rate(Rate.PRE_TWO_SESSION, 0.80, 0.97);
		p.rate(Rate.PRE_SOLID, 0.55, 0.82);
		p.rate(Rate.PRI_TWO_SESSION, 0.60, 0.92);
		p.rate(Rate.LSE_NER, 0.80, 0.90);
		return p;
	}

}
