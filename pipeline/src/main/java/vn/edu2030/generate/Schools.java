package vn.edu2030.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import static vn.edu2030.generate.Quantity.*;

/**
 * Splits a year's commune figures into schools for the merged feed: each commune's
 * schools get its classes, pupils, teachers and rooms (private figures to private
 * schools), so that the schools of a commune add up to the commune exactly. Schools are
 * named after the former commune they stand in, the way real schools are ("Trường Tiểu
 * học Tịnh Kỳ"); codes are synthetic.
 */
final class Schools {

	/** One school with its figures (indexed by {@link Quantity}). */
	static final class School {

		final String code;

		final String name;

		final String level;

		final String ownership;

		final String newCommune;

		final long[] values = new long[Quantity.values().length];

		School(String code, String name, String level, String ownership, String newCommune) {
			this.code = code;
			this.name = name;
			this.level = level;
			this.ownership = ownership;
			this.newCommune = newCommune;
		}

		long get(Quantity q) {
			return values[q.ordinal()];
		}

		void set(Quantity q, long v) {
			values[q.ordinal()] = v;
		}

		boolean isPrivate() {
			return ownership.equals("private");
		}

	}

	private final long seed;

	private final Map<String, Integer> sequence = new HashMap<>();

	Schools(long seed) {
		this.seed = seed;
	}

	/**
	 * The schools of one province-year; multiLevelAreas holds the keys of areas whose
	 * first public upper-secondary school also teaches lower secondary.
	 */
	List<School> of(Figures f, Set<String> multiLevelAreas) {
		List<School> all = new ArrayList<>();
		for (int i = 0; i < f.areas().size(); i++) {
			all.addAll(ofArea(f, i, multiLevelAreas.contains(f.areas().get(i).key())));
		}
		return all;
	}

	private List<School> ofArea(Figures f, int i, boolean multiLevel) {
		Area a = f.areas().get(i);
		String place = a.type().equals("thị trấn") ? "Thị trấn " + a.shortName() : a.shortName();
		List<School> schools = new ArrayList<>();

		// Preschools: public first, then private.
		long prePrivate = f.get(PRE_SCHOOLS_PRIVATE, i);
		long prePublic = f.get(PRE_SCHOOLS, i) - prePrivate;
		List<School> pre = new ArrayList<>();
		create(pre, a, prePublic, "Trường Mầm non " + place, "preschool", "public");
		create(pre, a, prePrivate, "Trường Mầm non tư thục " + place, "preschool", "private");
		flag(pre, PRE_SCHOOLS, PRE_SCHOOLS_NATSTD, f.get(PRE_SCHOOLS_NATSTD, i));
		pre.forEach(s -> s.set(PRE_SCHOOLS_PRIVATE, s.isPrivate() ? 1 : 0));
		List<School> prePub = pre.stream().filter(s -> !s.isPrivate()).toList();
		List<School> prePriv = pre.stream().filter(School::isPrivate).toList();
		spread(prePub, PRE_CLASSES, f.get(PRE_CLASSES, i) - f.get(PRE_CLASSES_PRIVATE, i), null, s -> 3, s -> 30);
		spread(prePriv, PRE_CLASSES, f.get(PRE_CLASSES_PRIVATE, i), null, s -> 2, s -> 15);
		prePriv.forEach(s -> s.set(PRE_CLASSES_PRIVATE, s.get(PRE_CLASSES)));
		spread(prePub, PRE_PUPILS, f.get(PRE_PUPILS, i) - f.get(PRE_PUPILS_PRIVATE, i), PRE_CLASSES,
				s -> 8 * s.get(PRE_CLASSES), s -> 60 * s.get(PRE_CLASSES));
		spread(prePriv, PRE_PUPILS, f.get(PRE_PUPILS_PRIVATE, i), PRE_CLASSES, s -> 8 * s.get(PRE_CLASSES),
				s -> 60 * s.get(PRE_CLASSES));
		prePriv.forEach(s -> s.set(PRE_PUPILS_PRIVATE, s.get(PRE_PUPILS)));
		spread(pre, NURSERY_ENROLLED, f.get(NURSERY_ENROLLED, i), PRE_PUPILS, s -> 0, s -> s.get(PRE_PUPILS));
		pre.forEach(s -> s.set(KINDER_ENROLLED, s.get(PRE_PUPILS) - s.get(NURSERY_ENROLLED)));
		spread(pre, NURSERY_ENROLLED_EM, f.get(NURSERY_ENROLLED_EM, i), NURSERY_ENROLLED, s -> 0,
				s -> s.get(NURSERY_ENROLLED));
		spread(pre, KINDER_ENROLLED_EM, f.get(KINDER_ENROLLED_EM, i), KINDER_ENROLLED, s -> 0,
				s -> s.get(KINDER_ENROLLED));
		pre.forEach(s -> s.set(PRE_PUPILS_EM, s.get(NURSERY_ENROLLED_EM) + s.get(KINDER_ENROLLED_EM)));
		spread(pre, PRE_PUPILS_FEMALE, f.get(PRE_PUPILS_FEMALE, i), PRE_PUPILS, s -> 0, s -> s.get(PRE_PUPILS));
		spread(pre, PRE_TWO_SESSION, f.get(PRE_TWO_SESSION, i), PRE_PUPILS, s -> 0, s -> s.get(PRE_PUPILS));
		spread(pre, AGE5_ENROLLED, f.get(AGE5_ENROLLED, i), KINDER_ENROLLED, s -> 0, s -> s.get(KINDER_ENROLLED));
		spread(prePub, PRE_TEACHERS, f.get(PRE_TEACHERS, i) - f.get(PRE_TEACHERS_PRIVATE, i), PRE_CLASSES,
				s -> s.get(PRE_CLASSES), s -> 3 * s.get(PRE_CLASSES));
		spread(prePriv, PRE_TEACHERS, f.get(PRE_TEACHERS_PRIVATE, i), PRE_CLASSES, s -> s.get(PRE_CLASSES),
				s -> 3 * s.get(PRE_CLASSES));
		prePriv.forEach(s -> s.set(PRE_TEACHERS_PRIVATE, s.get(PRE_TEACHERS)));
		spread(pre, PRE_TEACHERS_QUALIFIED, f.get(PRE_TEACHERS_QUALIFIED, i), PRE_TEACHERS, s -> 0,
				s -> s.get(PRE_TEACHERS));
		spread(prePub, PRE_ROOMS, f.get(PRE_ROOMS, i) - f.get(PRE_ROOMS_PRIVATE, i), PRE_CLASSES, s -> 0,
				s -> 3 * s.get(PRE_CLASSES) + 3);
		spread(prePriv, PRE_ROOMS, f.get(PRE_ROOMS_PRIVATE, i), PRE_CLASSES, s -> 0, s -> 3 * s.get(PRE_CLASSES) + 3);
		prePriv.forEach(s -> s.set(PRE_ROOMS_PRIVATE, s.get(PRE_ROOMS)));
		spread(prePub, PRE_ROOMS_SOLID, f.get(PRE_ROOMS_SOLID, i) - f.get(PRE_ROOMS_SOLID_PRIVATE, i), PRE_ROOMS,
				s -> 0, s -> s.get(PRE_ROOMS));
		spread(prePriv, PRE_ROOMS_SOLID, f.get(PRE_ROOMS_SOLID_PRIVATE, i), PRE_ROOMS, s -> 0, s -> s.get(PRE_ROOMS));
		prePriv.forEach(s -> s.set(PRE_ROOMS_SOLID_PRIVATE, s.get(PRE_ROOMS_SOLID)));
		schools.addAll(pre);

		// Schools teaching the primary grades: primary, then primary-and-lower-secondary.
		List<School> pri = new ArrayList<>();
		create(pri, a, f.get(PRI_SCHOOLS, i), "Trường Tiểu học " + place, "primary", "public");
		List<School> priLse = new ArrayList<>();
		create(priLse, a, f.get(PRILSE_SCHOOLS, i), "Trường TH và THCS " + place, "primary_lower_secondary", "public");
		flag(pri, PRI_SCHOOLS, PRI_SCHOOLS_NATSTD, f.get(PRI_SCHOOLS_NATSTD, i));
		flag(priLse, PRILSE_SCHOOLS, PRILSE_SCHOOLS_NATSTD, f.get(PRILSE_SCHOOLS_NATSTD, i));
		List<School> primaryGrades = concat(pri, priLse);
		spread(primaryGrades, PRI_CLASSES, f.get(PRI_CLASSES, i), null, s -> 5, s -> 40);
		spread(primaryGrades, PRI_PUPILS, f.get(PRI_PUPILS, i), PRI_CLASSES, s -> 10 * s.get(PRI_CLASSES),
				s -> 38 * s.get(PRI_CLASSES));
		general(primaryGrades, f, i, PRI_PUPILS, PRI_CLASSES, PRI_PUPILS_EM, PRI_PUPILS_FEMALE, PRI_TEACHERS, PRI_ROOMS,
				PRI_ROOMS_SOLID);
		spread(primaryGrades, PRI_TWO_SESSION, f.get(PRI_TWO_SESSION, i), PRI_PUPILS, s -> 0, s -> s.get(PRI_PUPILS));
		spread(primaryGrades, PRI_NER_ENROLLED, f.get(PRI_NER_ENROLLED, i), PRI_PUPILS, s -> 0, s -> s.get(PRI_PUPILS));
		spread(primaryGrades, PRI_GRADE5, f.get(PRI_GRADE5, i), PRI_PUPILS, s -> 0, s -> s.get(PRI_PUPILS));
		spread(primaryGrades, PRI_COMPLETED, f.get(PRI_COMPLETED, i), PRI_GRADE5, s -> 0, s -> s.get(PRI_GRADE5));
		spread(primaryGrades, PRI_TRANSITION_BASE, f.get(PRI_TRANSITION_BASE, i), PRI_GRADE5, s -> 0,
				s -> 2 * s.get(PRI_GRADE5) + 2);
		spread(primaryGrades, PRI_TRANSITION_ENTRANTS, f.get(PRI_TRANSITION_ENTRANTS, i), PRI_TRANSITION_BASE, s -> 0,
				s -> s.get(PRI_TRANSITION_BASE));

		// Upper secondary (public first); a boarding school for ethnic-minority pupils
		// may also teach lower secondary (multi-level).
		long usePrivate = f.get(USE_SCHOOLS_PRIVATE, i);
		long usePublic = f.get(USE_SCHOOLS, i) - usePrivate;
		List<School> use = new ArrayList<>();
		boolean multi = multiLevel && usePublic > 0 && f.get(LSE_CLASSES, i) > 0;
		if (multi) {
			create(use, a, 1, "Trường Phổ thông Dân tộc nội trú THCS và THPT " + a.districtShortName(), "multi_level",
					"public");
		}
		create(use, a, usePublic - (multi ? 1 : 0), "Trường THPT " + place, "upper_secondary", "public");
		create(use, a, usePrivate, "Trường THPT tư thục " + place, "upper_secondary", "private");
		flag(use, USE_SCHOOLS, USE_SCHOOLS_NATSTD, f.get(USE_SCHOOLS_NATSTD, i));
		use.forEach(s -> s.set(USE_SCHOOLS_PRIVATE, s.isPrivate() ? 1 : 0));

		// Schools teaching the lower-secondary grades.
		List<School> lse = new ArrayList<>();
		create(lse, a, f.get(LSE_SCHOOLS, i), "Trường THCS " + place, "lower_secondary", "public");
		flag(lse, LSE_SCHOOLS, LSE_SCHOOLS_NATSTD, f.get(LSE_SCHOOLS_NATSTD, i));
		List<School> lowerGrades = concat(lse, priLse);
		if (multi) {
			lowerGrades.add(use.get(0));
		}
		spread(lowerGrades, LSE_CLASSES, f.get(LSE_CLASSES, i), null, s -> s.level.equals("multi_level") ? 1 : 4,
				s -> s.level.equals("multi_level") ? 4 : 40);
		spread(lowerGrades, LSE_PUPILS, f.get(LSE_PUPILS, i), LSE_CLASSES, s -> 12 * s.get(LSE_CLASSES),
				s -> 42 * s.get(LSE_CLASSES));
		general(lowerGrades, f, i, LSE_PUPILS, LSE_CLASSES, LSE_PUPILS_EM, LSE_PUPILS_FEMALE, LSE_TEACHERS, LSE_ROOMS,
				LSE_ROOMS_SOLID);
		spread(lowerGrades, LSE_NER_ENROLLED, f.get(LSE_NER_ENROLLED, i), LSE_PUPILS, s -> 0, s -> s.get(LSE_PUPILS));
		spread(lowerGrades, LSE_GRADE9, f.get(LSE_GRADE9, i), LSE_PUPILS, s -> 0, s -> s.get(LSE_PUPILS));
		spread(lowerGrades, LSE_COMPLETED, f.get(LSE_COMPLETED, i), LSE_GRADE9, s -> 0, s -> s.get(LSE_GRADE9));
		spread(lowerGrades, LSE_TRANSITION_BASE, f.get(LSE_TRANSITION_BASE, i), LSE_GRADE9, s -> 0,
				s -> 2 * s.get(LSE_GRADE9) + 2);
		spread(lowerGrades, LSE_TRANSITION_ENTRANTS, f.get(LSE_TRANSITION_ENTRANTS, i), LSE_TRANSITION_BASE, s -> 0,
				s -> s.get(LSE_TRANSITION_BASE));

		List<School> usePub = use.stream().filter(s -> !s.isPrivate()).toList();
		List<School> usePriv = use.stream().filter(School::isPrivate).toList();
		spread(usePub, USE_CLASSES, f.get(USE_CLASSES, i) - f.get(USE_CLASSES_PRIVATE, i), null, s -> 9, s -> 60);
		spread(usePriv, USE_CLASSES, f.get(USE_CLASSES_PRIVATE, i), null, s -> 3, s -> 20);
		usePriv.forEach(s -> s.set(USE_CLASSES_PRIVATE, s.get(USE_CLASSES)));
		spread(use, USE_PUPILS, f.get(USE_PUPILS, i), USE_CLASSES, s -> 15 * s.get(USE_CLASSES),
				s -> 45 * s.get(USE_CLASSES));
		spread(use, USE_PUPILS_EM, f.get(USE_PUPILS_EM, i), USE_PUPILS, s -> 0, s -> s.get(USE_PUPILS));
		spread(use, USE_PUPILS_FEMALE, f.get(USE_PUPILS_FEMALE, i), USE_PUPILS, s -> 0, s -> s.get(USE_PUPILS));
		spread(usePub, USE_TEACHERS, f.get(USE_TEACHERS, i) - f.get(USE_TEACHERS_PRIVATE, i), USE_CLASSES,
				s -> s.get(USE_CLASSES), s -> 4 * s.get(USE_CLASSES));
		spread(usePriv, USE_TEACHERS, f.get(USE_TEACHERS_PRIVATE, i), USE_CLASSES, s -> s.get(USE_CLASSES),
				s -> 4 * s.get(USE_CLASSES));
		usePriv.forEach(s -> s.set(USE_TEACHERS_PRIVATE, s.get(USE_TEACHERS)));

		schools.addAll(primaryGrades);
		schools.addAll(lse);
		schools.addAll(use);
		return schools;
	}

	private void general(List<School> group, Figures f, int i, Quantity pupils, Quantity classes, Quantity em,
			Quantity female, Quantity teachers, Quantity rooms, Quantity solid) {
		spread(group, em, f.get(em, i), pupils, s -> 0, s -> s.get(pupils));
		spread(group, female, f.get(female, i), pupils, s -> 0, s -> s.get(pupils));
		spread(group, teachers, f.get(teachers, i), classes, s -> s.get(classes), s -> 4 * s.get(classes));
		spread(group, rooms, f.get(rooms, i), classes, s -> 0, s -> 2 * s.get(classes) + 2);
		spread(group, solid, f.get(solid, i), rooms, s -> 0, s -> s.get(rooms));
	}

	private void create(List<School> list, Area a, long count, String baseName, String level, String ownership) {
		int already = (int) list.stream().filter(s -> s.name.startsWith(baseName)).count();
		for (int k = 0; k < count; k++) {
			int number = already + k + 1;
			String name = number == 1 ? baseName : baseName + " số " + number;
			int seq = sequence.merge(a.provinceCode(), 1, Integer::sum);
			String code = String.format("%02d%06d", Integer.parseInt(a.provinceCode()), seq);
			String newCommune = a.newUnits().get(k % a.newUnits().size()).newCode();
			School s = new School(code, name, level, ownership, newCommune);
			list.add(s);
		}
	}

	/** Every school of the list counts once; the first n meet the national standard. */
	private static void flag(List<School> list, Quantity count, Quantity natstd, long n) {
		for (int k = 0; k < list.size(); k++) {
			list.get(k).set(count, 1);
			list.get(k).set(natstd, k < n ? 1 : 0);
		}
	}

	/** Splits a commune total over schools, weighted by another figure of the school. */
	private void spread(List<School> schools, Quantity q, long total, Quantity weightBy, ToLongFunction<School> lower,
			ToLongFunction<School> upper) {
		if (schools.isEmpty()) {
			if (total != 0) {
				throw new IllegalStateException(q + ": " + total + " for no school");
			}
			return;
		}
		int n = schools.size();
		double[] w = new double[n];
		long[] lo = new long[n];
		long[] hi = new long[n];
		for (int k = 0; k < n; k++) {
			School s = schools.get(k);
			double base = weightBy == null ? 1.0 : s.get(weightBy);
			w[k] = base * Seeds.lognormal(seed, 0.25, s.code, q);
			lo[k] = lower.applyAsLong(s);
			hi[k] = Math.max(lo[k], upper.applyAsLong(s));
		}
		long[] got;
		try {
			got = Allocator.allocate(total, w, lo, hi);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(q + " in " + schools.get(0).name + ": " + ex.getMessage(), ex);
		}
		for (int k = 0; k < n; k++) {
			schools.get(k).set(q, got[k]);
		}
	}

	private static List<School> concat(List<School> a, List<School> b) {
		List<School> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}

}
