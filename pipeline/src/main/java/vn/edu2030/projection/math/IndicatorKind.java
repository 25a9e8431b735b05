package vn.edu2030.projection.math;

/** What a series measures, which decides the scale its trend is fitted on. */
public enum IndicatorKind {

	/** A percentage between 0 and 100; its trend is fitted on the logit scale. */
	RATE,

	/** A non-negative count; its trend is fitted on its own (linear) scale. */
	COUNT

}
