package vn.edu2030.report;

/**
 * Escaping for everything the scorecard writes into HTML and SVG. Every text that comes
 * from the warehouse or a label goes through {@link #text}; the output is also
 * well-formed XML (only the five XML entities are used), which the tests check by parsing
 * each page.
 */
public final class Html {

	private Html() {
	}

	/**
	 * Escapes text for element content and for attribute values in double or single
	 * quotes.
	 */
	public static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// Control characters are not allowed in HTML or XML text: drop them.
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * A value for an id or a class name: letters, digits, '-' and '_' kept, anything else
	 * becomes '-'.
	 */
	public static String id(String value) {
		return value.replaceAll("[^A-Za-z0-9_-]", "-");
	}

}
