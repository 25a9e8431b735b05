package vn.edu2030.projection.math;

/**
 * Settings shared by both methods.
 *
 * @param minimumYears fewer observed years than this gives
 * {@link ProjectionStatus#INSUFFICIENT_DATA} (both methods need at least 2 whatever this
 * says)
 * @param recencyWeighted fit the regression by weighted least squares with weights
 * growing toward recent years (see {@link RegressionProjection})
 * @param ceilingThreshold a higher-is-better rate whose target is at or above this many
 * percent is assessed by the growth ratio on its shortfall from 100 % (see
 * {@link GrowthRatioAssessment})
 */
public record ProjectionOptions(int minimumYears, boolean recencyWeighted, double ceilingThreshold) {

	/**
	 * 3 years, unweighted, ceiling-aware growth ratio for rate targets of 90 % and above.
	 */
	public static final ProjectionOptions DEFAULTS = new ProjectionOptions(3, false, 90.0);

	public ProjectionOptions {
		if (minimumYears < 1) {
			throw new IllegalArgumentException("minimumYears must be at least 1: " + minimumYears);
		}
		if (Double.isNaN(ceilingThreshold)) {
			throw new IllegalArgumentException("ceilingThreshold is not a number");
		}
	}

	public ProjectionOptions withMinimumYears(int years) {
		return new ProjectionOptions(years, this.recencyWeighted, this.ceilingThreshold);
	}

	public ProjectionOptions withRecencyWeighting(boolean weighted) {
		return new ProjectionOptions(this.minimumYears, weighted, this.ceilingThreshold);
	}

	public ProjectionOptions withCeilingThreshold(double percent) {
		return new ProjectionOptions(this.minimumYears, this.recencyWeighted, percent);
	}

}
