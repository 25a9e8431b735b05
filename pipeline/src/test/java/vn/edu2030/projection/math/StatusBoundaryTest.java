package vn.edu2030.projection.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.edu2030.projection.math.Fixtures.countDown;
import static vn.edu2030.projection.math.Fixtures.countUp;
import static vn.edu2030.projection.math.Fixtures.rateUp;

/** Where one status turns into the next. */
class StatusBoundaryTest {

	private static final ProjectionOptions DEFAULTS = ProjectionOptions.DEFAULTS;

	@Test
	void growthRatioCategoryBoundsAreInclusiveBelow() {
		assertThat(GrowthRatioCategory.of(0.95)).isEqualTo(GrowthRatioCategory.ON_TRACK);
		assertThat(GrowthRatioCategory.of(Math.nextDown(0.95))).isEqualTo(GrowthRatioCategory.ACCELERATION_NEEDED);
		assertThat(GrowthRatioCategory.of(0.5)).isEqualTo(GrowthRatioCategory.ACCELERATION_NEEDED);
		assertThat(GrowthRatioCategory.of(Math.nextDown(0.5))).isEqualTo(GrowthRatioCategory.LIMITED_PROGRESS);
		assertThat(GrowthRatioCategory.of(-0.1)).isEqualTo(GrowthRatioCategory.LIMITED_PROGRESS);
		assertThat(GrowthRatioCategory.of(Math.nextDown(-0.1))).isEqualTo(GrowthRatioCategory.DETERIORATION);
		assertThat(GrowthRatioCategory.of(Double.POSITIVE_INFINITY)).isEqualTo(GrowthRatioCategory.ON_TRACK);
		assertThatThrownBy(() -> GrowthRatioCategory.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void categoriesMapToStatuses() {
		assertThat(GrowthRatioCategory.ON_TRACK.status()).isEqualTo(ProjectionStatus.ON_TRACK);
		assertThat(GrowthRatioCategory.ACCELERATION_NEEDED.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(GrowthRatioCategory.LIMITED_PROGRESS.status()).isEqualTo(ProjectionStatus.NEEDS_ACCELERATION);
		assertThat(GrowthRatioCategory.DETERIORATION.status()).isEqualTo(ProjectionStatus.REGRESSING);
		assertThat(GrowthRatioCategory.LIMITED_PROGRESS.label()).isEqualTo("limited progress");
	}

	/**
	 * Exact ratios end to end, on the linear basis (baseline or target 0) where they are
	 * exact in binary: required 60/15 = 4 a year; actual 19/5 = 3.8 (0.95) or 10/5 = 2
	 * (0.5) a year.
	 */
	@ParameterizedTest
	@CsvSource({ "19, 0.95, ON_TRACK, ON_TRACK", "18.99, 0.9495, ACCELERATION_NEEDED, NEEDS_ACCELERATION",
			"10, 0.5, ACCELERATION_NEEDED, NEEDS_ACCELERATION", "9.99, 0.4995, LIMITED_PROGRESS, NEEDS_ACCELERATION" })
	void growthRatioAtAndJustBelowUpperBounds(double current, double ratio, GrowthRatioCategory category,
			ProjectionStatus status) {
		Series series = countUp(">=", 60, 2030, 2015, 0, 1, 2, 3, 4, current);
		GrowthRatioAssessment growth = Projections.growthRatio(series, DEFAULTS);
		assertThat(growth.ratio()).isCloseTo(ratio, within(1e-15));
		assertThat(growth.category()).isEqualTo(category);
		assertThat(growth.status()).isEqualTo(status);
	}

	/**
	 * Target 0 by 2030 from 40 in 2010: required −2 a year. Rising 0.2 a year to 42 in
	 * 2020 gives a ratio of exactly −0.1, still limited progress; a little more is
	 * deterioration.
	 */
	@ParameterizedTest
	@CsvSource({ "42, LIMITED_PROGRESS, NEEDS_ACCELERATION", "42.01, DETERIORATION, REGRESSING",
			"41.99, LIMITED_PROGRESS, NEEDS_ACCELERATION" })
	void growthRatioAroundMinusOneTenth(double current, GrowthRatioCategory category, ProjectionStatus status) {
		Series series = Fixtures.series(IndicatorKind.COUNT, Direction.LOWER_IS_BETTER, "<=", 0, 2030,
				new int[] { 2010, 2015, 2020 }, new double[] { 40, 41, current });
		GrowthRatioAssessment growth = Projections.growthRatio(series, DEFAULTS);
		if (current == 42) {
			assertThat(growth.ratio()).isEqualTo(-0.1);
		}
		assertThat(growth.category()).isEqualTo(category);
		assertThat(growth.status()).isEqualTo(status);
	}

	/**
	 * 10, 20, 30 in 2022-2024 projects to exactly 90 in 2030; 90, 80, 70 to exactly 10.
	 */
	@ParameterizedTest
	@CsvSource({ ">=, 90, 1.0, ON_TRACK", ">, 90, 0.0, NEEDS_ACCELERATION", "=, 90, 1.0, ON_TRACK",
			">=, 90.000000001, 0.0, NEEDS_ACCELERATION", ">, 89.999999999, 1.0, ON_TRACK" })
	void risingProjectionExactlyAtTarget(String comparator, double target, double probability,
			ProjectionStatus status) {
		RegressionProjection trend = Projections.regression(countUp(comparator, target, 2030, 2022, 10, 20, 30),
				DEFAULTS);
		assertThat(trend.projectedValue()).isEqualTo(90.0);
		assertThat(trend.probabilityOfMeetingTarget()).isEqualTo(probability);
		assertThat(trend.status()).isEqualTo(status);
	}

	@ParameterizedTest
	@CsvSource({ "<=, 10, 1.0, ON_TRACK", "<, 10, 0.0, NEEDS_ACCELERATION", "=, 10, 1.0, ON_TRACK",
			"<=, 9.999999999, 0.0, NEEDS_ACCELERATION", "<, 10.000000001, 1.0, ON_TRACK" })
	void fallingProjectionExactlyAtTarget(String comparator, double target, double probability,
			ProjectionStatus status) {
		RegressionProjection trend = Projections.regression(countDown(comparator, target, 2030, 2022, 90, 80, 70),
				DEFAULTS);
		assertThat(trend.projectedValue()).isEqualTo(10.0);
		assertThat(trend.probabilityOfMeetingTarget()).isEqualTo(probability);
		assertThat(trend.status()).isEqualTo(status);
	}

	/**
	 * With noise, a projection exactly on the target is a coin toss for one-sided
	 * comparators; the status follows the projection itself, so a strict comparator is
	 * not yet on track.
	 */
	@ParameterizedTest
	@CsvSource({ ">=, ON_TRACK", ">, NEEDS_ACCELERATION", "<=, ON_TRACK", "<, NEEDS_ACCELERATION" })
	void noisyProjectionExactlyAtTargetHasProbabilityOneHalf(String comparator, ProjectionStatus status) {
		boolean rising = comparator.startsWith(">");
		double[] values = rising ? new double[] { 10, 22, 28, 40 } : new double[] { 100, 88, 82, 70 };
		double projected = Projections.regression(countUp(">=", 1000, 2030, 2021, values), DEFAULTS).projectedValue();
		Series atTarget = rising ? countUp(comparator, projected, 2030, 2021, values)
				: countDown(comparator, projected, 2030, 2021, values);
		RegressionProjection trend = Projections.regression(atTarget, DEFAULTS);
		assertThat(trend.probabilityOfMeetingTarget()).isCloseTo(0.5, within(1e-12));
		assertThat(trend.status()).isEqualTo(status);
	}

	@Test
	void equalTargetOfARateIsABandOfHalfAPoint() {
		assertThat(Projections.regression(rateUp("=", 80, 2030, 2020, 70, 75, 80.5), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.ACHIEVED);
		assertThat(Projections.regression(rateUp("=", 80, 2030, 2020, 70, 75, 80.6), DEFAULTS).status())
			.isNotEqualTo(ProjectionStatus.ACHIEVED);
	}

	@Test
	void lastObservationExactlyAtTarget() {
		assertThat(Projections.regression(countUp(">=", 30, 2030, 2022, 10, 20, 30), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.ACHIEVED);
		assertThat(Projections.regression(countUp(">", 30, 2030, 2022, 10, 20, 30), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.ON_TRACK);
		assertThat(Projections.growthRatio(countUp(">", 30, 2030, 2022, 10, 20, 30), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.ON_TRACK);
		assertThat(Projections.regression(countDown("<", 70, 2030, 2022, 90, 80, 70), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.ON_TRACK);
	}

	@Test
	void slopeAwayFromTargetIsRegressing() {
		assertThat(Projections.regression(countUp(">=", 100, 2030, 2020, 50, 48, 47, 45), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.REGRESSING);
		assertThat(Projections.regression(countDown("<=", 10, 2030, 2020, 50, 52, 53, 55), DEFAULTS).status())
			.isEqualTo(ProjectionStatus.REGRESSING);
	}

}
