package vn.edu2030.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.edu2030.TestHomes;
import vn.edu2030.common.Warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.edu2030.report.ScorecardPages.all;
import static vn.edu2030.report.ScorecardPages.byClass;
import static vn.edu2030.report.ScorecardPages.classes;
import static vn.edu2030.report.ScorecardPages.hasClass;
import static vn.edu2030.report.ScorecardPages.of;
import static vn.edu2030.report.ScorecardPages.one;
import static vn.edu2030.report.ScorecardPages.parse;
import static vn.edu2030.report.ScorecardPages.read;

/**
 * {@code edu2030 report} on a warehouse loaded by the nightly run from the
 * {@link ScorecardFixtures} deliveries (ten years of the former province, two of the
 * merged one): the pages, their links, every chart's parts, one known series checked
 * against the warehouse, the status colours, escaping, and nothing fetched from outside.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardFunctionalTests {

	/** Tịnh Khê: five former communes, all of whose history the fixtures deliver. */
	static final String TINH_KHE = "commune-21211";

	/** Cà Đam: part of the split Trà Bùi, so its history before 2025 is apportioned. */
	static final String CA_DAM = "commune-21136";

	static final String DUC_PHO_TOWN = "former-district-534";

	ScorecardTestSite.Site site;

	Path vi;

	Path en;

	@BeforeAll
	void build() {
		this.site = ScorecardTestSite.hostile();
		assertThat(this.site.report().exit()).as(this.site.report().err()).isZero();
		this.vi = this.site.out();
		this.en = this.site.out().resolve("en");
	}

	@Test
	void reportPrintsTheEntryPageOfTheChosenLanguageAndASummary() {
		assertThat(this.site.report().out().strip()).isEqualTo(this.en.resolve("index.html").toString());
		assertThat(this.site.report().err()).contains("edu2030 report: OK", "98 pages", "synthetic sample data");
	}

	@Test
	void everyPageExistsInBothLanguagesAndLinksToItsCounterpart() throws IOException {
		for (Path folder : List.of(this.vi, this.en)) {
			assertThat(folder.resolve("index.html")).isRegularFile();
			assertThat(folder.resolve(DUC_PHO_TOWN + ".html")).isRegularFile();
			assertThat(pages(folder).stream().filter(p -> p.getFileName().toString().startsWith("commune-")))
				.hasSize(96);
		}
		for (Path page : pages(this.vi)) {
			Document doc = parse(page);
			assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
			Element link = of(byClass(doc), "lang-switch").get(0);
			assertThat(link.getAttribute("hreflang")).isEqualTo("en");
			assertThat(page.resolveSibling(link.getAttribute("href")).normalize())
				.isEqualTo(this.en.resolve(page.getFileName()));
		}
		for (Path page : pages(this.en)) {
			Document doc = parse(page);
			assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
			Element link = of(byClass(doc), "lang-switch").get(0);
			assertThat(page.resolveSibling(link.getAttribute("href")).normalize())
				.isEqualTo(this.vi.resolve(page.getFileName()));
		}
		assertThat(read(this.vi.resolve(TINH_KHE + ".html"))).contains("Năm học", "Mục tiêu", "Dự báo",
				"Khoảng dự báo 80 %", "Khoảng dự báo 95 %");
		assertThat(read(this.en.resolve(TINH_KHE + ".html"))).contains("School year", "Target", "Projection",
				"80 % prediction interval", "95 % prediction interval");
	}

	@Test
	void provincePageListsThe96CommunesWithTheirStatusCountsAndLinksThatResolve() {
		for (Path folder : List.of(this.vi, this.en)) {
			Document index = parse(folder.resolve("index.html"));
			List<Element> rows = all(index, "//table[" + hasClass("commune-table") + "]/tbody/tr");
			assertThat(rows).hasSize(96);
			for (Element row : rows) {
				Element link = (Element) row.getElementsByTagName("a").item(0);
				Path page = folder.resolve(link.getAttribute("href"));
				assertThat(page).isRegularFile();
				// The counts per status are those of the commune page's cards.
				List<Element> cards = of(byClass(parse(page)), "card");
				Map<String, List<Element>> cells = byClass(row);
				int total = 0;
				for (Status s : Status.values()) {
					int count = Integer.parseInt(of(cells, "count-" + s.code()).get(0).getTextContent().trim());
					assertThat(cards.stream().filter(c -> classes(c).contains(s.cssClass()))).as(page + " " + s)
						.hasSize(count);
					total += count;
				}
				assertThat(total).as(page.toString()).isEqualTo(16);
			}
			// The province's own series, and the former Đức Phổ town.
			assertThat(all(index, "//svg[" + hasClass("chart") + "]")).hasSize(16);
			assertThat(all(index, "//a[@href='" + DUC_PHO_TOWN + ".html']")).hasSize(1);
		}
	}

	@Test
	void everyChartHasTitleDescriptionTargetLineAxesAndLegend() throws IOException {
		int charts = 0;
		for (Path folder : List.of(this.vi, this.en)) {
			for (Path page : pages(folder)) {
				for (Element svg : of(byClass(parse(page)), "chart")) {
					charts++;
					String id = svg.getAttribute("id");
					String where = page.getFileName() + " " + id;
					Map<String, List<Element>> parts = byClass(svg);
					assertThat(svg.getAttribute("role")).isEqualTo("img");
					assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
					Element title = (Element) svg.getElementsByTagName("title").item(0);
					Element desc = (Element) svg.getElementsByTagName("desc").item(0);
					assertThat(title.getParentNode()).isSameAs(svg);
					assertThat(title.getAttribute("id")).isEqualTo(id + "-title");
					assertThat(title.getTextContent()).as(where).isNotBlank();
					assertThat(desc.getAttribute("id")).isEqualTo(id + "-desc");
					assertThat(desc.getTextContent()).as(where).isNotBlank();
					assertThat(of(parts, "target-line")).as(where).hasSize(1);
					assertThat(of(parts, "chart-title")).as(where).isNotEmpty();
					assertThat(of(parts, "axis-title")).as(where).hasSize(2);
					assertThat(of(parts, "x-tick")).as(where).isNotEmpty();
					assertThat(of(parts, "legend-target")).as(where).hasSize(1);
					if (!of(parts, "band").isEmpty()) {
						assertThat(of(parts, "band-80")).as(where).hasSize(1);
						assertThat(of(parts, "band-95")).as(where).hasSize(1);
						assertThat(of(parts, "legend-band80")).as(where).hasSize(1);
						assertThat(of(parts, "legend-band95")).as(where).hasSize(1);
						assertThat(of(parts, "projected")).as(where).hasSize(1);
					}
					if (of(parts, "point").stream().anyMatch(e -> e.hasAttribute("data-year"))) {
						assertThat(of(parts, "history")).as(where).hasSize(1);
					}
					else {
						assertThat(of(parts, "no-data")).as(where).hasSize(1);
					}
				}
			}
		}
		// 16 province targets for the province and each of the 96 communes, 39 for the
		// former
		// town; in two languages.
		assertThat(charts).isEqualTo(2 * (16 + 96 * 16 + 39));
	}

	@Test
	void aKnownSeriesShowsItsHistoryBandsProjectionAndTarget() throws Exception {
		Map<Integer, Double> values = new LinkedHashMap<>();
		Map<Integer, String> comparability = new LinkedHashMap<>();
		double projected;
		double lower95;
		double upper95;
		String statusVi;
		try (Connection c = Warehouse.openReadOnly(this.site.home().resolve("published/edu2030.duckdb"));
				Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select school_year, value, comparability from v_indicator_value "
					+ "where unit_key = '" + TINH_KHE + "' and indicator_code = 'PRE_NURSERY_ENROL_RATE' "
					+ "and disaggregation_code = 'all' order by school_year")) {
				while (rs.next()) {
					values.put(rs.getInt(1), rs.getDouble(2));
					comparability.put(rs.getInt(1), rs.getString(3));
				}
			}
			try (ResultSet rs = s.executeQuery("select projected_value, lower_95, upper_95, regression_status_vi "
					+ "from v_progress_2030 where unit_key = '" + TINH_KHE + "' and target_id = 'T000-01'")) {
				assertThat(rs.next()).isTrue();
				projected = rs.getDouble(1);
				lower95 = rs.getDouble(2);
				upper95 = rs.getDouble(3);
				statusVi = rs.getString(4);
			}
		}
		assertThat(values.keySet()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
				2026);

		Document page = parse(this.vi.resolve(TINH_KHE + ".html"));
		Element svg = one(page, "//svg[@data-target-id='T000-01']");
		List<Element> points = all(svg, ".//*[" + hasClass("point") + " and @data-year]");
		assertThat(points).hasSize(values.size());
		for (Element point : points) {
			int year = Integer.parseInt(point.getAttribute("data-year"));
			assertThat(Double.parseDouble(point.getAttribute("data-value"))).isCloseTo(values.get(year), within(1e-5));
			// Re-based years are hollow circles, the merged province's own years filled.
			String expected = (year < 2025) ? "point-rebased" : "point-native";
			assertThat(comparability.get(year)).isEqualTo((year < 2025) ? "rebased" : "native");
			assertThat(classes(point)).as("year " + year).contains(expected);
			assertThat(point.getTagName()).isEqualTo("circle");
			assertThat(point.getAttribute("fill")).isEqualTo((year < 2025) ? "#ffffff" : SvgChart.HISTORY_COLOUR);
		}
		assertThat(all(svg, ".//polygon[" + hasClass("band-80") + "]")).hasSize(1);
		assertThat(all(svg, ".//polygon[" + hasClass("band-95") + "]")).hasSize(1);
		assertThat(all(svg, ".//path[" + hasClass("trend") + "]")).hasSize(1);
		assertThat(all(svg, ".//path[" + hasClass("projection") + "]")).hasSize(1);
		assertThat(Double.parseDouble(one(svg, ".//*[" + hasClass("target-line") + "]").getAttribute("data-value")))
			.isEqualTo(38.0);
		Element projectedPoint = one(svg, ".//circle[" + hasClass("projected") + "]");
		assertThat(Double.parseDouble(projectedPoint.getAttribute("data-value"))).isCloseTo(projected, within(1e-5));
		// The 95 % cone ends, at the target year, on the interval; the 80 % cone lies
		// inside.
		double[] band95 = extentAtLastX(one(svg, ".//polygon[" + hasClass("band-95") + "]"));
		double[] band80 = extentAtLastX(one(svg, ".//polygon[" + hasClass("band-80") + "]"));
		assertThat(band95[0]).isLessThan(band80[0]);
		assertThat(band95[1]).isGreaterThan(band80[1]);
		assertThat(Double.parseDouble(projectedPoint.getAttribute("cy"))).isBetween(band80[0], band80[1]);
		// … and the description says the same in words, Vietnamese style (decimal comma).
		String desc = one(svg, "./desc").getTextContent();
		assertThat(desc).contains(Lang.VI.number(lower95, 1) + "\u00a0%", Lang.VI.number(upper95, 1) + "\u00a0%",
				"12 năm học", "2015-2016", "2026-2027", "≥\u00a038\u00a0%");
		// The card shows the view's Vietnamese status words, in the status colour.
		Element card = one(page, "//article[@id='t-T000-01']");
		assertThat(card.getTextContent()).contains("Hồi quy: " + statusVi);
		Status status = Status.of(card.getAttribute("class").replace("card", "").trim().replace("status-", ""));
		assertThat(status.word(Lang.VI)).isEqualTo(statusVi);
		assertThat(projectedPoint.getAttribute("fill")).isEqualTo(status.colour());

		// Cà Đam's history before the reform includes half of Trà Bùi: apportioned,
		// hollow
		// squares.
		Element caDam = one(parse(this.vi.resolve(CA_DAM + ".html")), "//svg[@data-target-id='T000-01']");
		List<Element> apportioned = all(caDam, ".//rect[" + hasClass("point-apportioned") + " and @data-year]");
		assertThat(apportioned).hasSize(10);
		assertThat(all(caDam, ".//*[" + hasClass("legend-apportioned") + "]")).hasSize(1);
	}

	/** The smallest and largest y of a polygon's points at its largest x. */
	private static double[] extentAtLastX(Element polygon) {
		double maxX = Double.NEGATIVE_INFINITY;
		List<double[]> points = new ArrayList<>();
		for (String pair : polygon.getAttribute("points").trim().split("\\s+")) {
			String[] xy = pair.split(",");
			double[] p = { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
			points.add(p);
			maxX = Math.max(maxX, p[0]);
		}
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double[] p : points) {
			if (p[0] == maxX) {
				lo = Math.min(lo, p[1]);
				hi = Math.max(hi, p[1]);
			}
		}
		return new double[] { lo, hi };
	}

	@Test
	void everyStatusClassUsedIsInTheLegendAndTheFixturesUseThemAll() throws IOException {
		Set<String> used = new HashSet<>();
		Pattern statusClass = Pattern.compile("status-[a-z_]+");
		for (Path folder : List.of(this.vi, this.en)) {
			for (Path page : pages(folder)) {
				Map<String, List<Element>> index = byClass(parse(page));
				Set<String> legend = new HashSet<>();
				for (Element e : byClass(of(index, "status-legend").get(0)).values()
					.stream()
					.flatMap(List::stream)
					.toList()) {
					classes(e).stream().filter(c -> c.startsWith("status-")).forEach(legend::add);
				}
				legend.remove("status-legend");
				assertThat(legend).hasSize(5);
				for (String c : index.keySet()) {
					if (statusClass.matcher(c).matches() && !c.equals("status-legend")) {
						assertThat(legend).as(page + ": class " + c).contains(c);
						used.add(c);
					}
				}
			}
		}
		assertThat(used).containsExactlyInAnyOrder("status-achieved", "status-on_track", "status-needs_acceleration",
				"status-regressing", "status-insufficient_data");
	}

	@Test
	void statusWordsAreThoseOfTheWarehouse() throws SQLException {
		try (Connection c = Warehouse.openReadOnly(this.site.home().resolve("published/edu2030.duckdb"));
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select distinct regression_status, regression_status_vi from v_progress_2030")) {
			int n = 0;
			while (rs.next()) {
				assertThat(Status.of(rs.getString(1)).word(Lang.VI)).isEqualTo(rs.getString(2));
				n++;
			}
			assertThat(n).isEqualTo(5);
		}
	}

	@Test
	void everyTextIsEscaped() throws IOException {
		for (Path folder : List.of(this.vi, this.en)) {
			for (Path page : pages(folder)) {
				String html = read(page);
				assertThat(html).as(page.toString()).doesNotContain("<script", "<b>private");
			}
		}
		// The hostile names are shown as text, exactly as they are in the warehouse.
		Element vi = one(parse(this.vi.resolve("index.html")), "//svg[@data-indicator='PRE_PRIVATE_SCHOOL_SHARE']");
		assertThat(one(vi, "./title").getTextContent()).startsWith(ScorecardTestSite.HOSTILE_VI);
		assertThat(read(this.vi.resolve("index.html")))
			.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
		Element en = one(parse(this.en.resolve("index.html")), "//svg[@data-indicator='PRE_PRIVATE_SCHOOL_SHARE']");
		assertThat(one(en, "./title").getTextContent()).startsWith(ScorecardTestSite.HOSTILE_EN);
	}

	@Test
	void pagesFetchNothingAndRunNoScript() throws IOException {
		for (Path folder : List.of(this.vi, this.en)) {
			for (Path page : pages(folder)) {
				String html = read(page);
				assertThat(html).as(page.toString())
					.doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href=\"http",
							"href=\"//");
			}
		}
	}

	@Test
	void syntheticSampleDataIsLabelledOnEveryPage() throws IOException {
		for (Path folder : List.of(this.vi, this.en)) {
			for (Path page : pages(folder)) {
				Map<String, List<Element>> index = byClass(parse(page));
				assertThat(of(index, "banner")).hasSize(1);
				assertThat(classes(of(index, "banner").get(0))).contains("synthetic");
				assertThat(of(index, "files")).singleElement()
					.satisfies(table -> assertThat(table.getElementsByTagName("tr").getLength()).isEqualTo(1 + 12));
			}
		}
		assertThat(read(this.vi.resolve("index.html"))).contains("DỮ LIỆU MẪU TỔNG HỢP", "qn_2015-2016_20161015.csv",
				"qng_2026-2027_20261015.csv");
		assertThat(read(this.en.resolve("index.html"))).contains("SYNTHETIC SAMPLE DATA");
	}

	@Test
	void deliveriesAreSampleOnlyWhenTheirFolderSaysSoAndHoldsThem() throws IOException {
		Path folder = TestHomes.create("sample-detection");
		Files.writeString(folder.resolve("a.csv"), "x");
		assertThat(ReportData.sampleHashes(folder)).isEmpty();
		Files.writeString(folder.resolve("README.md"), "Real deliveries of the department.");
		assertThat(ReportData.sampleHashes(folder)).isEmpty();
		Files.writeString(folder.resolve("README.md"), "The files in this folder are SYNTHETIC sample data.");
		assertThat(ReportData.sampleHashes(folder))
			.containsExactly("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
	}

	@Test
	void formerDucPhoTownHasItsOwnTargetsAndLinksTheNewUnitsCoveringIt() {
		Document page = parse(this.vi.resolve(DUC_PHO_TOWN + ".html"));
		assertThat(all(page, "//svg[" + hasClass("chart") + "]")).hasSize(39);
		assertThat(all(page, "//svg[starts-with(@data-target-id, 'T004-')]")).hasSize(39);
		List<Element> covering = all(page, "//p[" + hasClass("parts") + "]//a");
		assertThat(covering).extracting(a -> a.getAttribute("href"))
			.containsExactlyInAnyOrder("commune-21439.html", "commune-21451.html", "commune-21457.html",
					"commune-21472.html", "commune-21478.html");
		// Targets below the province's are flagged on their card (v_target_issue).
		assertThat(one(page, "//article[@id='t-T004-04']").getTextContent()).contains("thấp hơn mục tiêu của tỉnh");
		// Nursery enrolment has the town's whole history: ten former years, two merged.
		assertThat(all(page, "//svg[@data-target-id='T004-04']//*[" + hasClass("point") + " and @data-year]"))
			.hasSize(12);
	}

	@Test
	void usageErrorsExitWithTwo() {
		ScorecardTestSite.Run run = ScorecardTestSite.cli(List.of("--home", this.site.home().toString()), "report",
				"--lang", "fr");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("--lang is vi or en", "Usage: edu2030 report");
		ScorecardTestSite.Run help = ScorecardTestSite.cli(List.of(), "report", "--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("commune-<code>.html", "former-district-534.html", "--lang");
	}

	@Test
	void aHomeWithoutPublishedWarehouseFailsWithAReason() {
		ScorecardTestSite.Run run = ScorecardTestSite
			.cli(List.of("--home", TestHomes.create("no-warehouse").toString()), "report");
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains("no warehouse at", "run 'edu2030 nightly' first");
	}

	static List<Path> pages(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
		}
	}

}
