package vn.edu2030.projection.math;

/**
 * The growth ratio method's own categories (UN SDG progress charts, ESCAP "anticipated vs
 * required"), by the ratio of actual to required annual growth, and the status each maps
 * to.
 */
public enum GrowthRatioCategory {

	/** ratio ≥ 0.95. */
	ON_TRACK("on track", ProjectionStatus.ON_TRACK),

	/** 0.5 ≤ ratio &lt; 0.95. */
	ACCELERATION_NEEDED("acceleration needed", ProjectionStatus.NEEDS_ACCELERATION),

	/** −0.1 ≤ ratio &lt; 0.5. */
	LIMITED_PROGRESS("limited progress", ProjectionStatus.NEEDS_ACCELERATION),

	/** ratio &lt; −0.1. */
	DETERIORATION("deterioration", ProjectionStatus.REGRESSING);

	public static final double ON_TRACK_FROM = 0.95;

	public static final double ACCELERATION_NEEDED_FROM = 0.5;

	public static final double LIMITED_PROGRESS_FROM = -0.1;

	private final String label;

	private final ProjectionStatus status;

	GrowthRatioCategory(String label, ProjectionStatus status) {
		this.label = label;
		this.status = status;
	}

	public String label() {
		return this.label;
	}

	public ProjectionStatus status() {
		return this.status;
	}

	/** The category of a ratio; lower bounds are inclusive. */
	public static GrowthRatioCategory of(double ratio) {
		if (Double.isNaN(ratio)) {
			throw new IllegalArgumentException("no category for an undefined ratio");
		}
		if (ratio >= ON_TRACK_FROM) {
			return ON_TRACK;
		}
		if (ratio >= ACCELERATION_NEEDED_FROM) {
			return ACCELERATION_NEEDED;
		}
		return (ratio >= LIMITED_PROGRESS_FROM) ? LIMITED_PROGRESS : DETERIORATION;
	}

}
