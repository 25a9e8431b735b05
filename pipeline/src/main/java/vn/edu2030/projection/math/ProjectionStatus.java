package vn.edu2030.projection.math;

/** Where a series stands against its target; both methods answer with one of these. */
public enum ProjectionStatus {

	/** The last observation already meets the target. */
	ACHIEVED,

	/** The trend reaches the target by the target year. */
	ON_TRACK,

	/**
	 * The trend moves toward the target (or stands still) but too slowly to reach it in
	 * time.
	 */
	NEEDS_ACCELERATION,

	/** The trend moves away from the target. */
	REGRESSING,

	/** Too few years, or data that cannot be assessed; the result's note says why. */
	INSUFFICIENT_DATA

}
