package vn.edu2030.ingest.internal;

import java.util.regex.Pattern;

/**
 * Numbers as the feeds write them. Vietnamese style (feeds 1 and 2): '.' groups thousands
 * and ',' is the decimal mark ("1.234" = 1234, "38,5" = 38.5). Plain style (feed 3,
 * numeric XLSX cells): "1234", "38.5". Anything else is refused with the reason, never
 * guessed.
 */
public final class NumberParser {

	private static final String VIETNAMESE_PATTERN = "-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?";

	private static final String PLAIN_PATTERN = "-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?";

	private static final Pattern VIETNAMESE = Pattern.compile(VIETNAMESE_PATTERN);

	private static final Pattern PLAIN = Pattern.compile(PLAIN_PATTERN);

	private NumberParser() {
	}

	/** The common case, digits only, without a regular expression. */
	private static boolean isPlainInteger(String text) {
		int n = text.length();
		if (n == 0 || n > 15) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** Thrown with a message that says what was wrong with the text. */
	public static final class BadNumber extends Exception {

		public BadNumber(String message) {
			super(message);
		}

	}

	public static double vietnamese(String text) throws BadNumber {
		if (isPlainInteger(text)) {
			return Long.parseLong(text);
		}
		String t = text.strip().replace("\u00A0", "").replace(" ", "");
		if (!VIETNAMESE.matcher(t).matches()) {
			throw new BadNumber(
					"'" + text.strip() + "' is not a number ('.' groups thousands, ',' is the decimal mark)");
		}
		return Double.parseDouble(t.replace(".", "").replace(',', '.'));
	}

	public static double plain(String text) throws BadNumber {
		if (isPlainInteger(text)) {
			return Long.parseLong(text);
		}
		String t = text.strip();
		if (!PLAIN.matcher(t).matches()) {
			throw new BadNumber("'" + text.strip() + "' is not a number");
		}
		return Double.parseDouble(t);
	}

}
