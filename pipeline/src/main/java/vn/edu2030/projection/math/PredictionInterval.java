package vn.edu2030.projection.math;

/**
 * A two-sided prediction interval in original units; both bounds NaN when it is
 * undefined.
 *
 * @param level coverage, 0.80 or 0.95
 * @param lower lower bound
 * @param upper upper bound
 */
public record PredictionInterval(double level, double lower, double upper) {

	static PredictionInterval undefined(double level) {
		return new PredictionInterval(level, Double.NaN, Double.NaN);
	}

	public boolean isDefined() {
		return !Double.isNaN(this.lower) && !Double.isNaN(this.upper);
	}

	public double width() {
		return this.upper - this.lower;
	}

}
