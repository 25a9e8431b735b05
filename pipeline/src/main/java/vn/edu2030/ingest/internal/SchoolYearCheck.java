package vn.edu2030.ingest.internal;

import java.io.IOException;

import vn.edu2030.common.SchoolYear;

/**
 * The school year a row states must be the one its delivery's name states. A delivery
 * repeats the same spelling on every row, so each spelling is parsed once.
 */
final class SchoolYearCheck {

	private final SchoolYear expected;

	private String lastText;

	private SchoolYear lastYear;

	SchoolYearCheck(SchoolYear expected) {
		this.expected = expected;
	}

	/**
	 * True when the row's year is the delivery's; otherwise the row is rejected with the
	 * reason.
	 */
	boolean accepts(String text, Staging staging, long record, long line, String indicator) throws IOException {
		SchoolYear year;
		try {
			if (!text.equals(lastText)) {
				lastYear = SchoolYear.parse(text);
				lastText = text;
			}
			year = lastYear;
		}
		catch (IllegalArgumentException ex) {
			staging.reject(record, line, indicator, "unparseable_school_year", ex.getMessage());
			return false;
		}
		if (!year.equals(expected)) {
			staging.reject(record, line, indicator, "school_year_mismatch",
					"school year " + year + " in a delivery for " + expected);
			return false;
		}
		return true;
	}

}
