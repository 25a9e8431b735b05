package vn.edu2030.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.edu2030.common.CsvReader;

/**
 * Deliveries for the scorecard tests: every former Quảng Ngãi commune, school years
 * 2015-2016 … 2024-2025 in the former-province feed (long CSV, decimal comma, BOM), and
 * 2025-2026, 2026-2027 in the merged-province feed (one row per school and component),
 * for six indicators with province targets. Every figure is made up (seeded, so the same
 * every run), with plausible levels and trends: mountain communes lower and improving,
 * some communes slipping, noise from year to year. Former Kon Tum communes get no
 * deliveries, so their new communes show "insufficient data".
 */
final class ScorecardFixtures {

	static final int FIRST_YEAR = 2015;

	static final int LAST_FORMER_YEAR = 2024;

	static final int LAST_YEAR = 2026;

	/**
	 * A former commune: code, name, district, mountain, its new commune(s) with weight.
	 */
	record FormerCommune(String code, String name, String district, boolean mountain, Map<String, Double> newCommunes) {

	}

	/** The modelled figures of one former commune in one year: numerator, denominator. */
	record Figure(String indicator, String disaggregation, long numerator, long denominator) {

	}

	static List<FormerCommune> formerQuangNgaiCommunes() {
		Set<String> mountainDistricts = Set.of("525", "529", "530", "531", "535");
		Map<String, FormerCommune> communes = new LinkedHashMap<>();
		try (var in = Files.newInputStream(Path.of("..", "data", "reference", "qn_old_to_new_commune_map.csv"));
				CsvReader csv = new CsvReader(in, ',', "map")) {
			csv.next();
			CsvReader.Row r;
			while ((r = csv.next()) != null) {
				if (r.get(0).isEmpty() || !r.get(5).equals("51")) {
					continue;
				}
				FormerCommune c = communes.computeIfAbsent(r.get(0),
						code -> new FormerCommune(code, "", "", false, new LinkedHashMap<>()));
				FormerCommune named = new FormerCommune(c.code(), r.get(1), r.get(3),
						mountainDistricts.contains(r.get(3)), c.newCommunes());
				named.newCommunes().put(r.get(7), r.get(10).equals("yes") ? 0.5 : 1.0);
				communes.put(c.code(), named);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArrayList<>(communes.values());
	}

	/** The figures of a former commune in a year: a seeded model per commune. */
	static List<Figure> figures(FormerCommune c, int year) {
		Random commune = new Random(Long.parseLong(c.code()) * 7919L);
		Random noise = new Random(Long.parseLong(c.code()) * 104729L + year);
		// A shock common to every commune in the year (a hard year, a campaign), so that
		// the
		// province's series is not smooth either.
		double shock = new Random(year * 31L).nextGaussian();
		int t = year - FIRST_YEAR;
		List<Figure> out = new ArrayList<>();
		double size = c.mountain() ? 0.5 + commune.nextDouble() * 0.6 : 0.8 + commune.nextDouble() * 1.4;

		// Nursery enrolment (0-2 years): plains 20-32 % rising, mountains 8-18 %.
		long nurseryAge = Math.round(260 * size * (1 - 0.012 * t));
		double nurseryStart = c.mountain() ? 8 + commune.nextDouble() * 10 : 20 + commune.nextDouble() * 12;
		double nurseryGain = -0.3 + commune.nextDouble() * 2.2;
		double nursery = clamp(nurseryStart + nurseryGain * t + shock * 1.2 + noise.nextGaussian() * 2.2, 1, 95);
		out.add(rate("PRE_NURSERY_ENROL_RATE", "all", nursery, nurseryAge));

		// … of ethnic-minority children, where they live (mountain communes).
		if (c.mountain()) {
			long minorityAge = Math.round(nurseryAge * 0.85);
			double start = nurseryStart - 2 - commune.nextDouble() * 3;
			double gain = -0.6 + commune.nextDouble() * 2.0;
			out.add(rate("PRE_NURSERY_ENROL_RATE", "ethnic_minority",
					clamp(start + gain * t + shock * 1.2 + noise.nextGaussian() * 2.4, 1, 95), minorityAge));
		}
		else {
			commune.nextDouble();
			commune.nextDouble();
		}

		// Kindergarten enrolment (3-5 years): 88-97 % rising slowly toward the 97 %
		// target.
		long kinderAge = Math.round(nurseryAge * 1.45);
		double kinderStart = c.mountain() ? 86 + commune.nextDouble() * 6 : 91 + commune.nextDouble() * 6;
		double kinderGain = -0.1 + commune.nextDouble() * 0.7;
		out.add(rate("PRE_KINDER_ENROL_RATE", "all",
				clamp(kinderStart + kinderGain * t + shock * 0.5 + noise.nextGaussian() * 0.9, 50, 100), kinderAge));

		// Two sessions a day in preschool: 85-99 %.
		long pupils = Math.round(kinderAge * 0.9 + nurseryAge * nursery / 100);
		double twoStart = c.mountain() ? 80 + commune.nextDouble() * 10 : 90 + commune.nextDouble() * 8;
		double twoGain = commune.nextDouble() * 1.2;
		out.add(rate("PRE_TWO_SESSION_RATE", "all",
				clamp(twoStart + twoGain * t + shock * 0.6 + noise.nextGaussian() * 1.0, 50, 100), pupils));

		// Preschools at national standard: 1-3 schools, recognised one after another.
		int schools = c.mountain() ? 1 + commune.nextInt(2) : 1 + commune.nextInt(3);
		int recognisedAt = FIRST_YEAR + 1 + commune.nextInt(10);
		int secondAt = recognisedAt + 2 + commune.nextInt(6);
		int natstd = ((year >= recognisedAt) ? 1 : 0) + ((year >= secondAt && schools > 1) ? 1 : 0);
		out.add(new Figure("PRE_NATSTD_SCHOOL_RATE", "all", Math.min(natstd, schools), schools));

		// Net enrolment in primary: 96-99.9 %.
		long primaryAge = Math.round(nurseryAge * 2.3);
		double nerStart = c.mountain() ? 95 + commune.nextDouble() * 3 : 97.5 + commune.nextDouble() * 2;
		double nerGain = -0.05 + commune.nextDouble() * 0.25;
		out.add(rate("PRI_NER", "all",
				clamp(nerStart + nerGain * t + shock * 0.2 + noise.nextGaussian() * 0.4, 50, 100), primaryAge));
		return out;
	}

	private static Figure rate(String indicator, String disaggregation, double percent, long denominator) {
		long d = Math.max(denominator, 10);
		return new Figure(indicator, disaggregation, Math.min(d, Math.round(d * percent / 100)), d);
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}

	/** Writes the deliveries into a fresh incoming folder. */
	static void write(Path incoming) throws IOException {
		List<FormerCommune> communes = formerQuangNgaiCommunes();
		Path qn = Files.createDirectories(incoming.resolve("former-quang-ngai"));
		for (int year = FIRST_YEAR; year <= LAST_FORMER_YEAR; year++) {
			StringBuilder csv = new StringBuilder("\uFEFFnam_hoc;ma_xa;ten_xa;chi_tieu;phan_to;tu_so;mau_so;gia_tri\n");
			String sy = year + "-" + (year + 1);
			for (FormerCommune c : communes) {
				for (Figure f : figures(c, year)) {
					csv.append(sy)
						.append(';')
						.append(c.code())
						.append(';')
						.append(c.name())
						.append(';')
						.append(f.indicator())
						.append(';')
						.append(f.disaggregation().equals("ethnic_minority") ? "DTTS" : "Tất cả")
						.append(';')
						.append(vietnamese(f.numerator()))
						.append(';')
						.append(vietnamese(f.denominator()))
						.append(";\n");
				}
			}
			Files.writeString(qn.resolve("qn_" + sy + "_" + (year + 1) + "1015.csv"), csv, StandardCharsets.UTF_8);
		}
		Path qng = Files.createDirectories(incoming.resolve("quang-ngai"));
		for (int year = LAST_FORMER_YEAR + 1; year <= LAST_YEAR; year++) {
			Files.writeString(qng.resolve("qng_" + year + "-" + (year + 1) + "_" + year + "1015.csv"),
					merged(communes, year), StandardCharsets.UTF_8);
		}
	}

	/** Thousands grouped with '.', as the former-province feed writes numbers. */
	private static String vietnamese(long n) {
		return String.format("%,d", n).replace(',', '.');
	}

	/**
	 * The merged-province delivery of a year: each new commune's figures (its former
	 * communes' model, split communes by weight) as school rows, population denominators
	 * on commune rows.
	 */
	static String merged(List<FormerCommune> communes, int year) {
		Map<String, Map<String, double[]>> byNew = new LinkedHashMap<>();
		for (FormerCommune c : communes) {
			for (Figure f : figures(c, year)) {
				for (Map.Entry<String, Double> to : c.newCommunes().entrySet()) {
					double[] sum = byNew.computeIfAbsent(to.getKey(), k -> new LinkedHashMap<>())
						.computeIfAbsent(f.indicator() + "|" + f.disaggregation(), k -> new double[2]);
					sum[0] += f.numerator() * to.getValue();
					sum[1] += f.denominator() * to.getValue();
				}
			}
		}
		String sy = year + "-" + (year + 1);
		StringBuilder b = new StringBuilder("school_year,commune_code,school_code,school_name,school_level,ownership,"
				+ "indicator_code,disaggregation,component,amount\n");
		for (Map.Entry<String, Map<String, double[]>> e : byNew.entrySet()) {
			String commune = e.getKey();
			String preschool = sy + "," + commune + ",MN-" + commune + ",Trường Mầm non " + commune
					+ ",preschool,public,";
			String primary = sy + "," + commune + ",TH-" + commune + ",Trường Tiểu học " + commune + ",primary,public,";
			String population = sy + "," + commune + ",,,,,";
			for (Map.Entry<String, double[]> f : e.getValue().entrySet()) {
				String[] key = f.getKey().split("\\|");
				String indicator = key[0];
				String disaggregation = key[1];
				long numerator = Math.round(f.getValue()[0]);
				long denominator = Math.max(numerator, Math.round(f.getValue()[1]));
				switch (indicator) {
					case "PRE_NATSTD_SCHOOL_RATE" -> {
						// one row pair per school: recognised schools first
						for (int s = 0; s < denominator; s++) {
							String school = sy + "," + commune + ",MN-" + commune + "-" + (s + 1)
									+ ",Trường Mầm non số " + (s + 1) + " " + commune + ",preschool,public,";
							b.append(school + indicator + "," + disaggregation + ",numerator,"
									+ ((s < numerator) ? 1 : 0) + "\n");
							b.append(school + indicator + "," + disaggregation + ",denominator,1\n");
						}
					}
					case "PRE_TWO_SESSION_RATE" -> {
						b.append(preschool + indicator + "," + disaggregation + ",numerator," + numerator + "\n");
						b.append(preschool + indicator + "," + disaggregation + ",denominator," + denominator + "\n");
					}
					case "PRI_NER" -> {
						b.append(primary + indicator + "," + disaggregation + ",numerator," + numerator + "\n");
						b.append(population + indicator + "," + disaggregation + ",denominator," + denominator + "\n");
					}
					default -> {
						b.append(preschool + indicator + "," + disaggregation + ",numerator," + numerator + "\n");
						b.append(population + indicator + "," + disaggregation + ",denominator," + denominator + "\n");
					}
				}
			}
		}
		return b.toString();
	}

}
