package vn.edu2030.projection.math;

import java.util.List;
import java.util.Objects;

/**
 * The input of a projection: the yearly values of one unit × indicator × disaggregation,
 * what kind of indicator it is, which way is better, and its target. Observations may
 * come in any order and may skip years; the data itself is checked by the methods, which
 * answer {@link ProjectionStatus#INSUFFICIENT_DATA} with a reason instead of throwing.
 */
public record Series(List<Observation> observations, IndicatorKind kind, Direction direction, Target target) {

	public Series {
		observations = List.copyOf(observations);
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(target, "target");
	}

}
