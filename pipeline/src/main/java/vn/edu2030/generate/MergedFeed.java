package vn.edu2030.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.edu2030.generate.FeedIndicator.TaughtBy;
import vn.edu2030.generate.Schools.School;
import vn.edu2030.generate.internal.DelimitedWriter;

/**
 * Feed 3 (merged province): one line per school × indicator component, plus commune lines
 * (empty school_code) for the population denominators; ',' separated, plain numbers,
 * UTF-8, LF.
 */
final class MergedFeed {

	static final String[] HEADER = { "school_year", "commune_code", "school_code", "school_name", "school_level",
			"ownership", "indicator_code", "disaggregation", "component", "amount" };

	private MergedFeed() {
	}

	/** Population figures of the new communes, former communes re-based by weight. */
	static Map<String, long[]> populations(Figures f) {
		Map<String, long[]> out = new TreeMap<>();
		for (int i = 0; i < f.areas().size(); i++) {
			var shares = f.areas().get(i).newUnits();
			for (Quantity q : Quantity.values()) {
				if (!q.isPopulation()) {
					continue;
				}
				long v = f.get(q, i);
				long given = 0;
				for (int s = 0; s < shares.size(); s++) {
					long part = s == shares.size() - 1 ? v - given : Math.round(v * shares.get(s).weight());
					given += part;
					out.computeIfAbsent(shares.get(s).newCode(), k -> new long[Quantity.values().length])[q
						.ordinal()] += part;
				}
			}
		}
		return out;
	}

	/** Writes the lines of one group of new communes; returns the lines written. */
	static long write(DelimitedWriter w, String schoolYear, Map<String, long[]> populations, List<School> schools)
			throws IOException {
		long before = w.lines();
		Map<String, List<School>> byCommune = new TreeMap<>();
		populations.keySet().forEach(c -> byCommune.put(c, new ArrayList<>()));
		for (School s : schools) {
			byCommune.computeIfAbsent(s.newCommune, k -> new ArrayList<>()).add(s);
		}
		for (var entry : byCommune.entrySet()) {
			String commune = entry.getKey();
			long[] pop = populations.get(commune);
			if (pop != null) {
				for (FeedIndicator fi : FeedIndicator.ALL) {
					if (fi.isRate() && fi.denominator().isPopulation() && pop[fi.denominator().ordinal()] > 0) {
						w.write(schoolYear, commune, "", "", "", "", fi.indicator(), fi.disaggregation(), "denominator",
								Long.toString(pop[fi.denominator().ordinal()]));
					}
				}
			}
			List<School> list = entry.getValue();
			list.sort(Comparator.comparing(s -> s.code));
			for (School s : list) {
				for (FeedIndicator fi : FeedIndicator.ALL) {
					if (fi.disaggregation().equals("private") || !teaches(s.level, fi.taughtBy())) {
						continue;
					}
					if (fi.isRate()) {
						long num = s.get(fi.numerator());
						if (fi.denominator().isPopulation()) {
							if (num > 0) {
								line(w, schoolYear, s, fi, "numerator", num);
							}
						}
						else if (s.get(fi.denominator()) > 0) {
							line(w, schoolYear, s, fi, "numerator", num);
							line(w, schoolYear, s, fi, "denominator", s.get(fi.denominator()));
						}
					}
					else if (s.get(fi.value()) > 0) {
						line(w, schoolYear, s, fi, "value", s.get(fi.value()));
					}
				}
			}
		}
		return w.lines() - before;
	}

	private static void line(DelimitedWriter w, String schoolYear, School s, FeedIndicator fi, String component,
			long amount) throws IOException {
		w.write(schoolYear, s.newCommune, s.code, s.name, s.level, s.ownership, fi.indicator(), fi.disaggregation(),
				component, Long.toString(amount));
	}

	private static final Map<TaughtBy, Set<String>> LEVELS = Map.of(TaughtBy.PRESCHOOL, Set.of("preschool"),
			TaughtBy.PRIMARY_GRADES, Set.of("primary", "primary_lower_secondary"), TaughtBy.PRIMARY_SCHOOL,
			Set.of("primary"), TaughtBy.PRIMARY_LOWER_SECONDARY_SCHOOL, Set.of("primary_lower_secondary"),
			TaughtBy.LOWER_SECONDARY_GRADES, Set.of("lower_secondary", "primary_lower_secondary", "multi_level"),
			TaughtBy.LOWER_SECONDARY_SCHOOL, Set.of("lower_secondary"), TaughtBy.UPPER_SECONDARY_GRADES,
			Set.of("upper_secondary", "multi_level"), TaughtBy.COMMUNE, Set.of());

	static boolean teaches(String schoolLevel, TaughtBy taughtBy) {
		return LEVELS.get(taughtBy).contains(schoolLevel);
	}

}
