package vn.edu2030.generate;

/** Zone of a former district (former_district_zones.csv). */
public enum Zone {

	PLAIN, MOUNTAIN, ISLAND;

	static Zone of(String text) {
		return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "plain" -> PLAIN;
			case "mountain" -> MOUNTAIN;
			case "island" -> ISLAND;
			default -> throw new IllegalArgumentException("unknown zone: " + text);
		};
	}

}
