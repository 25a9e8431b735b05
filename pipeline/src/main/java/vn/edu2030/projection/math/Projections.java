package vn.edu2030.projection.math;

/**
 * The two projection methods, pure functions of a {@link Series}: no Spring, no database.
 * Neither throws on bad data: a series that cannot be assessed comes back as
 * {@link ProjectionStatus#INSUFFICIENT_DATA} with the reason in its note.
 *
 * <pre>
 * Series series = new Series(observations, IndicatorKind.RATE, Direction.HIGHER_IS_BETTER,
 *         Target.of("&gt;=", 80.0, 2030));
 * RegressionProjection trend = Projections.regression(series, ProjectionOptions.DEFAULTS);
 * GrowthRatioAssessment growth = Projections.growthRatio(series, ProjectionOptions.DEFAULTS);
 * </pre>
 */
public final class Projections {

	private Projections() {
	}

	/**
	 * Least-squares trend to the target year; see {@link RegressionProjection} for the
	 * rules.
	 */
	public static RegressionProjection regression(Series series, ProjectionOptions options) {
		return RegressionMethod.project(series, options);
	}

	/**
	 * Actual vs required annual growth; see {@link GrowthRatioAssessment} for the rules.
	 */
	public static GrowthRatioAssessment growthRatio(Series series, ProjectionOptions options) {
		return GrowthRatioMethod.assess(series, options);
	}

}
