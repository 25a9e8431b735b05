package vn.edu2030.projection.math;

import java.util.Arrays;

/**
 * A straight line y = a + b·x fitted by (weighted) least squares: the regression core.
 * <p>
 * Closed form on weighted-centred sums (x̄ = Σwx/Σw, Sxx = Σw(x − x̄)², Sxy = Σw(x −
 * x̄)(y − ȳ)), which is exact on small integer data and accurate on NIST's "Norris".
 * Commons Math's {@code SimpleRegression} has no weights, and
 * {@code OLSMultipleLinearRegression} on a √w-scaled design refuses two points and
 * reports an uncentred R² without an intercept column; one formula here serves the
 * weighted and unweighted fits alike.
 * <p>
 * Residual sums below floating-point noise (a weighted RMS under 1e-10 × (1 + max|y|))
 * are taken as zero, so a perfect fit gives a zero residual standard error and a flat
 * series an undefined R² instead of round-off.
 *
 * @param n number of points
 * @param sumOfWeights Σw (n when unweighted)
 * @param xMean weighted mean of x
 * @param yMean weighted mean of y
 * @param sxx Σw(x − x̄)²
 * @param syy Σw(y − ȳ)², zero for a flat series
 * @param slope b
 * @param sse Σw(y − ŷ)², the weighted residual sum of squares
 */
public record LineFit(int n, double sumOfWeights, double xMean, double yMean, double sxx, double syy, double slope,
		double sse) {

	private static final double NOISE = 1e-10;

	/** Ordinary least squares. */
	public static LineFit fit(double[] x, double[] y) {
		double[] ones = new double[x.length];
		Arrays.fill(ones, 1.0);
		return fit(x, y, ones);
	}

	/**
	 * Weighted least squares: minimises Σw(y − a − b·x)².
	 * @throws IllegalArgumentException unless the arrays have the same length, weights
	 * are positive and x takes at least two distinct values
	 */
	public static LineFit fit(double[] x, double[] y, double[] weights) {
		int n = x.length;
		if (y.length != n || weights.length != n) {
			throw new IllegalArgumentException("x, y and weights differ in length");
		}
		double sw = 0;
		double swx = 0;
		double swy = 0;
		double maxAbsY = 0;
		for (int i = 0; i < n; i++) {
			if (!(weights[i] > 0)) {
				throw new IllegalArgumentException("weights must be positive");
			}
			sw += weights[i];
			swx += weights[i] * x[i];
			swy += weights[i] * y[i];
			maxAbsY = Math.max(maxAbsY, Math.abs(y[i]));
		}
		double xMean = swx / sw;
		double yMean = swy / sw;
		double sxx = 0;
		double sxy = 0;
		double syy = 0;
		for (int i = 0; i < n; i++) {
			double dx = x[i] - xMean;
			double dy = y[i] - yMean;
			sxx += weights[i] * dx * dx;
			sxy += weights[i] * dx * dy;
			syy += weights[i] * dy * dy;
		}
		if (!(sxx > 0)) {
			throw new IllegalArgumentException("a line needs at least two distinct x values");
		}
		double slope = sxy / sxx;
		double sse = 0;
		for (int i = 0; i < n; i++) {
			double residual = (y[i] - yMean) - slope * (x[i] - xMean);
			sse += weights[i] * residual * residual;
		}
		double noise = NOISE * (1.0 + maxAbsY);
		double floor = noise * noise * sw;
		return new LineFit(n, sw, xMean, yMean, sxx, (syy <= floor) ? 0.0 : syy, slope, (sse <= floor) ? 0.0 : sse);
	}

	/** a, the fitted value at x = 0. */
	public double intercept() {
		return this.yMean - this.slope * this.xMean;
	}

	public double valueAt(double x) {
		return this.yMean + this.slope * (x - this.xMean);
	}

	/** n − 2. */
	public int degreesOfFreedom() {
		return this.n - 2;
	}

	/** √(Σw·r² / (n − 2)); NaN with two points (no degrees of freedom left). */
	public double residualStandardError() {
		return (degreesOfFreedom() > 0) ? Math.sqrt(this.sse / degreesOfFreedom()) : Double.NaN;
	}

	/** 1 − SSE/Syy (weighted); NaN for a flat series, where it is undefined. */
	public double rSquared() {
		return (this.syy > 0) ? 1.0 - this.sse / this.syy : Double.NaN;
	}

	/**
	 * Standard error of a new observation at x0 that carries weight w0: s·√(1/w0 + 1/Σw +
	 * (x0 − x̄)²/Sxx). Unweighted (w0 = 1, Σw = n) this is the textbook prediction error
	 * s·√(1 + 1/n + (x0 − x̄)²/Sxx).
	 */
	public double predictionStandardError(double x0, double w0) {
		double dx = x0 - this.xMean;
		return residualStandardError() * Math.sqrt(1.0 / w0 + 1.0 / this.sumOfWeights + dx * dx / this.sxx);
	}

}
