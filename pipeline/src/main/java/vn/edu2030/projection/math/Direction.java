package vn.edu2030.projection.math;

/** Which way an indicator improves. */
public enum Direction {

	HIGHER_IS_BETTER,

	LOWER_IS_BETTER;

	/** +1 when improving means increasing, −1 when it means decreasing. */
	int sign() {
		return (this == HIGHER_IS_BETTER) ? 1 : -1;
	}

}
