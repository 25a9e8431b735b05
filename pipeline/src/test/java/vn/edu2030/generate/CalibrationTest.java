package vn.edu2030.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample reproduces every real published figure calibration.csv says it covers: the
 * generated files are read back independently (SampleFiles), summed over the scope, and
 * compared by the row's rule. The expected values are checked against the source files,
 * and every source row must be accounted for.
 */
class CalibrationTest {

	static final Path SAMPLE = SampleFiles.provinceSample();

	@Test
	void everyCoveredFigureIsReproducedByTheRollUps() {
		SampleFiles.Sums sums = SampleFiles.sums(SAMPLE);
		List<String> failures = new ArrayList<>();
		int covered = 0;
		for (Map<String, String> r : SampleFiles.csv(SAMPLE.resolve("calibration.csv"), ',')) {
			if (!r.get("covered").equals("yes")) {
				continue;
			}
			covered++;
			int year = Integer.parseInt(r.get("school_year"));
			String measure = r.get("measure");
			double actual;
			double expected = Double.parseDouble(r.get("expected"));
			if (measure.equals("rate")) {
				double num = 0;
				double den = 0;
				for (String code : r.get("indicator_code").split("\\+")) {
					num += sums.get(r.get("scope"), year, code, r.get("disaggregation_code"), "numerator");
					den += sums.get(r.get("scope"), year, code, r.get("disaggregation_code"), "denominator");
				}
				actual = 100 * num / den;
			}
			else {
				actual = 0;
				for (String code : r.get("indicator_code").split("\\+")) {
					actual += sums.get(r.get("scope"), year, code, r.get("disaggregation_code"), measure);
				}
			}
			String rule = r.get("tolerance_rule");
			boolean holds = switch (rule) {
				case "exact" -> actual == expected;
				case "more_than" -> actual > expected;
				case "nearly" -> actual < expected && actual >= expected * 0.995;
				default -> {
					int decimals = Integer.parseInt(rule.replaceAll("\\D", ""));
					yield BigDecimal.valueOf(actual)
						.setScale(decimals, RoundingMode.HALF_UP)
						.compareTo(BigDecimal.valueOf(expected).setScale(decimals, RoundingMode.HALF_UP)) == 0;
				}
			};
			if (!holds) {
				failures.add(r.get("source_row") + " " + r.get("school_year") + " " + r.get("scope") + " "
						+ r.get("indicator_code") + "/" + r.get("disaggregation_code") + "/" + measure + ": expected "
						+ rule + " " + expected + ", the sample gives " + actual);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(covered).isGreaterThanOrEqualTo(100);
	}

	@Test
	void expectedValuesAreThePublishedOnesAndEverySourceRowIsListed() {
		Map<String, Map<String, String>> sources = new HashMap<>();
		for (Map<String, String> r : SampleFiles.reference(PublishedFigures.YEARBOOK)) {
			sources.put(PublishedFigures.YEARBOOK + "#" + r.get("table_no") + "|" + r.get("level") + "|"
					+ r.get("indicator") + "|" + r.get("breakdown") + "|" + r.get("year_label_as_printed"), r);
		}
		for (Map<String, String> r : SampleFiles.reference(PublishedFigures.DISTRICTS)) {
			sources.put(PublishedFigures.DISTRICTS + "#" + r.get("geo_name_as_printed") + "|"
					+ r.get("year_label_as_printed") + "|" + r.get("breakdown"), r);
		}
		for (Map<String, String> r : SampleFiles.reference(PublishedFigures.NEWS)) {
			sources.put(
					PublishedFigures.NEWS + "#" + r.get("source_id") + "|" + r.get("level") + "|" + r.get("indicator"),
					r);
		}
		Map<String, Integer> listed = new HashMap<>();
		for (Map<String, String> r : SampleFiles.csv(SAMPLE.resolve("calibration.csv"), ',')) {
			String file = r.get("source_file");
			String[] key = r.get("source_row").split("\\|", 2);
			// A row may stand for the sum of several source rows ("A + B|2015|total").
			BigDecimal sum = BigDecimal.ZERO;
			for (String part : key[0].split(" \\+ ")) {
				String id = file + "#" + part + "|" + key[1];
				assertThat(sources).as("source row of " + r.get("source_row")).containsKey(id);
				listed.merge(id, 1, Integer::sum);
				String value = sources.get(id).get("value");
				sum = value.isEmpty() ? sum : sum.add(new BigDecimal(value));
			}
			if (!r.get("expected").isEmpty()) {
				assertThat(new BigDecimal(r.get("expected"))).as(r.get("source_row")).isEqualByComparingTo(sum);
			}
			if (r.get("covered").equals("yes")) {
				assertThat(r.get("scope")).matches("former-province-(51|62)|former-district-\\d{3}|new-province-51");
				assertThat(r.get("measure")).isIn("numerator", "denominator", "value", "rate");
				assertThat(r.get("tolerance_rule")).matches("exact|more_than|nearly|rounded_to_\\d_decimals");
			}
			else {
				assertThat(r.get("note")).as("why " + r.get("source_row") + " is not covered").isNotBlank();
			}
		}
		assertThat(listed.keySet()).containsAll(sources.keySet());
	}

	@Test
	void theHeadlineFiguresAreAmongTheCovered() {
		List<String> covered = SampleFiles.csv(SAMPLE.resolve("calibration.csv"), ',')
			.stream()
			.filter(r -> r.get("covered").equals("yes"))
			.map(r -> r.get("source_row") + "=" + r.get("expected"))
			.toList();
		assertThat(covered).contains("QNGOV_2024|preschool|schools_national_standard=124",
				"QNGOV_2024|preschool|schools=206", "QNGOV_2024|primary|schools_national_standard=132",
				"QNGOV_2024|primary_and_lower_secondary|schools=53",
				"QNTV_2025a|all_levels|educational_institutions=923", "QNTV_2025a|all_levels|students=445000",
				"KTTV_2018|preschool_age5|enrolment_rate=99.7", "212|preschool|pupils|total|2015=45632",
				"Huyện Bình Sơn|2015|total=243", "Huyện Trà Bồng + Huyện Tây Trà|2016|total=156");
	}

}
