package vn.edu2030.projection.math;

/**
 * The growth ratio method's answer for one series (UN SDG progress charts, ESCAP
 * "anticipated vs required"): how fast the series grew from its first to its last
 * observation, against how fast it had to grow from its first observation to meet the
 * target in the target year.
 * <p>
 * <b>Rates.</b> With t in years, baseline b (first observation), current c (last) and
 * target T: required = (T/b)^(1/(tT − tb)) − 1, actual = (c/b)^(1/(tc − tb)) − 1, ratio =
 * actual / required. Both rates are negative for a falling indicator, so the ratio reads
 * the same for lower-is-better indicators. If b or T is 0 compound growth is undefined or
 * can never arrive, so both rates are linear annual changes instead ((T − b)/(tT − tb)
 * and (c − b)/(tc − tb), units per year): {@link Basis#LINEAR}, and the note says so.
 * <p>
 * <b>Ceiling.</b> Near 100 % growth stalls on the ceiling, so for a higher-is-better rate
 * whose target is at or above {@link ProjectionOptions#ceilingThreshold()} the same
 * formulas run on the shortfall 100 − value (and 100 − T), which should fall:
 * {@link Variant#CEILING}. For a lower-is-better rate the bound is 0 % and the value is
 * already its own distance to it, so the plain formulas are the symmetric case.
 * <p>
 * <b>Degenerate cases.</b> When the baseline already meets the target, when the target
 * equals the baseline (no growth required), or when the target year is not after the
 * baseline year, the ratio is NaN and the category follows the movement from baseline to
 * current: away from the target DETERIORATION, none LIMITED_PROGRESS, toward it
 * ACCELERATION_NEEDED (possible only once the target year has passed).
 * <p>
 * <b>Status</b>, first rule that applies: INSUFFICIENT_DATA if the series fails its
 * checks or has fewer than the minimum years; ACHIEVED if the last observation meets the
 * target; if the target year is not after the last observed year, REGRESSING when the
 * series moved away from the target, else NEEDS_ACCELERATION; otherwise the category's
 * status (on track → ON_TRACK, acceleration needed and limited progress →
 * NEEDS_ACCELERATION, deterioration → REGRESSING).
 *
 * @param status where the series stands
 * @param category the method's own category, null when not assessed or achieved with no
 * ratio
 * @param variant plain or ceiling-aware
 * @param basis compound (CAGR) or linear annual change
 * @param baselineYear first observed year (null if none)
 * @param baselineValue first observed value, original units
 * @param currentYear last observed year (null if none)
 * @param currentValue last observed value, original units
 * @param targetYear the target's school year
 * @param requiredAnnualGrowth growth per year needed from the baseline: a fraction (0.05
 * = 5 % a year) for compound, units per year for linear; of the shortfall for the ceiling
 * variant
 * @param actualAnnualGrowth growth per year from baseline to current, same units
 * @param ratio actual / required, NaN when undefined
 * @param anticipatedValue the current value carried on at the actual growth to the target
 * year, original units; NaN when the target year is before the current year
 * @param note degenerate cases and other things a reader should know, null if none
 */
public record GrowthRatioAssessment(ProjectionStatus status, GrowthRatioCategory category, Variant variant, Basis basis,
		Integer baselineYear, double baselineValue, Integer currentYear, double currentValue, int targetYear,
		double requiredAnnualGrowth, double actualAnnualGrowth, double ratio, double anticipatedValue, String note) {

	/** Which quantity the growth rates are computed on. */
	public enum Variant {

		/** The value itself. */
		PLAIN,

		/** The shortfall from 100 %. */
		CEILING

	}

	/** How annual growth is measured. */
	public enum Basis {

		/** Compound annual growth rate, (end/start)^(1/years) − 1. */
		COMPOUND,

		/**
		 * Linear annual change, (end − start)/years: when a value of 0 makes compounding
		 * meaningless.
		 */
		LINEAR;

		double rate(double start, double end, int years) {
			return (this == COMPOUND) ? Math.pow(end / start, 1.0 / years) - 1.0 : (end - start) / years;
		}

		double extend(double start, double rate, int years) {
			return (this == COMPOUND) ? start * Math.pow(1.0 + rate, years) : start + rate * years;
		}

	}

}
