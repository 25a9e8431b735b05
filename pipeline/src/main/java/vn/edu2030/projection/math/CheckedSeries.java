package vn.edu2030.projection.math;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A series checked once for both methods: observations sorted by year, or the reason it
 * cannot be assessed. Also the rules both methods share: whether the target is met, which
 * way it lies, whether its year has passed.
 */
final class CheckedSeries {

	final Series series;

	final int[] years;

	final double[] values;

	/** Why the series cannot be assessed, or null. */
	final String problem;

	private CheckedSeries(Series series, int[] years, double[] values, String problem) {
		this.series = series;
		this.years = years;
		this.values = values;
		this.problem = problem;
	}

	static CheckedSeries check(Series series, ProjectionOptions options) {
		List<Observation> sorted = new ArrayList<>(series.observations());
		sorted.sort(Comparator.comparingInt(Observation::schoolYear));
		int n = sorted.size();
		int[] years = new int[n];
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			years[i] = sorted.get(i).schoolYear();
			values[i] = sorted.get(i).value();
		}
		return new CheckedSeries(series, years, values, problem(series, years, values, options));
	}

	private static String problem(Series series, int[] years, double[] values, ProjectionOptions options) {
		boolean rate = series.kind() == IndicatorKind.RATE;
		double target = series.target().value();
		if (!Double.isFinite(target)) {
			return "target value is not a number";
		}
		if (rate && (target < 0 || target > 100)) {
			return "rate target " + target + " is outside 0-100";
		}
		if (!rate && target < 0) {
			return "negative count target " + target;
		}
		for (int i = 0; i < years.length; i++) {
			if (i > 0 && years[i] == years[i - 1]) {
				return "two observations for school year " + years[i];
			}
			if (!Double.isFinite(values[i])) {
				return "value for school year " + years[i] + " is not a number";
			}
			if (rate && (values[i] < 0 || values[i] > 100)) {
				return "rate " + values[i] + " in school year " + years[i] + " is outside 0-100";
			}
			if (!rate && values[i] < 0) {
				return "negative count " + values[i] + " in school year " + years[i];
			}
		}
		// A trend and a growth rate both need two distinct years, whatever the option
		// says.
		int needed = Math.max(options.minimumYears(), 2);
		if (years.length < needed) {
			return needed + " years needed, " + years.length + " observed";
		}
		return null;
	}

	int size() {
		return this.years.length;
	}

	Integer firstYear() {
		return (size() > 0) ? this.years[0] : null;
	}

	Integer lastYear() {
		return (size() > 0) ? this.years[size() - 1] : null;
	}

	double lastValue() {
		return this.values[size() - 1];
	}

	Target target() {
		return this.series.target();
	}

	IndicatorKind kind() {
		return this.series.kind();
	}

	boolean meetsTarget(double value) {
		return target().isMetBy(value, kind());
	}

	/**
	 * The target year is not after the last observed year: the trend can no longer reach
	 * it in time.
	 */
	boolean targetYearPassed() {
		return target().year() <= this.years[size() - 1];
	}

	/**
	 * +1 if the target lies above the last observation, −1 if below; on the target itself
	 * (a strict comparator not yet met) the indicator's better direction.
	 */
	int towardTarget() {
		double gap = target().value() - lastValue();
		return (gap != 0) ? (int) Math.signum(gap) : this.series.direction().sign();
	}

	/** Whether a change of this sign moves away from the target. */
	boolean movesAway(double change) {
		return change * towardTarget() < 0;
	}

	static String join(List<String> notes) {
		return notes.isEmpty() ? null : String.join("; ", notes);
	}

}
