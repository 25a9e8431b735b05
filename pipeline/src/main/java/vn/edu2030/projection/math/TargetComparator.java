package vn.edu2030.projection.math;

/** How a value is compared with a target value, as written in the targets table. */
public enum TargetComparator {

	AT_LEAST(">="), ABOVE(">"), EQUAL("="), AT_MOST("<="), BELOW("<");

	private final String symbol;

	TargetComparator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	/** ">=", ">", "=", "<=", "<" (also "≥", "≤" and "=="). */
	public static TargetComparator parse(String text) {
		String symbol = (text != null) ? text.strip().replace("≥", ">=").replace("≤", "<=").replace("==", "=") : "";
		for (TargetComparator comparator : values()) {
			if (comparator.symbol.equals(symbol)) {
				return comparator;
			}
		}
		throw new IllegalArgumentException("unknown target comparator: " + text);
	}

	/**
	 * Whether {@code value} meets {@code target}. {@link #EQUAL} accepts values within
	 * {@code tolerance} of the target either side; the other comparators ignore it.
	 */
	public boolean test(double value, double target, double tolerance) {
		return switch (this) {
			case AT_LEAST -> value >= target;
			case ABOVE -> value > target;
			case EQUAL -> Math.abs(value - target) <= tolerance;
			case AT_MOST -> value <= target;
			case BELOW -> value < target;
		};
	}

}
