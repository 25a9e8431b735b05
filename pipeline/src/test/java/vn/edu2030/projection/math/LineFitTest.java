package vn.edu2030.projection.math;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The regression core against NIST StRD "Norris" (certified values in the data file's
 * header).
 */
class LineFitTest {

	private static final double RELATIVE = 1e-9;

	@Test
	void reproducesNorrisCertifiedValues() throws Exception {
		double[][] xy = norris();
		LineFit fit = LineFit.fit(xy[0], xy[1]);

		assertThat(fit.n()).isEqualTo(36);
		assertRelative(fit.intercept(), -0.262323073774029);
		assertRelative(fit.slope(), 1.00211681802045);
		assertRelative(fit.residualStandardError(), 0.884796396144373);
		assertRelative(fit.rSquared(), 0.999993745883712);
	}

	@Test
	void agreesWithCommonsMathWhenUnweighted() throws Exception {
		double[][] xy = norris();
		SimpleRegression commons = new SimpleRegression();
		for (int i = 0; i < xy[0].length; i++) {
			commons.addData(xy[0][i], xy[1][i]);
		}
		LineFit fit = LineFit.fit(xy[0], xy[1]);
		assertRelative(fit.slope(), commons.getSlope());
		assertRelative(fit.intercept(), commons.getIntercept());
		assertRelative(fit.residualStandardError(), Math.sqrt(commons.getMeanSquareError()));
	}

	@Test
	void equalWeightsAreOrdinaryLeastSquares() throws Exception {
		double[][] xy = norris();
		double[] threes = new double[xy[0].length];
		Arrays.fill(threes, 3.0);
		LineFit weighted = LineFit.fit(xy[0], xy[1], threes);
		LineFit plain = LineFit.fit(xy[0], xy[1]);
		assertRelative(weighted.slope(), plain.slope());
		assertRelative(weighted.intercept(), plain.intercept());
		assertRelative(weighted.rSquared(), plain.rSquared());
	}

	private static void assertRelative(double actual, double expected) {
		assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
	}

	/** {x, y} columns of norris.dat, which lists y then x. */
	private static double[][] norris() throws Exception {
		List<double[]> rows = new ArrayList<>();
		try (var in = new BufferedReader(new InputStreamReader(
				LineFitTest.class.getResourceAsStream("/projection/norris.dat"), StandardCharsets.US_ASCII))) {
			String line;
			while ((line = in.readLine()) != null) {
				String[] fields = line.strip().split("\\s+");
				if (fields.length == 2 && !line.startsWith("#") && !fields[0].equals("y")) {
					rows.add(new double[] { Double.parseDouble(fields[1]), Double.parseDouble(fields[0]) });
				}
			}
		}
		double[][] xy = new double[2][rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			xy[0][i] = rows.get(i)[0];
			xy[1][i] = rows.get(i)[1];
		}
		return xy;
	}

}
