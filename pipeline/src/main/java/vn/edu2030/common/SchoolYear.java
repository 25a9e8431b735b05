package vn.edu2030.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year, identified by the calendar year it starts in: 2024 = school year
 * 2024-2025. Parses the spellings found in deliveries: "2024-2025", "2024 - 2025",
 * "2024-25", "2024/2025", "NH 2024-2025", "Năm học 2024-2025", "SY2024-25" and a bare
 * "2024".
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

	private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-/–]\\s*(\\d{4}|\\d{2})(?!\\d)");

	private static final Pattern SINGLE = Pattern.compile("(\\d{4})");

	public SchoolYear {
		if (startYear < 1975 || startYear > 2100) {
			throw new IllegalArgumentException("school year out of range: " + startYear);
		}
	}

	public static SchoolYear of(int startYear) {
		return new SchoolYear(startYear);
	}

	public static SchoolYear parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty school year");
		}
		Matcher range = RANGE.matcher(text);
		if (range.find()) {
			int start = Integer.parseInt(range.group(1));
			String endText = range.group(2);
			int end = endText.length() == 2 ? (start / 100) * 100 + Integer.parseInt(endText)
					: Integer.parseInt(endText);
			if (endText.length() == 2 && end < start) {
				end += 100;
			}
			if (end != start + 1) {
				throw new IllegalArgumentException("not a school year (end must be start + 1): " + text.strip());
			}
			return new SchoolYear(start);
		}
		Matcher single = SINGLE.matcher(text);
		if (single.find() && text.replaceAll("\\D", "").length() == 4) {
			return new SchoolYear(Integer.parseInt(single.group(1)));
		}
		throw new IllegalArgumentException("unrecognised school year: " + text.strip());
	}

	/** "2024-2025". */
	public String label() {
		return startYear + "-" + (startYear + 1);
	}

	@Override
	public int compareTo(SchoolYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

}
