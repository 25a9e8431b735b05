package vn.edu2030.projection.math;

/**
 * The scale a trend is fitted on. Rates use the logit of the proportion, so a straight
 * line on that scale becomes an S-curve in percent that never passes 0 % or 100 %; counts
 * use their own scale.
 */
public enum FittedScale {

	LINEAR,

	/**
	 * z = ln(p / (1 − p)) with p = value / 100 clamped to [{@value #LOGIT_CLAMP}, 1 −
	 * {@value #LOGIT_CLAMP}]: the logit of 0 % or 100 % is infinite, and a single such
	 * year would otherwise decide the whole fit. So 0 % is fitted as 0.1 % and 100 % as
	 * 99.9 %.
	 */
	LOGIT;

	public static final double LOGIT_CLAMP = 0.001;

	public static FittedScale of(IndicatorKind kind) {
		return (kind == IndicatorKind.RATE) ? LOGIT : LINEAR;
	}

	/** A value in original units (percent for a rate) on this scale. */
	public double toFitted(double value) {
		if (this == LINEAR) {
			return value;
		}
		double p = Math.min(Math.max(value / 100.0, LOGIT_CLAMP), 1.0 - LOGIT_CLAMP);
		return Math.log(p / (1.0 - p));
	}

	/** A value on this scale back in original units. */
	public double fromFitted(double z) {
		return (this == LINEAR) ? z : 100.0 / (1.0 + Math.exp(-z));
	}

	/** Whether {@link #toFitted} moves this value to the clamp bound. */
	public boolean clamps(double value) {
		return this == LOGIT && (value / 100.0 < LOGIT_CLAMP || value / 100.0 > 1.0 - LOGIT_CLAMP);
	}

	/**
	 * d(original value) / dz at z: turns a slope on this scale into original units per
	 * year.
	 */
	double derivative(double z) {
		if (this == LINEAR) {
			return 1.0;
		}
		double p = 1.0 / (1.0 + Math.exp(-z));
		return 100.0 * p * (1.0 - p);
	}

}
