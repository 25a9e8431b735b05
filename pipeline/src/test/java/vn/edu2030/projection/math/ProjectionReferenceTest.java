package vn.edu2030.projection.math;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.edu2030.common.CsvReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Both methods against values computed independently by
 * {@code src/test/resources/projection/reference_projections.py} (numpy lstsq + scipy t).
 */
class ProjectionReferenceTest {

	private static final double TOLERANCE = 1e-6;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void regressionMatchesReference(String name, Map<String, String> row) {
		RegressionProjection result = Projections.regression(series(row), options(row));

		assertThat(result.status()).hasToString(row.get("reg_status"));
		assertClose(result.projectedValue(), row, "projected");
		assertClose(result.interval80().lower(), row, "lower80");
		assertClose(result.interval80().upper(), row, "upper80");
		assertClose(result.interval95().lower(), row, "lower95");
		assertClose(result.interval95().upper(), row, "upper95");
		assertClose(result.probabilityOfMeetingTarget(), row, "probability");
		assertClose(result.slope(), row, "slope");
		assertClose(result.slopeOriginalUnits(), row, "slope_original");
		assertClose(result.rSquared(), row, "r_squared");
		assertClose(result.residualStandardError(), row, "residual_se");
		assertThat(result.yearsUsed()).isEqualTo(row.get("years").split(" ").length);
		assertThat(result.recencyWeighted()).isEqualTo(Boolean.parseBoolean(row.get("weighted")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void growthRatioMatchesReference(String name, Map<String, String> row) {
		GrowthRatioAssessment result = Projections.growthRatio(series(row), options(row));

		assertThat(result.status()).hasToString(row.get("gr_status"));
		assertThat(result.category()).hasToString(row.get("gr_category"));
		assertThat(result.variant()).hasToString(row.get("gr_variant"));
		assertThat(result.basis()).isEqualTo(GrowthRatioAssessment.Basis.COMPOUND);
		assertClose(result.requiredAnnualGrowth(), row, "required");
		assertClose(result.actualAnnualGrowth(), row, "actual");
		assertClose(result.ratio(), row, "ratio");
		assertClose(result.anticipatedValue(), row, "anticipated");
	}

	static List<Object[]> cases() throws Exception {
		List<Object[]> cases = new ArrayList<>();
		try (InputStream in = ProjectionReferenceTest.class
			.getResourceAsStream("/projection/reference_projections.csv");
				CsvReader csv = new CsvReader(in, ',', "reference_projections.csv")) {
			String[] header = null;
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				if (row.get(0).startsWith("#")) {
					continue;
				}
				if (header == null) {
					header = row.fields();
					continue;
				}
				Map<String, String> fields = new HashMap<>();
				for (int i = 0; i < header.length; i++) {
					fields.put(header[i], row.get(i));
				}
				cases.add(new Object[] { fields.get("case"), fields });
			}
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(8);
		return cases;
	}

	private static Series series(Map<String, String> row) {
		int[] years = Arrays.stream(row.get("years").split(" ")).mapToInt(Integer::parseInt).toArray();
		double[] values = Arrays.stream(row.get("values").split(" ")).mapToDouble(Double::parseDouble).toArray();
		return Fixtures.series(IndicatorKind.valueOf(row.get("kind")), Direction.valueOf(row.get("direction")),
				row.get("comparator"), Double.parseDouble(row.get("target")), Integer.parseInt(row.get("target_year")),
				years, values);
	}

	private static ProjectionOptions options(Map<String, String> row) {
		return ProjectionOptions.DEFAULTS.withRecencyWeighting(Boolean.parseBoolean(row.get("weighted")));
	}

	private static void assertClose(double actual, Map<String, String> row, String column) {
		assertThat(actual).as(column).isCloseTo(Double.parseDouble(row.get(column)), within(TOLERANCE));
	}

}
