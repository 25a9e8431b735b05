package vn.edu2030.generate;

import java.util.List;

import static vn.edu2030.generate.Quantity.*;

/**
 * One indicator × disaggregation as the feeds deliver it: a rate as numerator and
 * denominator, a count or level as a value, each component one {@link Quantity}. The list
 * is the order of the rows of a commune in feed 1; feed 2's columns
 * (feed_columns_kon_tum.csv) and feed 3's rows resolve through it.
 *
 * @param taughtBy which schools of the merged feed deliver it
 */
public record FeedIndicator(String indicator, String disaggregation, Quantity numerator, Quantity denominator,
		Quantity value, TaughtBy taughtBy) {

	/** The school levels (feed 3) an indicator is delivered for. */
	public enum TaughtBy {

		/** preschools */
		PRESCHOOL,
		/** primary grades: primary and primary-and-lower-secondary schools */
		PRIMARY_GRADES,
		/** primary schools only (their national standard) */
		PRIMARY_SCHOOL,
		/** primary-and-lower-secondary schools only */
		PRIMARY_LOWER_SECONDARY_SCHOOL,
		/**
		 * lower-secondary grades: lower-secondary, primary-and-lower-secondary,
		 * multi-level
		 */
		LOWER_SECONDARY_GRADES,
		/** lower-secondary schools only */
		LOWER_SECONDARY_SCHOOL,
		/** upper secondary and multi-level schools */
		UPPER_SECONDARY_GRADES,
		/** assessed per commune only (universalisation levels) */
		COMMUNE

	}

	public static final List<FeedIndicator> ALL = List.of(
			rate("PRE_NATSTD_SCHOOL_RATE", "all", PRE_SCHOOLS_NATSTD, PRE_SCHOOLS, TaughtBy.PRESCHOOL),
			rate("PRE_PRIVATE_SCHOOL_SHARE", "all", PRE_SCHOOLS_PRIVATE, PRE_SCHOOLS, TaughtBy.PRESCHOOL),
			count("PRE_CLASSES", "all", PRE_CLASSES, TaughtBy.PRESCHOOL),
			count("PRE_CLASSES", "private", PRE_CLASSES_PRIVATE, TaughtBy.PRESCHOOL),
			count("PRE_PUPILS", "all", PRE_PUPILS, TaughtBy.PRESCHOOL),
			count("PRE_PUPILS", "ethnic_minority", PRE_PUPILS_EM, TaughtBy.PRESCHOOL),
			count("PRE_PUPILS", "female", PRE_PUPILS_FEMALE, TaughtBy.PRESCHOOL),
			rate("PRE_TWO_SESSION_RATE", "all", PRE_TWO_SESSION, PRE_PUPILS, TaughtBy.PRESCHOOL),
			rate("PRE_PRIVATE_PUPIL_SHARE", "all", PRE_PUPILS_PRIVATE, PRE_PUPILS, TaughtBy.PRESCHOOL),
			count("PRE_TEACHERS", "all", PRE_TEACHERS, TaughtBy.PRESCHOOL),
			count("PRE_TEACHERS", "private", PRE_TEACHERS_PRIVATE, TaughtBy.PRESCHOOL),
			rate("PRE_TEACHER_QUALIFIED_RATE", "all", PRE_TEACHERS_QUALIFIED, PRE_TEACHERS, TaughtBy.PRESCHOOL),
			rate("PRE_NURSERY_ENROL_RATE", "all", NURSERY_ENROLLED, POP_0_2, TaughtBy.PRESCHOOL),
			rate("PRE_NURSERY_ENROL_RATE", "ethnic_minority", NURSERY_ENROLLED_EM, POP_0_2_EM, TaughtBy.PRESCHOOL),
			rate("PRE_KINDER_ENROL_RATE", "all", KINDER_ENROLLED, POP_3_5, TaughtBy.PRESCHOOL),
			rate("PRE_KINDER_ENROL_RATE", "ethnic_minority", KINDER_ENROLLED_EM, POP_3_5_EM, TaughtBy.PRESCHOOL),
			rate("PRE_AGE5_ENROL_RATE", "all", AGE5_ENROLLED, POP_5, TaughtBy.PRESCHOOL),
			rate("PRE_SOLID_ROOM_RATE", "all", PRE_ROOMS_SOLID, PRE_ROOMS, TaughtBy.PRESCHOOL),
			rate("PRE_SOLID_ROOM_RATE", "private", PRE_ROOMS_SOLID_PRIVATE, PRE_ROOMS_PRIVATE, TaughtBy.PRESCHOOL),
			rate("PRI_NATSTD_SCHOOL_RATE", "all", PRI_SCHOOLS_NATSTD, PRI_SCHOOLS, TaughtBy.PRIMARY_SCHOOL),
			rate("PRILSE_NATSTD_SCHOOL_RATE", "all", PRILSE_SCHOOLS_NATSTD, PRILSE_SCHOOLS,
					TaughtBy.PRIMARY_LOWER_SECONDARY_SCHOOL),
			count("PRI_CLASSES", "all", PRI_CLASSES, TaughtBy.PRIMARY_GRADES),
			count("PRI_PUPILS", "all", PRI_PUPILS, TaughtBy.PRIMARY_GRADES),
			count("PRI_PUPILS", "ethnic_minority", PRI_PUPILS_EM, TaughtBy.PRIMARY_GRADES),
			count("PRI_PUPILS", "female", PRI_PUPILS_FEMALE, TaughtBy.PRIMARY_GRADES),
			rate("PRI_TWO_SESSION_RATE", "all", PRI_TWO_SESSION, PRI_PUPILS, TaughtBy.PRIMARY_GRADES),
			count("PRI_TEACHERS", "all", PRI_TEACHERS, TaughtBy.PRIMARY_GRADES),
			rate("PRI_NER", "all", PRI_NER_ENROLLED, POP_6_10, TaughtBy.PRIMARY_GRADES),
			rate("PRI_COMPLETION_RATE", "all", PRI_COMPLETED, PRI_GRADE5, TaughtBy.PRIMARY_GRADES),
			rate("PRI_TRANSITION_RATE", "all", PRI_TRANSITION_ENTRANTS, PRI_TRANSITION_BASE, TaughtBy.PRIMARY_GRADES),
			rate("PRI_SOLID_ROOM_RATE", "all", PRI_ROOMS_SOLID, PRI_ROOMS, TaughtBy.PRIMARY_GRADES),
			count("PRI_UNIVERSAL_LEVEL", "all", PRI_LEVEL, TaughtBy.COMMUNE),
			rate("LSE_NATSTD_SCHOOL_RATE", "all", LSE_SCHOOLS_NATSTD, LSE_SCHOOLS, TaughtBy.LOWER_SECONDARY_SCHOOL),
			count("LSE_CLASSES", "all", LSE_CLASSES, TaughtBy.LOWER_SECONDARY_GRADES),
			count("LSE_PUPILS", "all", LSE_PUPILS, TaughtBy.LOWER_SECONDARY_GRADES),
			count("LSE_PUPILS", "ethnic_minority", LSE_PUPILS_EM, TaughtBy.LOWER_SECONDARY_GRADES),
			count("LSE_PUPILS", "female", LSE_PUPILS_FEMALE, TaughtBy.LOWER_SECONDARY_GRADES),
			count("LSE_TEACHERS", "all", LSE_TEACHERS, TaughtBy.LOWER_SECONDARY_GRADES),
			rate("LSE_NER", "all", LSE_NER_ENROLLED, POP_11_14, TaughtBy.LOWER_SECONDARY_GRADES),
			rate("LSE_COMPLETION_RATE", "all", LSE_COMPLETED, LSE_GRADE9, TaughtBy.LOWER_SECONDARY_GRADES),
			rate("LSE_TRANSITION_RATE", "all", LSE_TRANSITION_ENTRANTS, LSE_TRANSITION_BASE,
					TaughtBy.LOWER_SECONDARY_GRADES),
			rate("LSE_SOLID_ROOM_RATE", "all", LSE_ROOMS_SOLID, LSE_ROOMS, TaughtBy.LOWER_SECONDARY_GRADES),
			count("LSE_UNIVERSAL_LEVEL", "all", LSE_LEVEL, TaughtBy.COMMUNE),
			rate("USE_NATSTD_SCHOOL_RATE", "all", USE_SCHOOLS_NATSTD, USE_SCHOOLS, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_CLASSES", "all", USE_CLASSES, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_CLASSES", "private", USE_CLASSES_PRIVATE, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_PUPILS", "all", USE_PUPILS, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_PUPILS", "ethnic_minority", USE_PUPILS_EM, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_PUPILS", "female", USE_PUPILS_FEMALE, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_TEACHERS", "all", USE_TEACHERS, TaughtBy.UPPER_SECONDARY_GRADES),
			count("USE_TEACHERS", "private", USE_TEACHERS_PRIVATE, TaughtBy.UPPER_SECONDARY_GRADES));

	private static FeedIndicator rate(String indicator, String disaggregation, Quantity numerator, Quantity denominator,
			TaughtBy taughtBy) {
		return new FeedIndicator(indicator, disaggregation, numerator, denominator, null, taughtBy);
	}

	private static FeedIndicator count(String indicator, String disaggregation, Quantity value, TaughtBy taughtBy) {
		return new FeedIndicator(indicator, disaggregation, null, null, value, taughtBy);
	}

	public boolean isRate() {
		return numerator != null;
	}

	/** The quantity behind one component: numerator, denominator or value. */
	public Quantity component(String component) {
		return switch (component) {
			case "numerator" -> numerator;
			case "denominator" -> denominator;
			case "value" -> value;
			default -> throw new IllegalArgumentException("unknown component: " + component);
		};
	}

	public static FeedIndicator find(String indicator, String disaggregation) {
		return ALL.stream()
			.filter(fi -> fi.indicator.equals(indicator) && fi.disaggregation.equals(disaggregation))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no feed indicator " + indicator + "/" + disaggregation));
	}

	/**
	 * Whether a commune delivers this row: a rate when its denominator is positive, a
	 * count or level when positive (a zero is "none", which the feeds leave out).
	 */
	public boolean deliveredFor(Figures f, int area) {
		return isRate() ? f.get(denominator, area) > 0 : f.get(value, area) > 0;
	}

}
