package vn.edu2030.generate.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as feeds 1 and 2 write them: '.' groups thousands, ',' is the decimal mark
 * ({@code 1.234}, {@code 38,50}).
 */
public final class VietnameseNumbers {

	private VietnameseNumbers() {
	}

	public static String integer(long value) {
		String digits = Long.toString(Math.abs(value));
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		return (value < 0 ? "-" : "") + out;
	}

	/** 100 × numerator / denominator with two decimals, e.g. "27,35". */
	public static String percent(long numerator, long denominator) {
		BigDecimal value = BigDecimal.valueOf(numerator)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
		return value.toPlainString().replace('.', ',');
	}

}
