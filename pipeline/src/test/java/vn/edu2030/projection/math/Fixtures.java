package vn.edu2030.projection.math;

import java.util.ArrayList;
import java.util.List;

/** Series built in one line for the tests. */
final class Fixtures {

	private Fixtures() {
	}

	/** Values for consecutive school years starting at {@code firstYear}. */
	static Series consecutive(IndicatorKind kind, Direction direction, String comparator, double target, int targetYear,
			int firstYear, double... values) {
		int[] years = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			years[i] = firstYear + i;
		}
		return series(kind, direction, comparator, target, targetYear, years, values);
	}

	static Series series(IndicatorKind kind, Direction direction, String comparator, double target, int targetYear,
			int[] years, double[] values) {
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < years.length; i++) {
			observations.add(new Observation(years[i], values[i]));
		}
		return new Series(observations, kind, direction, Target.of(comparator, target, targetYear));
	}

	/** A higher-is-better count. */
	static Series countUp(String comparator, double target, int targetYear, int firstYear, double... values) {
		return consecutive(IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER, comparator, target, targetYear, firstYear,
				values);
	}

	/** A lower-is-better count. */
	static Series countDown(String comparator, double target, int targetYear, int firstYear, double... values) {
		return consecutive(IndicatorKind.COUNT, Direction.LOWER_IS_BETTER, comparator, target, targetYear, firstYear,
				values);
	}

	/** A higher-is-better rate in percent. */
	static Series rateUp(String comparator, double target, int targetYear, int firstYear, double... values) {
		return consecutive(IndicatorKind.RATE, Direction.HIGHER_IS_BETTER, comparator, target, targetYear, firstYear,
				values);
	}

}
