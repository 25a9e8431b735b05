package vn.edu2030.projection.math;

/**
 * The regression method's answer for one series: a least-squares trend over the observed
 * years, extrapolated to the target year. Figures that cannot be computed are NaN (a
 * writer should store them as NULL) and {@link #note()} says why.
 * <p>
 * <b>Fit.</b> Rates are fitted on the logit scale, counts on their own
 * ({@link FittedScale}); x is the school year, so gaps between years need no special
 * care. With recency weighting each year weighs w = (year − first + 1) / (last − first +
 * 1): the last observed year 1, the first 1/(span + 1), linear in between. A new year is
 * predicted with the weight of the last (w0 = 1).
 * <p>
 * <b>Intervals and probability.</b> On the fitted scale the target-year value has a
 * Student t distribution with n − 2 degrees of freedom around the trend, scaled by
 * {@link LineFit#predictionStandardError}. Interval bounds are back-transformed (the
 * logit is monotone, so coverage is kept). The probability is that of this predictive
 * distribution falling where the target is met: above the target for "&gt;=" and "&gt;",
 * below for "&lt;=" and "&lt;", within ±0.5 percentage point (rates) or ±0.5 % of the
 * target (counts) for "=". For a rate the target goes through the same clamp as the data,
 * so "&gt;= 100 %" is read as "&gt;= 99.9 %"; an "=" band edge at or beyond 0 % or 100 %
 * is left open. With two years there are no degrees of freedom: intervals and probability
 * are NaN. A perfect fit has zero-width intervals and a probability of 0 or 1.
 * <p>
 * <b>Status</b>, first rule that applies: INSUFFICIENT_DATA if the series fails its
 * checks or has fewer than the minimum years; ACHIEVED if the last observation meets the
 * target; if the target year is not after the last observed year, REGRESSING when the
 * slope points away from the target, else NEEDS_ACCELERATION; ON_TRACK if the projected
 * value meets the target (on the fitted scale); REGRESSING if the slope points away from
 * the target; otherwise NEEDS_ACCELERATION (including a flat trend, and an "=" target the
 * trend overshoots). "Away" compares the slope's sign with the side of the last
 * observation the target lies on.
 *
 * @param status where the series stands
 * @param scale the scale the trend was fitted on
 * @param recencyWeighted whether recency weights were used
 * @param yearsUsed number of observed years
 * @param firstYear first observed year (null if none)
 * @param lastYear last observed year (null if none)
 * @param targetYear the target's school year
 * @param projectedValue trend value in the target year, in original units
 * @param interval80 80 % prediction interval for the target year
 * @param interval95 95 % prediction interval for the target year
 * @param probabilityOfMeetingTarget probability that the target-year value meets the
 * target
 * @param slope trend per year on the fitted scale (logit units for a rate)
 * @param slopeOriginalUnits change per year in original units implied by the trend at the
 * last observed year (percentage points for a rate)
 * @param rSquared (weighted) coefficient of determination; NaN for a flat series
 * @param residualStandardError on the fitted scale; NaN with two years
 * @param fit the fitted line on the fitted scale (x = school year), null without a fit
 * @param note degenerate cases and other things a reader should know, null if none
 */
public record RegressionProjection(ProjectionStatus status, FittedScale scale, boolean recencyWeighted, int yearsUsed,
		Integer firstYear, Integer lastYear, int targetYear, double projectedValue, PredictionInterval interval80,
		PredictionInterval interval95, double probabilityOfMeetingTarget, double slope, double slopeOriginalUnits,
		double rSquared, double residualStandardError, LineFit fit, String note) {

	/** The trend in original units for any school year: the fitted line for charts. */
	public double trendAt(double schoolYear) {
		return (this.fit != null) ? this.scale.fromFitted(this.fit.valueAt(schoolYear)) : Double.NaN;
	}

	static RegressionProjection insufficient(CheckedSeries data, FittedScale scale, boolean weighted) {
		return new RegressionProjection(ProjectionStatus.INSUFFICIENT_DATA, scale, weighted, data.size(),
				data.firstYear(), data.lastYear(), data.target().year(), Double.NaN, PredictionInterval.undefined(0.80),
				PredictionInterval.undefined(0.95), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null,
				data.problem);
	}

}
