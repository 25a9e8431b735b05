package vn.edu2030.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import static vn.edu2030.generate.Quantity.*;

/**
 * Fills every {@link Quantity} of every area of one former province for one school year.
 * Province totals come from the {@link Profile} (real published figures, or the trends
 * chosen around them) or, where the profile says nothing, from the communes themselves;
 * each total is then split over the communes by {@link Allocator}, in an order that keeps
 * the parts consistent: schools, then classes within the schools, pupils within the
 * classes, teachers and rooms per class, and rates last.
 *
 * Commune traits (size, quality, trend, a few communes that regress) are drawn once per
 * commune from the seed, so a commune keeps its character from year to year; each year
 * adds its own noise. A year depends on nothing but (seed, province, commune, year), so
 * years can be computed in any order and national scale can stream.
 */
final class FigureModel {

	private static final int LEVELS = 5;

	private static final int PRE = 0;

	private static final int PRI = 1;

	private static final int LSE = 2;

	private static final int PRILSE = 3;

	private static final int USE = 4;

	/** What a commune is like, for good: drawn once from the seed and its key. */
	record Traits(double quality, double trend, boolean regressing, int regressFrom, double[] schoolAffinity,
			double[] natstdBase, double privatePreschool, double privateUpper, double upperAffinity,
			double nurseryAffinity, double classNoise, int priLevel, int priUpgrade, int lseLevel, int lseUpgrade) {

	}

	private final long seed;

	private final Profile profile;

	private final Map<String, Traits> traits = new HashMap<>();

	FigureModel(long seed, Profile profile) {
		this.seed = seed;
		this.profile = profile;
	}

	Traits traits(Area a) {
		return traits.computeIfAbsent(a.key(), k -> drawTraits(a));
	}

	private Traits drawTraits(Area a) {
		String k = a.key();
		double[] affinity = new double[LEVELS];
		double[] natstd = new double[LEVELS];
		for (int l = 0; l < LEVELS; l++) {
			affinity[l] = Seeds.lognormal(seed, 0.3, k, "school", l);
			natstd[l] = Seeds.normal(seed, k, "natstd", l);
		}
		boolean regressing = Seeds.uniform(seed, 0, 1, k, "regress") < 0.06;
		int regressFrom = 2018 + (int) (Seeds.uniform(seed, 0, 1, k, "regress-year") * 5);
		double quality = 0.5 * Seeds.normal(seed, k, "quality");
		double trend = 0.04 * Seeds.normal(seed, k, "trend");
		double u = Seeds.uniform(seed, 0, 1, k, "private");
		double privatePre = 0;
		double privateUpper = 0;
		// Private preschools open in towns and wards, and in some plain communes.
		if (a.isUrban() || (a.zone() == Zone.PLAIN && u < 0.3)) {
			privatePre = Seeds.lognormal(seed, 0.4, k, "private-weight") * (a.type().equals("phường") ? 3 : 1);
		}
		if (a.type().equals("phường") && u < 0.5) {
			privateUpper = Seeds.lognormal(seed, 0.3, k, "private-upper");
		}
		double upper = Seeds.lognormal(seed, 0.8, k, "upper") * (a.isUrban() ? 3 : 1);
		double nursery = StrictMath.exp(0.5 * quality + (a.zone() == Zone.MOUNTAIN ? -0.5 : 0.2));
		double classNoise = Seeds.lognormal(seed, 0.1, k, "class-size");
		double lu = Seeds.uniform(seed, 0, 1, k, "level");
		// Towns and wards reach the higher universalisation levels first.
		int urban = a.isUrban() ? 1 : 0;
		int priLevel = Math.min(3, urban + (a.zone() == Zone.MOUNTAIN ? (lu < 0.7 ? 2 : 3) : (lu < 0.85 ? 3 : 2)));
		int lseLevel = Math.min(3, urban + (a.zone() == Zone.MOUNTAIN ? (lu < 0.5 ? 1 : 2) : (lu < 0.6 ? 3 : 2)));
		int priUpgrade = 2016 + (int) (Seeds.uniform(seed, 0, 1, k, "pri-up") * 14);
		int lseUpgrade = 2016 + (int) (Seeds.uniform(seed, 0, 1, k, "lse-up") * 14);
		return new Traits(quality, trend, regressing, regressFrom, affinity, natstd, privatePre, privateUpper, upper,
				nursery, classNoise, priLevel, priUpgrade, lseLevel, lseUpgrade);
	}

	/**
	 * Communes of districts with fixed private totals must be able to hold them: if there
	 * are too few eligible ones, the largest communes of the district become eligible.
	 */
	private double[] privateWeights(List<Area> areas, Traits[] tr, Quantity q, int perCommune, boolean upper) {
		double[] w = new double[areas.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = upper ? tr[i].privateUpper : tr[i].privatePreschool;
		}
		for (var entry : profile.maxDistrictTotals(q).entrySet()) {
			long need = (entry.getValue() + perCommune - 1) / perCommune;
			List<Integer> inDistrict = new ArrayList<>();
			for (int i = 0; i < w.length; i++) {
				if (areas.get(i).districtCode().equals(entry.getKey())) {
					inDistrict.add(i);
				}
			}
			long have = inDistrict.stream().filter(i -> w[i] > 0).count();
			inDistrict.sort(Comparator.comparingDouble(i -> -areas.get(i).size()));
			for (int i : inDistrict) {
				if (have >= need) {
					break;
				}
				if (w[i] <= 0) {
					w[i] = 1;
					have++;
				}
			}
		}
		// …and the province must be able to hold its largest private total.
		long capacity = 0;
		for (double v : w) {
			capacity += v > 0 ? perCommune : 0;
		}
		List<Integer> bySize = new ArrayList<>();
		for (int i = 0; i < w.length; i++) {
			bySize.add(i);
		}
		bySize.sort(Comparator.comparingDouble(i -> -areas.get(i).size()));
		for (int i : bySize) {
			if (capacity >= profile.maxTotal(q)) {
				break;
			}
			if (w[i] <= 0 && areas.get(i).zone() != Zone.ISLAND) {
				w[i] = 1;
				capacity += perCommune;
			}
		}
		return w;
	}

	Figures compute(List<Area> areas, int year) {
		int n = areas.size();
		Traits[] tr = new Traits[n];
		for (int i = 0; i < n; i++) {
			tr[i] = traits(areas.get(i));
		}
		Figures f = new Figures(areas, year);
		int dy = year - Profile.FIRST_YEAR;
		long[] zero = new long[n];

		// Schools: at most five per level in a commune; every commune has a public
		// preschool and a school teaching the primary grades.
		double[] wPrivate = privateWeights(areas, tr, PRE_SCHOOLS_PRIVATE, 3, false);
		long[] hiPrivate = map(n, i -> wPrivate[i] > 0 ? 3 : 0);
		long eligible = sum(hiPrivate);
		long[] prePrivate = allocate(f, PRE_SCHOOLS_PRIVATE,
				total(PRE_SCHOOLS_PRIVATE, year, () -> Math.min(eligible, Math.round(n * (0.10 + 0.012 * dy)))),
				wPrivate, zero, hiPrivate, zero);
		long[] pre = allocate(f, PRE_SCHOOLS,
				total(PRE_SCHOOLS, year, () -> sum(prePrivate) + Math.round(n * (1.5 + 0.01 * dy))),
				weights(n, i -> StrictMath.pow(areas.get(i).size(), 0.6) * tr[i].schoolAffinity[PRE]), map(n, i -> 1),
				map(n, i -> 5 - prePrivate[i]), prePrivate);
		long[] prilse = allocate(f, PRILSE_SCHOOLS,
				total(PRILSE_SCHOOLS, year, () -> Math.round(n * (0.22 + 0.012 * dy))),
				weights(n, i -> tr[i].schoolAffinity[PRILSE] * (areas.get(i).zone() == Zone.MOUNTAIN ? 2 : 1)), zero,
				map(n, i -> 1), zero);
		long[] priLower = map(n, i -> prilse[i] == 0 ? 1 : 0);
		long[] pri = allocate(f, PRI_SCHOOLS,
				total(PRI_SCHOOLS, year, () -> Math.max(sum(priLower), Math.round(n * (1.3 - 0.015 * dy)))),
				weights(n, i -> StrictMath.pow(areas.get(i).size(), 0.6) * tr[i].schoolAffinity[PRI]), priLower,
				map(n, i -> 4), zero);
		long[] lse = allocate(f, LSE_SCHOOLS, total(LSE_SCHOOLS, year, () -> Math.round(n * (0.95 - 0.006 * dy))),
				weights(n, i -> StrictMath.pow(areas.get(i).size(), 0.6) * tr[i].schoolAffinity[LSE]
						* (prilse[i] > 0 ? 0.35 : 1)),
				zero, map(n, i -> 3), zero);
		double[] wUpperPrivate = privateWeights(areas, tr, USE_SCHOOLS_PRIVATE, 1, true);
		long[] hiUpperPrivate = map(n, i -> wUpperPrivate[i] > 0 ? 1 : 0);
		long[] usePrivate = allocate(f, USE_SCHOOLS_PRIVATE,
				total(USE_SCHOOLS_PRIVATE, year, () -> Math.min(sum(hiUpperPrivate), Math.round(n * 0.015))),
				wUpperPrivate, zero, hiUpperPrivate, zero);
		long[] use = allocate(f, USE_SCHOOLS, total(USE_SCHOOLS, year, () -> sum(usePrivate) + Math.round(n * 0.28)),
				weights(n, i -> areas.get(i).size() * tr[i].upperAffinity), zero, map(n, i -> 2), usePrivate);
		long[] prePublic = minus(pre, prePrivate);
		long[] usePublic = minus(use, usePrivate);
		f.set(PRE_SCHOOLS_PRIVATE, prePrivate);
		f.set(PRE_SCHOOLS, pre);
		f.set(PRILSE_SCHOOLS, prilse);
		f.set(PRI_SCHOOLS, pri);
		f.set(LSE_SCHOOLS, lse);
		f.set(USE_SCHOOLS_PRIVATE, usePrivate);
		f.set(USE_SCHOOLS, use);

		// Schools meeting the national standard: the best-placed schools, by a score that
		// is fixed per school, so a school that reached the standard keeps it (unless its
		// commune is one of the few that regress).
		f.set(PRE_SCHOOLS_NATSTD,
				natstd(areas, tr, year, PRE, pre, prePrivate, PRE_SCHOOLS_NATSTD, Rate.PRE_NATSTD, 0.30, 0.62));
		f.set(PRI_SCHOOLS_NATSTD,
				natstd(areas, tr, year, PRI, pri, zero, PRI_SCHOOLS_NATSTD, Rate.PRI_NATSTD, 0.62, 0.86));
		f.set(LSE_SCHOOLS_NATSTD,
				natstd(areas, tr, year, LSE, lse, zero, LSE_SCHOOLS_NATSTD, Rate.LSE_NATSTD, 0.52, 0.80));
		f.set(PRILSE_SCHOOLS_NATSTD,
				natstd(areas, tr, year, PRILSE, prilse, zero, PRILSE_SCHOOLS_NATSTD, Rate.PRILSE_NATSTD, 0.25, 0.55));
		f.set(USE_SCHOOLS_NATSTD,
				natstd(areas, tr, year, USE, use, usePrivate, USE_SCHOOLS_NATSTD, Rate.USE_NATSTD, 0.35, 0.66));

		// Classes within the schools.
		double[] size = weights(n, i -> areas.get(i).size() * tr[i].classNoise
				* Seeds.lognormal(seed, 0.04, areas.get(i).key(), "classes", year));
		long[] preClassesPrivate = allocate(f, PRE_CLASSES_PRIVATE,
				total(PRE_CLASSES_PRIVATE, year, () -> Math.round(sum(prePrivate) * 10.5)),
				weights(n, i -> prePrivate[i] * StrictMath.pow(areas.get(i).size(), 0.3)),
				map(n, i -> 2 * prePrivate[i]), map(n, i -> 15 * prePrivate[i]), zero);
		long[] preClasses = allocate(f, PRE_CLASSES,
				total(PRE_CLASSES, year,
						() -> sum(preClassesPrivate) + Math.round(sum(prePublic) * 8.2 * (1 + 0.008 * dy))),
				size, map(n, i -> 3 * prePublic[i]), map(n, i -> 30 * prePublic[i]), preClassesPrivate);
		long[] preClassesPublic = minus(preClasses, preClassesPrivate);
		long[] priClasses = allocate(f, PRI_CLASSES,
				total(PRI_CLASSES, year, () -> Math.round(sum(pri) * 15.0 + sum(prilse) * 9.0)), size,
				map(n, i -> 5 * (pri[i] + prilse[i])), map(n, i -> 40 * (pri[i] + prilse[i])), zero);
		long[] lseClasses = allocate(f, LSE_CLASSES,
				total(LSE_CLASSES, year, () -> Math.round(sum(lse) * 11.0 + sum(prilse) * 5.0)), size,
				map(n, i -> 4 * (lse[i] + prilse[i])), map(n, i -> 40 * (lse[i] + prilse[i])), zero);
		long[] useClassesPrivate = allocate(f, USE_CLASSES_PRIVATE,
				total(USE_CLASSES_PRIVATE, year, () -> sum(usePrivate) * 9), weights(n, i -> usePrivate[i]),
				map(n, i -> 3 * usePrivate[i]), map(n, i -> 20 * usePrivate[i]), zero);
		long[] useClasses = allocate(f, USE_CLASSES,
				total(USE_CLASSES, year, () -> sum(useClassesPrivate) + sum(usePublic) * 25), size,
				map(n, i -> 9 * usePublic[i]), map(n, i -> 60 * usePublic[i]), useClassesPrivate);
		long[] useClassesPublic = minus(useClasses, useClassesPrivate);
		f.set(PRE_CLASSES_PRIVATE, preClassesPrivate);
		f.set(PRE_CLASSES, preClasses);
		f.set(PRI_CLASSES, priClasses);
		f.set(LSE_CLASSES, lseClasses);
		f.set(USE_CLASSES_PRIVATE, useClassesPrivate);
		f.set(USE_CLASSES, useClasses);

		// Preschool children: allocated by class, then split into nursery (0-2) and
		// kindergarten (3-5) children, so that children = nursery + kindergarten in
		// every commune, as in the yearbook.
		double share = 0.10 + 0.015 * dy;
		long nurseryTotal = total(NURSERY_ENROLLED, year, () -> Math.round(sum(preClasses) * 25 * share));
		long kinderTotal = total(KINDER_ENROLLED, year, () -> Math.round(sum(preClasses) * 25 * (1 - share)));
		Map<String, Long> pupilDistricts = new TreeMap<>(profile.districtTotals(NURSERY_ENROLLED, year));
		profile.districtTotals(KINDER_ENROLLED, year).forEach((d, v) -> pupilDistricts.merge(d, v, Long::sum));
		double[] classSize = weights(n,
				i -> preClasses[i] * tr[i].classNoise * (areas.get(i).zone() == Zone.MOUNTAIN ? 0.85 : 1.0)
						* Seeds.lognormal(seed, 0.05, areas.get(i).key(), "pre-size", year));
		long[] prePupils = allocate(nurseryTotal + kinderTotal, classSize, map(n, i -> 8 * preClasses[i]),
				map(n, i -> 38 * preClasses[i]), zero, pupilDistricts, areas);
		long[] prePupilsPrivate = allocate(f, PRE_PUPILS_PRIVATE,
				total(PRE_PUPILS_PRIVATE, year, () -> sum(preClassesPrivate) * 24),
				weights(n, i -> preClassesPrivate[i]), map(n, i -> 8 * preClassesPrivate[i]),
				map(n, i -> Math.max(8 * preClassesPrivate[i],
						Math.min(35 * preClassesPrivate[i], prePupils[i] - 8 * preClassesPublic[i]))),
				zero);
		long[] nursery = allocate(f, NURSERY_ENROLLED, nurseryTotal,
				weights(n,
						i -> prePupils[i] * tr[i].nurseryAffinity * StrictMath.exp(0.03 * dy)
								* Seeds.lognormal(seed, 0.1, areas.get(i).key(), "nursery", year)),
				zero, prePupils, zero);
		long[] kinder = minus(prePupils, nursery);
		long[] nurseryEm = allocate(f, NURSERY_ENROLLED_EM,
				total(NURSERY_ENROLLED_EM, year, () -> Math.round(dot(nursery, areas, 0.8))),
				weights(n, i -> nursery[i] * areas.get(i).emShare()), zero,
				map(n, i -> areas.get(i).emShare() > 0 ? nursery[i] : 0), zero);
		long[] kinderEm = allocate(f, KINDER_ENROLLED_EM,
				total(KINDER_ENROLLED_EM, year, () -> Math.round(dot(kinder, areas, 0.95))),
				weights(n, i -> kinder[i] * areas.get(i).emShare()), zero,
				map(n, i -> areas.get(i).emShare() > 0 ? kinder[i] : 0), zero);
		f.set(PRE_PUPILS, prePupils);
		f.set(PRE_PUPILS_PRIVATE, prePupilsPrivate);
		f.set(NURSERY_ENROLLED, nursery);
		f.set(KINDER_ENROLLED, kinder);
		f.set(NURSERY_ENROLLED_EM, nurseryEm);
		f.set(KINDER_ENROLLED_EM, kinderEm);
		f.set(PRE_PUPILS_EM, plus(nurseryEm, kinderEm));
		f.set(PRE_PUPILS_FEMALE, share(f, PRE_PUPILS_FEMALE, prePupils, 0.48, areas));

		// General-education pupils, per class.
		long[] priPupils = pupils(f, PRI_PUPILS, priClasses, areas, tr, 28, 10, 38);
		long[] lsePupils = pupils(f, LSE_PUPILS, lseClasses, areas, tr, 33, 12, 42);
		long[] usePupils = pupils(f, USE_PUPILS, useClasses, areas, tr, 37, 15, 45);
		f.set(PRI_PUPILS, priPupils);
		f.set(LSE_PUPILS, lsePupils);
		f.set(USE_PUPILS, usePupils);
		f.set(PRI_PUPILS_EM, ethnicMinority(f, PRI_PUPILS_EM, priPupils, areas, 1.0));
		f.set(LSE_PUPILS_EM, ethnicMinority(f, LSE_PUPILS_EM, lsePupils, areas, 0.95));
		f.set(USE_PUPILS_EM, ethnicMinority(f, USE_PUPILS_EM, usePupils, areas, 0.75));
		f.set(PRI_PUPILS_FEMALE, share(f, PRI_PUPILS_FEMALE, priPupils, 0.485, areas));
		f.set(LSE_PUPILS_FEMALE, share(f, LSE_PUPILS_FEMALE, lsePupils, 0.49, areas));
		f.set(USE_PUPILS_FEMALE, share(f, USE_PUPILS_FEMALE, usePupils, 0.52, areas));

		// Teachers per class.
		long[] preTeachersPrivate = allocate(f, PRE_TEACHERS_PRIVATE,
				total(PRE_TEACHERS_PRIVATE, year, () -> Math.round(sum(preClassesPrivate) * 1.8)),
				weights(n, i -> preClassesPrivate[i]), preClassesPrivate, map(n, i -> 3 * preClassesPrivate[i]), zero);
		long[] preTeachers = allocate(f, PRE_TEACHERS,
				total(PRE_TEACHERS, year,
						() -> sum(preTeachersPrivate) + Math.round(sum(preClassesPublic) * (1.5 + 0.01 * dy))),
				weights(n, i -> preClassesPublic[i]), preClassesPublic, map(n, i -> 3 * preClassesPublic[i]),
				preTeachersPrivate);
		f.set(PRE_TEACHERS_PRIVATE, preTeachersPrivate);
		f.set(PRE_TEACHERS, preTeachers);
		f.set(PRE_TEACHERS_QUALIFIED,
				withGap(f, PRE_TEACHERS_QUALIFIED, preTeachers, null, Rate.PRE_QUALIFIED, 0.93, 0.99, areas, tr));
		f.set(PRI_TEACHERS, teachers(f, PRI_TEACHERS, priClasses, 1.4, 1.0, 2.5));
		f.set(LSE_TEACHERS, teachers(f, LSE_TEACHERS, lseClasses, 2.1, 1.2, 3.5));
		long[] useTeachersPrivate = allocate(f, USE_TEACHERS_PRIVATE,
				total(USE_TEACHERS_PRIVATE, year, () -> sum(useClassesPrivate) * 3),
				weights(n, i -> useClassesPrivate[i]), useClassesPrivate, map(n, i -> 4 * useClassesPrivate[i]), zero);
		f.set(USE_TEACHERS_PRIVATE, useTeachersPrivate);
		f.set(USE_TEACHERS,
				allocate(f, USE_TEACHERS,
						total(USE_TEACHERS, year,
								() -> sum(useTeachersPrivate) + Math.round(sum(useClassesPublic) * 2.2)),
						weights(n, i -> useClassesPublic[i]), map(n, i -> (long) Math.ceil(1.2 * useClassesPublic[i])),
						map(n, i -> 4 * useClassesPublic[i]), useTeachersPrivate));

		// Rooms per class; the solid share rises year by year.
		long[] preRoomsPrivate = allocate(f, PRE_ROOMS_PRIVATE,
				total(PRE_ROOMS_PRIVATE, year, () -> Math.round(sum(preClassesPrivate) * 1.3)),
				weights(n, i -> preClassesPrivate[i]), map(n, i -> (long) Math.ceil(0.6 * preClassesPrivate[i])),
				map(n, i -> 3 * preClassesPrivate[i]), zero);
		long[] preRooms = allocate(f, PRE_ROOMS,
				total(PRE_ROOMS, year, () -> sum(preRoomsPrivate) + Math.round(sum(preClassesPublic) * 1.35)),
				weights(n, i -> preClassesPublic[i]), map(n, i -> (long) Math.ceil(0.6 * preClassesPublic[i])),
				map(n, i -> 3 * preClassesPublic[i]), preRoomsPrivate);
		long[] preRoomsPublic = minus(preRooms, preRoomsPrivate);
		long[] solidPrivate = withGap(f, PRE_ROOMS_SOLID_PRIVATE, preRoomsPrivate, null, null, 0.96, 0.96, areas, tr);
		long[] solidPublic = withGap(f, PRE_ROOMS_SOLID, preRoomsPublic, null, Rate.PRE_SOLID, 0.62, 0.86, areas, tr);
		f.set(PRE_ROOMS_PRIVATE, preRoomsPrivate);
		f.set(PRE_ROOMS, preRooms);
		f.set(PRE_ROOMS_SOLID_PRIVATE, solidPrivate);
		f.set(PRE_ROOMS_SOLID, plus(solidPrivate, solidPublic));
		long[] priRooms = rooms(f, PRI_ROOMS, priClasses, 1.0);
		long[] lseRooms = rooms(f, LSE_ROOMS, lseClasses, 1.0);
		f.set(PRI_ROOMS, priRooms);
		f.set(LSE_ROOMS, lseRooms);
		f.set(PRI_ROOMS_SOLID, withGap(f, PRI_ROOMS_SOLID, priRooms, null, Rate.PRI_SOLID, 0.75, 0.93, areas, tr));
		f.set(LSE_ROOMS_SOLID, withGap(f, LSE_ROOMS_SOLID, lseRooms, null, Rate.LSE_SOLID, 0.85, 0.97, areas, tr));

		// Preschool enrolment rates: the enrolled children are known, the population of
		// the age group follows from the commune's rate (lower in the mountains and for
		// ethnic-minority children).
		double nurseryRate = profile.rate(Rate.NURSERY, year, seed, 0.15, 0.32);
		double kinderRate = profile.rate(Rate.KINDER, year, seed, 0.88, 0.95);
		// Each commune's rate sits where its effect puts it; one shift on the logit scale
		// brings the province to its rate, so no commune is pushed past 100 %.
		double[] kinderEffect = weights(n, i -> 0.7 * communeEffect(areas.get(i), tr[i], year, "kinder"));
		double[] nurseryEffect = weights(n, i -> 0.75 * communeEffect(areas.get(i), tr[i], year, "nursery"));
		double[] kinderRates = rates(kinder, kinderEffect, kinderRate, 0.3, 0.997);
		double[] nurseryRates = rates(nursery, nurseryEffect, nurseryRate, 0.01, 0.95);
		long[] pop35 = map(n, i -> Math.max(kinder[i], Math.round(kinder[i] / kinderRates[i])));
		long[] pop02 = map(n, i -> nursery[i] == 0 ? Math.max(1, Math.round(pop35[i] * 0.95))
				: Math.max(nursery[i], Math.round(nursery[i] / nurseryRates[i])));
		long[] pop35Em = new long[n];
		long[] pop02Em = new long[n];
		long[] pop5 = new long[n];
		for (int i = 0; i < n; i++) {
			Area a = areas.get(i);
			double rk = pop35[i] == 0 ? kinderRates[i] : (double) kinder[i] / pop35[i];
			double rkEm = clamp(1 - (1 - rk) * 1.7, 0.3, 0.995);
			pop35Em[i] = emPopulation(kinderEm[i], rkEm, pop35[i], kinder[i], a.emShare());
			double rn = Math.max(0.005, (double) nursery[i] / pop02[i]);
			pop02Em[i] = emPopulation(nurseryEm[i], rn * 0.7, pop02[i], nursery[i], a.emShare());
			pop5[i] = Math.max(1, Math.round(pop35[i] * Seeds.uniform(seed, 0.315, 0.345, a.key(), "pop5", year)));
		}
		f.set(POP_3_5, pop35);
		f.set(POP_3_5_EM, pop35Em);
		f.set(POP_0_2, pop02);
		f.set(POP_0_2_EM, pop02Em);
		f.set(POP_5, pop5);
		f.set(AGE5_ENROLLED, withGap(f, AGE5_ENROLLED, pop5, map(n, i -> Math.min(pop5[i], kinder[i])), Rate.AGE5,
				0.990, 0.997, areas, tr));
		f.set(PRE_TWO_SESSION,
				withGap(f, PRE_TWO_SESSION, prePupils, null, Rate.PRE_TWO_SESSION, 0.85, 0.985, areas, tr));

		// Primary and lower-secondary flows.
		long[] pop610 = map(n,
				i -> Math.round(priPupils[i] * Seeds.uniform(seed, 0.965, 1.01, areas.get(i).key(), "pop610", year)));
		f.set(POP_6_10, pop610);
		f.set(PRI_NER_ENROLLED, withGap(f, PRI_NER_ENROLLED, pop610, map(n, i -> Math.min(pop610[i], priPupils[i])),
				Rate.PRI_NER, 0.975, 0.993, areas, tr));
		long[] grade5 = map(n,
				i -> Math.round(priPupils[i] * Seeds.uniform(seed, 0.185, 0.215, areas.get(i).key(), "grade5", year)));
		f.set(PRI_GRADE5, grade5);
		f.set(PRI_COMPLETED, withGap(f, PRI_COMPLETED, grade5, null, Rate.PRI_COMPLETION, 0.985, 0.997, areas, tr));
		long[] priBase = map(n,
				i -> Math.round(grade5[i] * Seeds.uniform(seed, 0.97, 1.01, areas.get(i).key(), "pri-base", year)));
		f.set(PRI_TRANSITION_BASE, priBase);
		f.set(PRI_TRANSITION_ENTRANTS,
				withGap(f, PRI_TRANSITION_ENTRANTS, priBase, null, Rate.PRI_TRANSITION, 0.98, 0.995, areas, tr));
		f.set(PRI_TWO_SESSION,
				withGap(f, PRI_TWO_SESSION, priPupils, null, Rate.PRI_TWO_SESSION, 0.70, 0.95, areas, tr));
		long[] pop1114 = map(n,
				i -> Math.round(lsePupils[i] * Seeds.uniform(seed, 0.99, 1.06, areas.get(i).key(), "pop1114", year)));
		f.set(POP_11_14, pop1114);
		f.set(LSE_NER_ENROLLED, withGap(f, LSE_NER_ENROLLED, pop1114, map(n, i -> Math.min(pop1114[i], lsePupils[i])),
				Rate.LSE_NER, 0.86, 0.94, areas, tr));
		long[] grade9 = map(n,
				i -> Math.round(lsePupils[i] * Seeds.uniform(seed, 0.22, 0.26, areas.get(i).key(), "grade9", year)));
		f.set(LSE_GRADE9, grade9);
		f.set(LSE_COMPLETED, withGap(f, LSE_COMPLETED, grade9, null, Rate.LSE_COMPLETION, 0.93, 0.985, areas, tr));
		long[] lseBase = map(n,
				i -> Math.round(grade9[i] * Seeds.uniform(seed, 0.95, 0.99, areas.get(i).key(), "lse-base", year)));
		f.set(LSE_TRANSITION_BASE, lseBase);
		f.set(LSE_TRANSITION_ENTRANTS,
				withGap(f, LSE_TRANSITION_ENTRANTS, lseBase, null, Rate.LSE_TRANSITION, 0.72, 0.88, areas, tr));

		// Universalisation levels, assessed per commune: most rise, a few regressing
		// communes lose a level.
		f.set(PRI_LEVEL,
				map(n, i -> pri[i] + prilse[i] == 0 ? 0 : level(tr[i].priLevel(), tr[i].priUpgrade(), tr[i], year)));
		f.set(LSE_LEVEL,
				map(n, i -> lse[i] + prilse[i] == 0 ? 0 : level(tr[i].lseLevel(), tr[i].lseUpgrade(), tr[i], year)));
		return f;
	}

	private static int level(int base, int upgrade, Traits t, int year) {
		int level = year >= upgrade ? Math.min(3, base + 1) : base;
		if (t.regressing() && year >= t.regressFrom()) {
			level = Math.max(1, level - 1);
		}
		return level;
	}

	private static long emPopulation(long enrolledEm, double rate, long population, long enrolled, double emShare) {
		if (emShare <= 0) {
			return 0;
		}
		long upper = population - (enrolled - enrolledEm);
		long estimate = enrolledEm > 0 ? Math.round(enrolledEm / rate) : Math.round(population * emShare);
		return Math.max(enrolledEm, Math.min(upper, estimate));
	}

	/**
	 * How far a commune's rates sit from the province's: better communes higher, the
	 * mountains lower, each commune on its own trend, the regressing few falling, and
	 * yearly noise.
	 */
	private double communeEffect(Area a, Traits t, int year, String family) {
		double zone = switch (a.zone()) {
			case MOUNTAIN -> -0.9;
			case ISLAND -> -0.3;
			case PLAIN -> 0.3;
		};
		return 1.2 * t.quality() + zone + t.trend() * (year - Profile.FIRST_YEAR) - regressPenalty(t, year)
				+ 0.25 * Seeds.normal(seed, a.key(), family, "effect")
				+ 0.12 * Seeds.normal(seed, a.key(), family, year);
	}

	private static double regressPenalty(Traits t, int year) {
		return t.regressing() && year >= t.regressFrom() ? Math.min(1.2, 0.4 * (year - t.regressFrom() + 1)) : 0;
	}

	/**
	 * Commune rates logistic(logit(rate) + effect + shift), the shift found by bisection
	 * so that Σ enrolled / Σ (enrolled / commune rate) = rate.
	 */
	private static double[] rates(long[] enrolled, double[] effect, double rate, double lo, double hi) {
		int n = enrolled.length;
		double target = sum(enrolled) / rate;
		double low = -8;
		double high = 8;
		double[] out = new double[n];
		for (int iteration = 0; iteration < 60; iteration++) {
			double shift = (low + high) / 2;
			double population = 0;
			for (int i = 0; i < n; i++) {
				out[i] = clamp(Seeds.logistic(Seeds.logit(rate) + effect[i] + shift), lo, hi);
				population += enrolled[i] / out[i];
			}
			if (population > target) {
				low = shift;
			}
			else {
				high = shift;
			}
		}
		return out;
	}

	/**
	 * numerator = denominator − gap, where the province gap follows the rate (or the
	 * fixed numerator) and is split by how far each commune lags.
	 */
	private long[] withGap(Figures f, Quantity numerator, long[] denominator, long[] numeratorUpper, Rate rate,
			double d2015, double d2025, List<Area> areas, Traits[] tr) {
		int n = denominator.length;
		int year = f.year();
		long den = sum(denominator);
		Long fixed = profile.total(numerator, year, seed);
		double r = rate == null ? d2015 : profile.rate(rate, year, seed, d2015, d2025);
		long gap = fixed != null ? den - fixed : Math.round(den * (1 - r));
		long[] lower = map(n, i -> numeratorUpper == null ? 0 : Math.max(0, denominator[i] - numeratorUpper[i]));
		long[] upper = denominator.clone();
		if (fixed == null) {
			gap = Math.max(sum(lower), Math.min(sum(upper), gap));
		}
		double[] w = weights(n, i -> denominator[i]
				* StrictMath.exp(-communeEffect(areas.get(i), tr[i], year, numerator.name()) * 0.8));
		long[] gaps = Allocator.allocate(gap, w, lower, upper);
		return minus(denominator, gaps);
	}

	private long[] natstd(List<Area> areas, Traits[] tr, int year, int level, long[] schools, long[] privateSchools,
			Quantity q, Rate rate, double d2015, double d2025) {
		record Slot(int area, int k, double score) {
		}
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < schools.length; i++) {
			Area a = areas.get(i);
			double zone = switch (a.zone()) {
				case PLAIN -> 0.8;
				case ISLAND -> 0.0;
				case MOUNTAIN -> -0.6;
			};
			for (int k = 0; k < schools[i]; k++) {
				boolean isPrivate = k >= schools[i] - privateSchools[i];
				double score = tr[i].natstdBase()[level] + 0.6 * tr[i].quality() - 0.35 * k + zone
						+ (isPrivate ? -0.8 : 0) - regressPenalty(tr[i], year);
				slots.add(new Slot(i, k, score));
			}
		}
		long all = sum(schools);
		long target = total(q, year, () -> Math.round(all * profile.rate(rate, year, seed, d2015, d2025)));
		if (target > slots.size()) {
			throw new IllegalStateException(q + " " + year + ": " + target + " schools at national standard but only "
					+ slots.size() + " schools");
		}
		slots.sort(Comparator.comparingDouble((Slot s) -> -s.score())
			.thenComparingInt(Slot::area)
			.thenComparingInt(Slot::k));
		long[] out = new long[schools.length];
		for (int s = 0; s < target; s++) {
			out[slots.get(s).area()]++;
		}
		return out;
	}

	private long[] pupils(Figures f, Quantity q, long[] classes, List<Area> areas, Traits[] tr, double perClass,
			int lower, int upper) {
		int n = classes.length;
		int year = f.year();
		return allocate(f, q, total(q, year, () -> Math.round(sum(classes) * perClass)),
				weights(n,
						i -> classes[i] * tr[i].classNoise() * (areas.get(i).zone() == Zone.MOUNTAIN ? 0.9 : 1.0)
								* Seeds.lognormal(seed, 0.05, areas.get(i).key(), q, year)),
				map(n, i -> lower * classes[i]), map(n, i -> upper * classes[i]), new long[n]);
	}

	private long[] ethnicMinority(Figures f, Quantity q, long[] pupils, List<Area> areas, double relative) {
		int n = pupils.length;
		return allocate(f, q, total(q, f.year(), () -> Math.round(dot(pupils, areas, relative))),
				weights(n, i -> pupils[i] * areas.get(i).emShare()), new long[n],
				map(n, i -> areas.get(i).emShare() > 0 ? pupils[i] : 0), new long[n]);
	}

	private long[] share(Figures f, Quantity q, long[] of, double share, List<Area> areas) {
		int n = of.length;
		return allocate(f, q, total(q, f.year(), () -> Math.round(sum(of) * share)),
				weights(n, i -> of[i] * Seeds.lognormal(seed, 0.02, areas.get(i).key(), q, f.year())), new long[n], of,
				new long[n]);
	}

	private long[] teachers(Figures f, Quantity q, long[] classes, double perClass, double lower, double upper) {
		int n = classes.length;
		return allocate(f, q, total(q, f.year(), () -> Math.round(sum(classes) * perClass)),
				weights(n, i -> classes[i]), map(n, i -> (long) Math.ceil(lower * classes[i])),
				map(n, i -> (long) Math.floor(upper * classes[i])), new long[n]);
	}

	private long[] rooms(Figures f, Quantity q, long[] classes, double perClass) {
		int n = classes.length;
		return allocate(f, q, total(q, f.year(), () -> Math.round(sum(classes) * perClass)),
				weights(n, i -> classes[i]), map(n, i -> (long) Math.ceil(0.6 * classes[i])),
				map(n, i -> (long) Math.ceil(1.8 * classes[i])), new long[n]);
	}

	private long total(Quantity q, int year, LongSupplier natural) {
		Long fixed = profile.total(q, year, seed);
		return fixed != null ? fixed : natural.getAsLong();
	}

	/**
	 * Splits total − already over the areas, honouring fixed district totals of q, and
	 * returns already + the split.
	 */
	private long[] allocate(Figures f, Quantity q, long total, double[] w, long[] lower, long[] upper, long[] already) {
		try {
			return allocate(total, w, lower, upper, already, profile.districtTotals(q, f.year()), f.areas());
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(
					"province " + profile.provinceCode + ", " + f.year() + ", " + q + ": " + ex.getMessage(), ex);
		}
	}

	private static long[] allocate(long total, double[] w, long[] lower, long[] upper, long[] already,
			Map<String, Long> fixedDistricts, List<Area> areas) {
		int n = w.length;
		long[] part = new long[n];
		long rest = total - sum(already);
		List<Integer> others = new ArrayList<>();
		Map<String, List<Integer>> byDistrict = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			String d = areas.get(i).districtCode();
			if (fixedDistricts.containsKey(d)) {
				byDistrict.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
			}
			else {
				others.add(i);
			}
		}
		for (var entry : fixedDistricts.entrySet()) {
			List<Integer> idx = byDistrict.getOrDefault(entry.getKey(), List.of());
			long target = entry.getValue();
			for (int i : idx) {
				target -= already[i];
			}
			split(target, idx, w, lower, upper, part);
			rest -= target;
		}
		split(rest, others, w, lower, upper, part);
		long[] out = new long[n];
		for (int i = 0; i < n; i++) {
			out[i] = part[i] + already[i];
		}
		return out;
	}

	private static void split(long total, List<Integer> idx, double[] w, long[] lower, long[] upper, long[] out) {
		if (idx.isEmpty()) {
			if (total != 0) {
				throw new IllegalStateException(total + " left for no area");
			}
			return;
		}
		double[] sw = new double[idx.size()];
		long[] sl = new long[idx.size()];
		long[] su = new long[idx.size()];
		for (int j = 0; j < sw.length; j++) {
			sw[j] = w[idx.get(j)];
			sl[j] = lower[idx.get(j)];
			su[j] = upper[idx.get(j)];
		}
		long[] got = Allocator.allocate(total, sw, sl, su);
		for (int j = 0; j < sw.length; j++) {
			out[idx.get(j)] = got[j];
		}
	}

	private static double dot(long[] values, List<Area> areas, double factor) {
		double s = 0;
		for (int i = 0; i < values.length; i++) {
			s += values[i] * areas.get(i).emShare() * factor;
		}
		return s;
	}

	static long sum(long[] values) {
		long s = 0;
		for (long v : values) {
			s += v;
		}
		return s;
	}

	private static double total(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

	private static long[] minus(long[] a, long[] b) {
		long[] out = new long[a.length];
		for (int i = 0; i < a.length; i++) {
			out[i] = a[i] - b[i];
		}
		return out;
	}

	private static long[] plus(long[] a, long[] b) {
		long[] out = new long[a.length];
		for (int i = 0; i < a.length; i++) {
			out[i] = a[i] + b[i];
		}
		return out;
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}

	private interface LongOf {

		long at(int i);

	}

	private interface DoubleOf {

		double at(int i);

	}

	private static long[] map(int n, LongOf f) {
		long[] out = new long[n];
		for (int i = 0; i < n; i++) {
			out[i] = f.at(i);
		}
		return out;
	}

	private static double[] weights(int n, DoubleOf f) {
		double[] out = new double[n];
		for (int i = 0; i < n; i++) {
			out[i] = f.at(i);
		}
		return out;
	}

}
