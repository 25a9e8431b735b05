package vn.edu2030.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an integer total over units in proportion to weights, within per-unit bounds,
 * exactly: the parts always sum to the total. This is what makes the sample reproduce a
 * published figure to the unit — every calibrated total is allocated, never sampled.
 * Proportional shares are filled up to the upper bounds (water-filling), the rest goes by
 * largest remainder, ties to the lower index, so the result is deterministic.
 */
final class Allocator {

	private Allocator() {
	}

	static long[] allocate(long total, double[] weights, long[] lower, long[] upper) {
		int n = weights.length;
		long[] out = lower.clone();
		long sumLower = 0;
		long sumUpper = 0;
		for (int i = 0; i < n; i++) {
			if (lower[i] > upper[i]) {
				throw new IllegalStateException("bounds cross at unit " + i + ": " + lower[i] + " > " + upper[i]);
			}
			sumLower += lower[i];
			sumUpper += upper[i];
		}
		if (total < sumLower || total > sumUpper) {
			throw new IllegalStateException("cannot split " + total + " over " + n + " units within bounds [" + sumLower
					+ ", " + sumUpper + "]");
		}
		long rest = total - sumLower;
		boolean[] open = new boolean[n];
		for (int i = 0; i < n; i++) {
			open[i] = upper[i] > out[i];
		}
		while (rest > 0) {
			double sumWeights = 0;
			for (int i = 0; i < n; i++) {
				if (open[i]) {
					sumWeights += Math.max(0, weights[i]);
				}
			}
			boolean byCapacity = sumWeights <= 0;
			if (byCapacity) {
				for (int i = 0; i < n; i++) {
					if (open[i]) {
						sumWeights += upper[i] - out[i];
					}
				}
			}
			// Units whose share reaches their bound take the bound; the others share
			// again.
			boolean saturated = false;
			for (int i = 0; i < n; i++) {
				if (open[i]) {
					double share = rest * weight(i, weights, upper, out, byCapacity) / sumWeights;
					long capacity = upper[i] - out[i];
					if (share >= capacity) {
						out[i] += capacity;
						open[i] = false;
						saturated = true;
					}
				}
			}
			if (saturated) {
				rest = total - sum(out);
				continue;
			}
			List<double[]> remainders = new ArrayList<>();
			long given = 0;
			for (int i = 0; i < n; i++) {
				if (open[i]) {
					double share = rest * weight(i, weights, upper, out, byCapacity) / sumWeights;
					long floor = (long) Math.floor(share);
					remainders.add(new double[] { share - floor, i, floor });
					given += floor;
				}
			}
			for (double[] r : remainders) {
				out[(int) r[1]] += (long) r[2];
			}
			long left = rest - given;
			remainders.sort(Comparator.<double[]>comparingDouble(r -> -r[0]).thenComparingDouble(r -> r[1]));
			for (double[] r : remainders) {
				int i = (int) r[1];
				if (left > 0 && out[i] < upper[i]) {
					out[i]++;
					left--;
				}
			}
			for (int i = 0; i < n; i++) {
				open[i] = open[i] && upper[i] > out[i];
			}
			rest = total - sum(out);
		}
		return out;
	}

	private static double weight(int i, double[] weights, long[] upper, long[] out, boolean byCapacity) {
		return byCapacity ? upper[i] - out[i] : Math.max(0, weights[i]);
	}

	private static long sum(long[] values) {
		long s = 0;
		for (long v : values) {
			s += v;
		}
		return s;
	}

}
