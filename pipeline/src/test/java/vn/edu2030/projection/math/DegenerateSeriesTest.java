package vn.edu2030.projection.math;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.edu2030.projection.math.GrowthRatioAssessment.Basis;
import vn.edu2030.projection.math.GrowthRatioAssessment.Variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.edu2030.projection.math.Fixtures.countDown;
import static vn.edu2030.projection.math.Fixtures.countUp;
import static vn.edu2030.projection.math.Fixtures.rateUp;

/**
 * Series the methods must answer honestly instead of failing: short, flat, exact, at the
 * bounds.
 */
class DegenerateSeriesTest {

	private static final ProjectionOptions DEFAULTS = ProjectionOptions.DEFAULTS;

	@Test
	void onePointIsInsufficientWhateverTheMinimum() {
		Series single = rateUp(">=", 80, 2030, 2024, 50);

		RegressionProjection trend = Projections.regression(single, DEFAULTS);
		assertThat(trend.status()).isEqualTo(ProjectionStatus.INSUFFICIENT_DATA);
		assertThat(trend.note()).isEqualTo("3 years needed, 1 observed");
		assertThat(trend.projectedValue()).isNaN();
		assertThat(trend.firstYear()).isEqualTo(2024);
		assertThat(trend.fit()).isNull();

		assertThat(Projections.regression(single, DEFAULTS.withMinimumYears(1)).note())
			.isEqualTo("2 years needed, 1 observed");
		GrowthRatioAssessment growth = Projections.growthRatio(single, DEFAULTS.withMinimumYears(1));
		assertThat(growth.status()).isEqualTo(ProjectionStatus.INSUFFICIENT_DATA);
		assertThat(growth.category()).isNull();
		assertThat(growth.ratio()).isNaN();
	}

	@Test
	void noObservationsIsInsufficient() {
		Series empty = new Series(List.of(), IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, Target.of(">=", 5, 2030));
		assertThat(Projections.regression(empty, DEFAULTS).status()).isEqualTo(ProjectionStatus.INSUFFICIENT_DATA);
		assertThat(Projections.growthRatio(empty, DEFAULTS).baselineYear()).isNull();
	}

	@Test
	void twoPointsFitALineButLeaveNoDegreesOfFreedom() {
		Series two = Fixtures.series(IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, ">=", 150, 2030,
				new int[] { 2022, 2024 }, new double[] { 100, 110 });
		assertThat(Projections.regression(two, DEFAULTS).status()).isEqualTo(ProjectionStatus.INSUFFICIENT_DATA);

		RegressionProjection trend = Projections.regression(two, DEFAULTS.withMinimumYears(2));
		assertThat(trend.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(trend.slope()).isEqualTo(5.0);
		assertThat(trend.projectedValue()).isEqualTo(140.0);
		assertThat(trend.interval80().isDefined()).isFalse();
		assertThat(trend.interval95().isDefined()).isFalse();
		assertThat(trend.probabilityOfMeetingTarget()).isNaN();
		assertThat(trend.residualStandardError()).isNaN();
		assertThat(trend.note()).contains("no degrees of freedom");

		GrowthRatioAssessment growth = Projections.growthRatio(two, DEFAULTS.withMinimumYears(2));
		assertThat(growth.actualAnnualGrowth()).isCloseTo(Math.sqrt(1.1) - 1, within(1e-15));
		assertThat(growth.requiredAnnualGrowth()).isCloseTo(Math.pow(1.5, 1.0 / 8) - 1, within(1e-15));
	}

	@Test
	void flatSeriesIsValidWithUndefinedRSquared() {
		Series flat = countUp(">=", 150, 2030, 2020, 120, 120, 120, 120, 120);

		RegressionProjection trend = Projections.regression(flat, DEFAULTS);
		assertThat(trend.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(trend.slope()).isZero();
		assertThat(trend.rSquared()).isNaN();
		assertThat(trend.residualStandardError()).isZero();
		assertThat(trend.interval95().lower()).isEqualTo(120.0);
		assertThat(trend.interval95().upper()).isEqualTo(120.0);
		assertThat(trend.probabilityOfMeetingTarget()).isZero();
		assertThat(trend.note()).contains("flat series: R² is undefined");

		GrowthRatioAssessment growth = Projections.growthRatio(flat, DEFAULTS);
		assertThat(growth.ratio()).isZero();
		assertThat(growth.category()).isEqualTo(GrowthRatioCategory.LIMITED_PROGRESS);
		assertThat(growth.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);

		Series flatAndMet = countUp(">=", 100, 2030, 2020, 120, 120, 120);
		assertThat(Projections.regression(flatAndMet, DEFAULTS).status()).isEqualTo(ProjectionStatus.ACHIEVED);
	}

	@Test
	void perfectFitHasZeroWidthIntervalsAndCertainProbability() {
		RegressionProjection reaches = Projections.regression(countUp(">=", 190, 2030, 2021, 100, 110, 120, 130),
				DEFAULTS);
		assertThat(reaches.projectedValue()).isEqualTo(190.0);
		assertThat(reaches.rSquared()).isEqualTo(1.0);
		assertThat(reaches.interval80().width()).isZero();
		assertThat(reaches.interval95().width()).isZero();
		assertThat(reaches.probabilityOfMeetingTarget()).isEqualTo(1.0);
		assertThat(reaches.status()).isEqualTo(ProjectionStatus.ON_TRACK);
		assertThat(reaches.note()).contains("perfect fit");

		RegressionProjection fallsShort = Projections.regression(countUp(">=", 200, 2030, 2021, 100, 110, 120, 130),
				DEFAULTS);
		assertThat(fallsShort.probabilityOfMeetingTarget()).isZero();
		assertThat(fallsShort.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
	}

	@Test
	void perfectLogitFitIsExactDespiteRoundOff() {
		double[] rates = new double[6];
		for (int i = 0; i < rates.length; i++) {
			rates[i] = 100.0 / (1.0 + Math.exp(-(-1.0 + 0.3 * i)));
		}
		RegressionProjection trend = Projections.regression(rateUp(">=", 90, 2030, 2019, rates), DEFAULTS);
		assertThat(trend.residualStandardError()).isZero();
		assertThat(trend.slope()).isCloseTo(0.3, within(1e-12));
		assertThat(trend.projectedValue()).isCloseTo(100.0 / (1.0 + Math.exp(-(-1.0 + 0.3 * 11))), within(1e-9));
		assertThat(trend.interval95().width()).isZero();
		assertThat(trend.probabilityOfMeetingTarget()).isEqualTo(1.0);
	}

	@Test
	void allValuesAtOneHundredPercent() {
		Series full = rateUp(">=", 95, 2030, 2020, 100, 100, 100, 100, 100);

		RegressionProjection trend = Projections.regression(full, DEFAULTS);
		assertThat(trend.status()).isEqualTo(ProjectionStatus.ACHIEVED);
		assertThat(trend.projectedValue()).isCloseTo(99.9, within(1e-12));
		assertThat(trend.rSquared()).isNaN();
		assertThat(trend.note()).contains("logit clamp");

		GrowthRatioAssessment growth = Projections.growthRatio(full, DEFAULTS);
		assertThat(growth.status()).isEqualTo(ProjectionStatus.ACHIEVED);
		assertThat(growth.variant()).isEqualTo(Variant.CEILING);
		assertThat(growth.basis()).isEqualTo(Basis.LINEAR);
		assertThat(growth.ratio()).isNaN();
		assertThat(growth.category()).isNull();
		assertThat(growth.note()).contains("baseline shortfall is 0").contains("baseline already met the target");
	}

	@Test
	void gapsInYearsAreRegressedOnTheYear() {
		Series gaps = Fixtures.series(IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, ">=", 150, 2030,
				new int[] { 2015, 2018, 2019, 2024 }, new double[] { 100, 109, 112, 127 });
		RegressionProjection trend = Projections.regression(gaps, DEFAULTS);
		assertThat(trend.slope()).isCloseTo(3.0, within(1e-12));
		assertThat(trend.projectedValue()).isCloseTo(145.0, within(1e-9));
		assertThat(trend.yearsUsed()).isEqualTo(4);
		assertThat(trend.firstYear()).isEqualTo(2015);
		assertThat(trend.lastYear()).isEqualTo(2024);
		assertThat(trend.trendAt(2020)).isCloseTo(115.0, within(1e-9));

		GrowthRatioAssessment growth = Projections.growthRatio(gaps, DEFAULTS);
		assertThat(growth.actualAnnualGrowth()).isCloseTo(Math.pow(1.27, 1.0 / 9) - 1, within(1e-15));
	}

	@Test
	void baselineZeroFallsBackToLinearChange() {
		Series fromZero = Fixtures.series(IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, ">=", 30, 2030,
				new int[] { 2018, 2020, 2022, 2024 }, new double[] { 0, 4, 8, 12 });
		GrowthRatioAssessment growth = Projections.growthRatio(fromZero, DEFAULTS);
		assertThat(growth.basis()).isEqualTo(Basis.LINEAR);
		assertThat(growth.actualAnnualGrowth()).isEqualTo(2.0);
		assertThat(growth.requiredAnnualGrowth()).isEqualTo(2.5);
		assertThat(growth.ratio()).isEqualTo(0.8);
		assertThat(growth.anticipatedValue()).isEqualTo(24.0);
		assertThat(growth.category()).isEqualTo(GrowthRatioCategory.ACCELERATION_NEEDED);
		assertThat(growth.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(growth.note()).contains("baseline is 0").contains("linear annual change");
	}

	@Test
	void targetOfOneHundredPercentUsesLinearShortfall() {
		GrowthRatioAssessment growth = Projections.growthRatio(rateUp(">=", 100, 2030, 2020, 90, 92, 94, 96, 98),
				DEFAULTS);
		assertThat(growth.variant()).isEqualTo(Variant.CEILING);
		assertThat(growth.basis()).isEqualTo(Basis.LINEAR);
		assertThat(growth.actualAnnualGrowth()).isCloseTo(-2.0, within(1e-12));
		assertThat(growth.requiredAnnualGrowth()).isCloseTo(-1.0, within(1e-12));
		assertThat(growth.ratio()).isCloseTo(2.0, within(1e-12));
		assertThat(growth.status()).isEqualTo(ProjectionStatus.ON_TRACK);
		assertThat(growth.note()).contains("target shortfall is 0");
	}

	@Test
	void ceilingThresholdIsAnOptionAndOnlyForHigherIsBetterRates() {
		Series rate85 = rateUp(">=", 85, 2030, 2020, 70, 72, 75);
		assertThat(Projections.growthRatio(rate85, DEFAULTS).variant()).isEqualTo(Variant.PLAIN);
		assertThat(Projections.growthRatio(rate85, DEFAULTS.withCeilingThreshold(80)).variant())
			.isEqualTo(Variant.CEILING);
		Series dropout = Fixtures.consecutive(IndicatorKind.RATE, Direction.LOWER_IS_BETTER, "<=", 95, 2030, 2020, 99,
				98.5, 98);
		assertThat(Projections.growthRatio(dropout, DEFAULTS).variant()).isEqualTo(Variant.PLAIN);
	}

	@Test
	void targetAlreadyMet() {
		Series met = rateUp(">=", 90, 2030, 2020, 70, 75, 82, 86, 91);
		assertThat(Projections.regression(met, DEFAULTS).status()).isEqualTo(ProjectionStatus.ACHIEVED);
		GrowthRatioAssessment growth = Projections.growthRatio(met, DEFAULTS);
		assertThat(growth.status()).isEqualTo(ProjectionStatus.ACHIEVED);
		assertThat(growth.category()).isEqualTo(GrowthRatioCategory.ON_TRACK);
		assertThat(growth.variant()).isEqualTo(Variant.CEILING);

		Series lowerMet = countDown("<=", 100, 2030, 2020, 130, 110, 95);
		assertThat(Projections.regression(lowerMet, DEFAULTS).status()).isEqualTo(ProjectionStatus.ACHIEVED);
		assertThat(Projections.growthRatio(lowerMet, DEFAULTS).status()).isEqualTo(ProjectionStatus.ACHIEVED);
	}

	@Test
	void targetEqualToBaseline() {
		GrowthRatioAssessment stuck = Projections.growthRatio(countUp(">", 100, 2030, 2020, 100, 100, 100), DEFAULTS);
		assertThat(stuck.ratio()).isNaN();
		assertThat(stuck.requiredAnnualGrowth()).isZero();
		assertThat(stuck.category()).isEqualTo(GrowthRatioCategory.LIMITED_PROGRESS);
		assertThat(stuck.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(stuck.note()).contains("target equals baseline");

		GrowthRatioAssessment lost = Projections.growthRatio(countUp(">=", 100, 2030, 2020, 100, 98, 95), DEFAULTS);
		assertThat(lost.ratio()).isNaN();
		assertThat(lost.category()).isEqualTo(GrowthRatioCategory.DETERIORATION);
		assertThat(lost.status()).isEqualTo(ProjectionStatus.REGRESSING);
		assertThat(lost.note()).contains("the baseline met the target and the last observation no longer does");
	}

	@Test
	void targetYearAlreadyPassed() {
		RegressionProjection rising = Projections.regression(countUp(">=", 100, 2023, 2020, 10, 20, 30, 40, 50),
				DEFAULTS);
		assertThat(rising.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(rising.note()).contains("not after the last observed year 2024");
		assertThat(Projections.regression(countUp(">=", 100, 2023, 2020, 50, 40, 30, 20, 10), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.REGRESSING);
		GrowthRatioAssessment growth = Projections.growthRatio(countUp(">=", 100, 2024, 2020, 10, 20, 30, 40, 50),
				DEFAULTS);
		assertThat(growth.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(growth.anticipatedValue()).isEqualTo(50.0);
	}

	@Test
	void badDataIsInsufficientWithAReasonNotAnException() {
		assertThat(Projections.regression(rateUp(">=", 80, 2030, 2020, 50, Double.NaN, 60), DEFAULTS).note())
			.isEqualTo("value for school year 2021 is not a number");
		assertThat(Projections.regression(rateUp(">=", 80, 2030, 2020, 50, 104, 60), DEFAULTS).note())
			.isEqualTo("rate 104.0 in school year 2021 is outside 0-100");
		assertThat(Projections.growthRatio(countUp(">=", 80, 2030, 2020, 50, -1, 60), DEFAULTS).note())
			.isEqualTo("negative count -1.0 in school year 2021");
		assertThat(Projections.regression(rateUp(">=", 120, 2030, 2020, 50, 55, 60), DEFAULTS).note())
			.isEqualTo("rate target 120.0 is outside 0-100");
		Series duplicate = Fixtures.series(IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, ">=", 80, 2030,
				new int[] { 2021, 2020, 2021 }, new double[] { 1, 2, 3 });
		RegressionProjection trend = Projections.regression(duplicate, DEFAULTS);
		assertThat(trend.status()).isEqualTo(ProjectionStatus.INSUFFICIENT_DATA);
		assertThat(trend.note()).isEqualTo("two observations for school year 2021");
	}

	@Test
	void observationsInAnyOrder() {
		Series shuffled = Fixtures.series(IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, ">=", 150, 2030,
				new int[] { 2024, 2015, 2019, 2018 }, new double[] { 127, 100, 112, 109 });
		assertThat(Projections.regression(shuffled, DEFAULTS).projectedValue()).isCloseTo(145.0, within(1e-9));
		GrowthRatioAssessment growth = Projections.growthRatio(shuffled, DEFAULTS);
		assertThat(growth.baselineYear()).isEqualTo(2015);
		assertThat(growth.currentValue()).isEqualTo(127.0);
	}

	@Test
	void recencyWeightsFollowTheDocumentedFormula() {
		// w = (year − 2015 + 1) / 10: a hand-weighted LineFit must give the same line.
		Series series = countUp(">=", 200, 2030, 2015, 100, 104, 103, 110, 115, 113, 121, 126, 124, 131);
		RegressionProjection weighted = Projections.regression(series, DEFAULTS.withRecencyWeighting(true));
		double[] x = new double[10];
		double[] y = { 100, 104, 103, 110, 115, 113, 121, 126, 124, 131 };
		double[] w = new double[10];
		for (int i = 0; i < 10; i++) {
			x[i] = 2015 + i;
			w[i] = (i + 1) / 10.0;
		}
		LineFit expected = LineFit.fit(x, y, w);
		assertThat(weighted.slope()).isEqualTo(expected.slope());
		assertThat(weighted.projectedValue()).isEqualTo(expected.valueAt(2030));
		assertThat(weighted.slope()).isNotEqualTo(Projections.regression(series, DEFAULTS).slope());
	}

}
