package vn.edu2030.projection.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.TDistribution;

/** Computes a {@link RegressionProjection}; the rules are documented there. */
final class RegressionMethod {

	/**
	 * Accuracy of t quantiles; Commons Math's default (1e-9) is coarser than the tests
	 * need.
	 */
	private static final double QUANTILE_ACCURACY = 1e-12;

	private RegressionMethod() {
	}

	static RegressionProjection project(Series series, ProjectionOptions options) {
		CheckedSeries data = CheckedSeries.check(series, options);
		FittedScale scale = FittedScale.of(series.kind());
		boolean weighted = options.recencyWeighted();
		if (data.problem != null) {
			return RegressionProjection.insufficient(data, scale, weighted);
		}
		List<String> notes = new ArrayList<>();
		int n = data.size();
		int first = data.years[0];
		int last = data.years[n - 1];
		double[] x = new double[n];
		double[] z = new double[n];
		double[] w = new double[n];
		boolean clamped = false;
		for (int i = 0; i < n; i++) {
			x[i] = data.years[i];
			z[i] = scale.toFitted(data.values[i]);
			w[i] = weighted ? (data.years[i] - first + 1.0) / (last - first + 1.0) : 1.0;
			clamped |= scale.clamps(data.values[i]);
		}
		if (clamped) {
			notes.add("rates below 0.1 % or above 99.9 % were fitted as 0.1 % or 99.9 % (logit clamp)");
		}
		LineFit fit = LineFit.fit(x, z, w);
		int targetYear = data.target().year();
		double projectedZ = fit.valueAt(targetYear);
		double projected = scale.fromFitted(projectedZ);
		TargetRegion region = TargetRegion.of(data.target(), data.kind(), scale);

		PredictionInterval interval80;
		PredictionInterval interval95;
		double probability;
		if (fit.degreesOfFreedom() == 0) {
			interval80 = PredictionInterval.undefined(0.80);
			interval95 = PredictionInterval.undefined(0.95);
			probability = Double.NaN;
			notes.add("two years: the line passes through both, no degrees of freedom are left"
					+ " for prediction intervals or a probability");
		}
		else if (fit.residualStandardError() == 0) {
			interval80 = new PredictionInterval(0.80, projected, projected);
			interval95 = new PredictionInterval(0.95, projected, projected);
			probability = region.contains(projectedZ) ? 1.0 : 0.0;
			notes.add("perfect fit: zero residuals, so zero-width intervals and a probability of 0 or 1");
		}
		else {
			TDistribution t = tDistribution(fit.degreesOfFreedom());
			double se = fit.predictionStandardError(targetYear, 1.0);
			interval80 = interval(0.80, projectedZ, se, t, scale);
			interval95 = interval(0.95, projectedZ, se, t, scale);
			probability = region.probability(projectedZ, se, t);
		}
		if (Double.isNaN(fit.rSquared())) {
			notes.add("flat series: R² is undefined");
		}

		double slope = fit.slope();
		ProjectionStatus status;
		if (data.meetsTarget(data.lastValue())) {
			status = ProjectionStatus.ACHIEVED;
		}
		else if (data.targetYearPassed()) {
			status = data.movesAway(slope) ? ProjectionStatus.REGRESSING : ProjectionStatus.NEEDS_ACCELERATION;
			notes.add("target year " + targetYear + " is not after the last observed year " + last
					+ ": status from the trend's direction only");
		}
		else if (region.contains(projectedZ)) {
			status = ProjectionStatus.ON_TRACK;
		}
		else if (data.movesAway(slope)) {
			status = ProjectionStatus.REGRESSING;
		}
		else {
			status = ProjectionStatus.NEEDS_ACCELERATION;
			if (data.target().comparator() == TargetComparator.EQUAL && slope != 0
					&& !data.movesAway(projected - data.target().value())) {
				notes.add("the trend overshoots the \"=\" target by the target year");
			}
		}
		double slopeOriginalUnits = slope * scale.derivative(fit.valueAt(last));
		return new RegressionProjection(status, scale, weighted, n, first, last, targetYear, projected, interval80,
				interval95, probability, slope, slopeOriginalUnits, fit.rSquared(), fit.residualStandardError(), fit,
				CheckedSeries.join(notes));
	}

	/**
	 * Distributions and quantiles by degrees of freedom: a country has hundreds of
	 * thousands of series but only a handful of series lengths, and the quantile is an
	 * iterative solve.
	 */
	private static final Map<Double, TDistribution> DISTRIBUTIONS = new ConcurrentHashMap<>();

	private static final Map<Quantile, Double> QUANTILES = new ConcurrentHashMap<>();

	/** A two-sided quantile of the t distribution: degrees of freedom and level. */
	private record Quantile(double degreesOfFreedom, double level) {

	}

	private static TDistribution tDistribution(double degreesOfFreedom) {
		return DISTRIBUTIONS.computeIfAbsent(degreesOfFreedom, df -> new TDistribution(null, df, QUANTILE_ACCURACY));
	}

	private static PredictionInterval interval(double level, double centre, double se, TDistribution t,
			FittedScale scale) {
		double half = QUANTILES.computeIfAbsent(new Quantile(t.getDegreesOfFreedom(), level),
				k -> t.inverseCumulativeProbability(0.5 + level / 2)) * se;
		return new PredictionInterval(level, scale.fromFitted(centre - half), scale.fromFitted(centre + half));
	}

	/**
	 * Where on the fitted scale the target is met: [low, high] with open or closed ends,
	 * infinite on the side the comparator leaves open.
	 */
	record TargetRegion(double low, boolean lowInclusive, double high, boolean highInclusive) {

		static TargetRegion of(Target target, IndicatorKind kind, FittedScale scale) {
			double at = scale.toFitted(target.value());
			double inf = Double.POSITIVE_INFINITY;
			return switch (target.comparator()) {
				case AT_LEAST -> new TargetRegion(at, true, inf, true);
				case ABOVE -> new TargetRegion(at, false, inf, true);
				case AT_MOST -> new TargetRegion(-inf, true, at, true);
				case BELOW -> new TargetRegion(-inf, true, at, false);
				case EQUAL -> {
					double tolerance = target.equalTolerance(kind);
					double low = target.value() - tolerance;
					double high = target.value() + tolerance;
					// A band edge past the rate's range must not be clamped back into it.
					boolean rate = kind == IndicatorKind.RATE;
					yield new TargetRegion((rate && low <= 0) ? -inf : scale.toFitted(low), true,
							(rate && high >= 100) ? inf : scale.toFitted(high), true);
				}
			};
		}

		boolean contains(double z) {
			boolean aboveLow = this.lowInclusive ? z >= this.low : z > this.low;
			boolean belowHigh = this.highInclusive ? z <= this.high : z < this.high;
			return aboveLow && belowHigh;
		}

		/** P(low ≤ Y ≤ high) for Y = centre + se·T. */
		double probability(double centre, double se, TDistribution t) {
			double upper = (this.high == Double.POSITIVE_INFINITY) ? 1.0
					: t.cumulativeProbability((this.high - centre) / se);
			double lower = (this.low == Double.NEGATIVE_INFINITY) ? 0.0
					: t.cumulativeProbability((this.low - centre) / se);
			return upper - lower;
		}

	}

}
