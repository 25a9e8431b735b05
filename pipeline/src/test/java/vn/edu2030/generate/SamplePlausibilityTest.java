package vn.edu2030.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures look like a real province's: parts never exceed wholes, a commune has a
 * handful of schools per level, the mountains and ethnic-minority children trail, things
 * improve over the years, some communes are on track for the 2030 targets and some are
 * not, and a few go backwards.
 */
class SamplePlausibilityTest {

	static final Path SAMPLE = SampleFiles.provinceSample();

	static final SampleFiles.Units UNITS = new SampleFiles.Units();

	static final Map<String, String> ZONES = new HashMap<>();

	static {
		SampleFiles.reference("former_district_zones.csv")
			.forEach(r -> ZONES.put(r.get("district_code"), r.get("zone")));
	}

	/** Accepted feed-1 rows of the latest deliveries. */
	static List<SampleFiles.QnRow> rows() {
		List<SampleFiles.QnRow> rows = new ArrayList<>();
		SampleFiles.latestQuangNgai(SAMPLE).values().forEach(p -> rows.addAll(SampleFiles.quangNgai(p).rows()));
		return rows;
	}

	@Test
	void partsNeverExceedWholesAndCommunesHaveAFewSchools() {
		List<SampleFiles.QnRow> wrong = new ArrayList<>();
		for (SampleFiles.QnRow r : rows()) {
			boolean ok;
			if (r.numerator() != null) {
				ok = r.numerator() >= 0 && r.numerator() <= r.denominator()
						&& (!r.indicator().endsWith("_NATSTD_SCHOOL_RATE")
								|| (r.denominator() >= 1 && r.denominator() <= 5));
			}
			else {
				ok = r.value() > 0 && (!r.indicator().endsWith("_UNIVERSAL_LEVEL") || r.value() <= 3);
			}
			if (!ok) {
				wrong.add(r);
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** Province rate (%) of an indicator in a year, optionally only in one zone. */
	static double rate(List<SampleFiles.QnRow> rows, int year, String indicator, String disaggregation, String zone) {
		double num = 0;
		double den = 0;
		for (SampleFiles.QnRow r : rows) {
			if (r.year() == year && r.indicator().equals(indicator) && r.disaggregation().equals(disaggregation)
					&& (zone == null || zone.equals(ZONES.get(UNITS.districtOfCommune.get(r.commune()))))) {
				num += r.numerator();
				den += r.denominator();
			}
		}
		return 100 * num / den;
	}

	@Test
	void mountainsAndEthnicMinoritiesTrailAndEverythingImproves() {
		List<SampleFiles.QnRow> rows = rows();
		for (String indicator : List.of("PRE_NURSERY_ENROL_RATE", "PRE_KINDER_ENROL_RATE")) {
			for (int year = 2015; year <= 2024; year++) {
				assertThat(rate(rows, year, indicator, "ethnic_minority", null))
					.isLessThan(rate(rows, year, indicator, "all", null));
				assertThat(rate(rows, year, indicator, "all", "mountain"))
					.isLessThan(rate(rows, year, indicator, "all", "plain"));
			}
			assertThat(rate(rows, 2024, indicator, "all", null))
				.isGreaterThan(rate(rows, 2015, indicator, "all", null));
		}
		for (String indicator : List.of("PRE_NATSTD_SCHOOL_RATE", "PRI_NATSTD_SCHOOL_RATE", "LSE_NATSTD_SCHOOL_RATE")) {
			assertThat(rate(rows, 2024, indicator, "all", "mountain"))
				.isLessThan(rate(rows, 2024, indicator, "all", "plain"));
			assertThat(rate(rows, 2024, indicator, "all", null))
				.isGreaterThan(rate(rows, 2015, indicator, "all", null));
		}
	}

	@Test
	void someCommunesAreOnTrackSomeAreNotAndAFewRegress() {
		Map<String, double[]> nursery = new HashMap<>();
		Map<String, double[]> kinder = new HashMap<>();
		for (SampleFiles.QnRow r : rows()) {
			if (!r.disaggregation().equals("all") || (r.year() != 2019 && r.year() != 2024)) {
				continue;
			}
			Map<String, double[]> target = r.indicator().equals("PRE_NURSERY_ENROL_RATE") ? nursery
					: r.indicator().equals("PRE_KINDER_ENROL_RATE") ? kinder : null;
			if (target != null) {
				target.computeIfAbsent(r.commune(), k -> new double[2])[r.year() == 2019 ? 0 : 1] = 100 * r.numerator()
						/ r.denominator();
			}
		}
		// Targets for 2030: nursery 38 %, kindergarten 97 % (seed 000 II.2.a).
		assertThat(nursery.values().stream().filter(v -> v[1] >= 38).count()).isBetween(10L, 120L);
		assertThat(kinder.values().stream().filter(v -> v[1] >= 97).count()).isBetween(10L, 120L);
		long regressing = kinder.values().stream().filter(v -> v[0] > 0 && v[1] > 0 && v[1] < v[0] - 2).count();
		assertThat(regressing).isBetween(1L, 20L);
	}

}
