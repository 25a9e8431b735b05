package vn.edu2030.projection.math;

import java.util.Objects;

/**
 * A target for one series: "value {comparator} {value} by school year {year}".
 *
 * @param comparator how the value is compared with the target
 * @param value the target value, in percent for a rate
 * @param year the school year (start year) by which the target should be met
 */
public record Target(TargetComparator comparator, double value, int year) {

	/**
	 * Half-width of the band that counts as meeting an "=" target: 0.5 percentage point
	 * for a rate, 0.5 % of the target for a count. Targets are rarely met to the decimal,
	 * and a band gives "=" a probability that is not always zero.
	 */
	public static final double EQUAL_RATE_TOLERANCE_POINTS = 0.5;

	/** Relative half-width of the "=" band for a count (0.5 % of the target). */
	public static final double EQUAL_COUNT_TOLERANCE_FRACTION = 0.005;

	public Target {
		Objects.requireNonNull(comparator, "comparator");
	}

	public static Target of(String comparator, double value, int year) {
		return new Target(TargetComparator.parse(comparator), value, year);
	}

	/** Half-width of the "=" band for this kind of indicator. */
	public double equalTolerance(IndicatorKind kind) {
		return (kind == IndicatorKind.RATE) ? EQUAL_RATE_TOLERANCE_POINTS
				: EQUAL_COUNT_TOLERANCE_FRACTION * Math.abs(this.value);
	}

	/** Whether an observed value, in original units, meets this target. */
	public boolean isMetBy(double observed, IndicatorKind kind) {
		return this.comparator.test(observed, this.value, equalTolerance(kind));
	}

}
