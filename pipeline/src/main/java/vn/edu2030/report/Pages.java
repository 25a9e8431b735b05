package vn.edu2030.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.edu2030.report.ReportData.Part;
import vn.edu2030.report.ReportData.Point;
import vn.edu2030.report.ReportData.Row;
import vn.edu2030.report.ReportData.SourceFile;
import vn.edu2030.report.ReportData.Unit;

/**
 * The scorecard's HTML pages: the province page (its own series and the table of its
 * communes) and one page per unit with targets. Everything is inline (style, SVG); no
 * script, nothing fetched. Every text is escaped with {@link Html#text}.
 */
final class Pages {

	private final ReportData data;

	private int charts;

	Pages(ReportData data) {
		this.data = data;
	}

	/** Charts rendered so far (all pages, both languages). */
	int charts() {
		return this.charts;
	}

	/** The communes of the province page, in Vietnamese alphabetical order. */
	List<Unit> communes() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return this.data.units()
			.stream()
			.filter(u -> u.type().equals("commune"))
			.sorted(Comparator.comparing(Unit::shortNameVi, collator).thenComparing(Unit::key))
			.toList();
	}

	/** Units with their own page besides the province and the communes (former units). */
	List<Unit> otherUnits() {
		return this.data.units()
			.stream()
			.filter(u -> !u.type().equals("commune") && !u.type().equals("new_province"))
			.sorted(Comparator.comparing(Unit::key))
			.toList();
	}

	// ---------------------------------------------------------------- pages

	String provincePage(Lang lang) {
		Unit province = this.data.province();
		StringBuilder html = new StringBuilder(1 << 16);
		head(html, lang, province.nameVi() + " — " + lang.t("site.title"));
		header(html, lang, province, province.page());
		html.append("<main>");
		html.append("<h1>").append(Html.text(province.nameVi())).append("</h1>");
		html.append("<p class=\"subtitle\">")
			.append(Html.text(lang.t("site.title")))
			.append(". ")
			.append(Html.text(lang.t("site.subtitle")))
			.append("</p>");
		statusLegend(html, lang);
		List<Row> rows = this.data.rows(province);
		summaryTable(html, lang, rows);
		communeTable(html, lang);
		List<Unit> others = otherUnits();
		if (!others.isEmpty()) {
			html.append("<section class=\"others\"><h2>")
				.append(Html.text(lang.t("province.formerUnits")))
				.append("</h2><ul>");
			for (Unit u : others) {
				html.append("<li><a href=\"")
					.append(Html.text(u.page()))
					.append("\">")
					.append(Html.text(name(u, lang)))
					.append("</a> — ")
					.append(Html.text(lang.t("page.targets", this.data.rows(u).size())))
					.append(' ')
					.append(statusCounts(lang, this.data.rows(u)))
					.append("</li>");
			}
			html.append("</ul></section>");
		}
		cards(html, lang, province, rows);
		footnotes(html, lang);
		html.append("</main>");
		footer(html, lang);
		return html.append("</body></html>\n").toString();
	}

	String unitPage(Unit unit, Lang lang) {
		StringBuilder html = new StringBuilder(1 << 16);
		head(html, lang, name(unit, lang) + " — " + lang.t("site.title"));
		header(html, lang, unit, unit.page());
		html.append("<main>");
		html.append("<h1>").append(Html.text(name(unit, lang))).append("</h1>");
		html.append("<p class=\"subtitle\">")
			.append(Html.text(lang.t("site.title")))
			.append(". ")
			.append(Html.text(lang.t("site.subtitle")))
			.append("</p>");
		parts(html, lang, unit);
		statusLegend(html, lang);
		List<Row> rows = this.data.rows(unit);
		summaryTable(html, lang, rows);
		cards(html, lang, unit, rows);
		footnotes(html, lang);
		html.append("</main>");
		footer(html, lang);
		return html.append("</body></html>\n").toString();
	}

	/** The unit's name; a former unit says so ("Thị xã Đức Phổ (cũ)"). */
	static String name(Unit unit, Lang lang) {
		return unit.type().startsWith("former_") ? unit.nameVi() + " " + lang.t("unit.former") : unit.nameVi();
	}

	// ---------------------------------------------------------------- parts of a page

	private static final String CSS = """
			*{box-sizing:border-box}
			body{margin:0;font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:15px;line-height:1.45;color:#1a1a1a;background:#f4f5f7}
			header.top{background:#12365f;color:#fff;padding:10px 24px;display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:8px}
			header.top a{color:#fff}
			header.top .crumbs a{font-weight:bold}
			nav.lang strong{border-bottom:2px solid #fff}
			main{max-width:1360px;margin:0 auto;padding:8px 24px 24px}
			h1{margin:16px 0 4px;font-size:28px}
			h2{font-size:20px;margin:28px 0 10px}
			h3{font-size:16px;margin:0 0 6px}
			.subtitle{margin:0 0 12px;color:#444}
			.banner{background:#fff3cd;border:2px solid #b8860b;color:#5c4300;padding:10px 16px;margin:12px 0;font-weight:bold}
			.status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;font-weight:bold;white-space:nowrap}
			.status-achieved{background:#1b7837;color:#fff}
			.status-on_track{background:#00838f;color:#fff}
			.status-needs_acceleration{background:#f0a30a;color:#1a1a1a}
			.status-regressing{background:#c62828;color:#fff}
			.status-insufficient_data{background:#bdbdbd;color:#1a1a1a}
			.status-legend ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:6px 18px}
			table{border-collapse:collapse;background:#fff;width:100%;font-size:14px}
			th,td{border:1px solid #d5d8dc;padding:4px 8px;text-align:left;vertical-align:top}
			th{background:#e9edf2}
			td.num,th.num{text-align:right;white-space:nowrap}
			.bar{display:flex;height:14px;min-width:120px;border:1px solid #999;background:#fff}
			.bar span{display:block;height:100%}
			.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:16px}
			.card{background:#fff;border:1px solid #d5d8dc;border-top:6px solid #bdbdbd;padding:12px 14px}
			.card.status-achieved,.card.status-on_track,.card.status-needs_acceleration,.card.status-regressing,.card.status-insufficient_data{background:#fff;color:#1a1a1a}
			.card.status-achieved{border-top-color:#1b7837}
			.card.status-on_track{border-top-color:#00838f}
			.card.status-needs_acceleration{border-top-color:#f0a30a}
			.card.status-regressing{border-top-color:#c62828}
			.card .meta{margin:0 0 6px;color:#444;font-size:13px}
			.card .badges{margin:4px 0 8px;display:flex;gap:8px;flex-wrap:wrap}
			.card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0 0 8px;font-size:14px}
			.card dt{color:#444}
			.card dd{margin:0;font-weight:bold}
			.card figure{margin:0}
			.card svg{width:100%;height:auto;display:block}
			.card .issue{background:#fdecea;border-left:4px solid #c62828;padding:4px 8px;font-size:13px;margin:6px 0}
			details{margin-top:6px;font-size:13px}
			.footnotes{font-size:13px;color:#333}
			footer{font-size:13px;color:#333;border-top:1px solid #ccc;margin-top:24px;padding:12px 24px;max-width:1360px;margin-left:auto;margin-right:auto}
			footer table{font-size:12px;width:auto}
			@media print{header.top{background:#fff;color:#000}.cards{display:block}.card{break-inside:avoid;margin-bottom:12px}}
			""";

	private void head(StringBuilder html, Lang lang, String title) {
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(lang.code())
			.append("\"><head><meta charset=\"utf-8\"/>")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
			.append("<title>")
			.append(Html.text(title))
			.append("</title><style>")
			.append(CSS)
			.append("</style></head><body>");
	}

	private void header(StringBuilder html, Lang lang, Unit unit, String page) {
		Unit province = this.data.province();
		html.append("<header class=\"top\"><div class=\"crumbs\">");
		if (unit == province) {
			html.append("<span>").append(Html.text(province.nameVi())).append("</span>");
		}
		else {
			html.append("<a href=\"index.html\">")
				.append(Html.text(province.nameVi()))
				.append("</a> › <span>")
				.append(Html.text(name(unit, lang)))
				.append("</span>");
		}
		html.append("</div><nav class=\"lang\" aria-label=\"")
			.append(Html.text(lang.t("nav.language")))
			.append("\"><strong aria-current=\"page\">")
			.append(Html.text(lang.nativeName()))
			.append("</strong> | <a class=\"lang-switch\" href=\"")
			.append(Html.text(lang.linkToOther(page)))
			.append("\" hreflang=\"")
			.append(lang.other().code())
			.append("\" lang=\"")
			.append(lang.other().code())
			.append("\">")
			.append(Html.text(lang.other().nativeName()))
			.append("</a></nav></header>");
		if (this.data.isSample()) {
			html.append("<div class=\"banner synthetic\" role=\"note\">")
				.append(Html.text(lang.t("synthetic.banner")))
				.append("</div>");
		}
	}

	private void statusLegend(StringBuilder html, Lang lang) {
		html.append("<section class=\"status-legend\" id=\"status-legend\"><h2>")
			.append(Html.text(lang.t("status.legend")))
			.append("</h2><ul>");
		for (Status s : Status.values()) {
			html.append("<li>")
				.append(badge(s, s.word(lang)))
				.append(' ')
				.append(Html.text(lang.t("status." + s.code() + ".help")))
				.append("</li>");
		}
		html.append("</ul></section>");
	}

	private static String badge(Status status, String text) {
		return "<span class=\"status " + status.cssClass() + "\">" + Html.text(text) + "</span>";
	}

	/** The regression status in words: the view's Vietnamese words, or English. */
	private static String regressionWord(Lang lang, Row row) {
		return (lang == Lang.VI && row.regressionStatusVi() != null) ? row.regressionStatusVi()
				: row.regressionStatus().word(lang);
	}

	private void summaryTable(StringBuilder html, Lang lang, List<Row> rows) {
		html.append("<section class=\"summary\"><h2>")
			.append(Html.text(lang.t("page.summary")))
			.append("</h2><table class=\"summary-table\"><thead><tr><th>")
			.append(Html.text(lang.t("table.indicator")))
			.append("</th><th class=\"num\">")
			.append(Html.text(lang.t("table.latest")))
			.append("</th><th class=\"num\">")
			.append(Html.text(lang.t("table.target")))
			.append("</th><th class=\"num\">")
			.append(Html.text(lang.t("table.projected")))
			.append("</th><th class=\"num\">")
			.append(Html.text(lang.t("table.probability")))
			.append("</th><th>")
			.append(Html.text(lang.t("method.regression")))
			.append("</th><th>")
			.append(Html.text(lang.t("method.growth")))
			.append("</th></tr></thead><tbody>");
		for (Row r : rows) {
			html.append("<tr><td><a href=\"#")
				.append(anchor(r))
				.append("\">")
				.append(Html.text(r.title(lang)))
				.append("</a></td><td class=\"num\">")
				.append(Html.text(latest(lang, r)))
				.append("</td><td class=\"num\">")
				.append(Html.text(SvgChart.target(lang, r) + " (" + lang.schoolYearShort(r.targetSchoolYear()) + ")"))
				.append("</td><td class=\"num\">")
				.append(Html.text((r.projectedValue() == null) ? lang.t("card.none")
						: SvgChart.value(lang, r, r.projectedValue())))
				.append("</td><td class=\"num\">")
				.append(Html.text(probability(lang, r)))
				.append("</td><td>")
				.append(badge(r.regressionStatus(), regressionWord(lang, r)))
				.append("</td><td>")
				.append(badge(r.growthStatus(), r.growthStatus().word(lang)))
				.append("</td></tr>");
		}
		html.append("</tbody></table></section>");
	}

	private static String latest(Lang lang, Row r) {
		if (r.latestValue() == null || r.latestSchoolYear() == null) {
			return lang.t("card.none");
		}
		return SvgChart.value(lang, r, r.latestValue()) + " (" + lang.schoolYearShort(r.latestSchoolYear()) + ")";
	}

	private static String probability(Lang lang, Row r) {
		if (r.probability() == null) {
			return lang.t("card.none");
		}
		double p = 100 * r.probability();
		// Rounding would say "0 %" or "100 %" of what the model only finds very unlikely
		// or
		// very likely.
		if (p > 0 && p < 0.5) {
			return "<" + Lang.NBSP + "1" + Lang.NBSP + "%";
		}
		if (p < 100 && p >= 99.5) {
			return ">" + Lang.NBSP + "99" + Lang.NBSP + "%";
		}
		return lang.number(p, 0) + Lang.NBSP + "%";
	}

	private static String anchor(Row r) {
		return "t-" + Html.id(r.targetId());
	}

	private void cards(StringBuilder html, Lang lang, Unit unit, List<Row> rows) {
		html.append("<section class=\"charts\"><h2>")
			.append(Html.text(lang.t("page.charts")))
			.append("</h2><div class=\"cards\">");
		for (Row r : rows) {
			card(html, lang, r);
		}
		html.append("</div></section>");
	}

	private void card(StringBuilder html, Lang lang, Row r) {
		String anchor = anchor(r);
		html.append("<article class=\"card ")
			.append(r.regressionStatus().cssClass())
			.append("\" id=\"")
			.append(anchor)
			.append("\"><h3>")
			.append(Html.text(r.title(lang)))
			.append("</h3>");
		String[] document = this.data.documentTitles().get(r.documentId());
		String documentTitle = (document == null) ? "" : document[lang == Lang.VI ? 0 : 1];
		html.append("<p class=\"meta\">")
			.append(Html.text(lang.t("card.target", SvgChart.target(lang, r), lang.schoolYear(r.targetSchoolYear()))))
			.append(" · <span title=\"")
			.append(Html.text(documentTitle))
			.append("\">")
			.append(Html.text(lang.t("card.source", r.documentId(), r.clause())))
			.append("</span> · ")
			.append(Html.text(lang.t("applies." + r.appliesAs())))
			.append("</p>");
		html.append("<div class=\"badges\">")
			.append(badge(r.regressionStatus(), lang.t("method.regression") + ": " + regressionWord(lang, r)))
			.append(badge(r.growthStatus(), lang.t("method.growth") + ": " + r.growthStatus().word(lang)))
			.append("</div>");
		List<String> issues = ((lang == Lang.VI) ? this.data.issuesViByTarget() : this.data.issuesEnByTarget())
			.getOrDefault(r.targetId(), List.of());
		for (String issue : issues) {
			html.append("<p class=\"issue\"><strong>")
				.append(Html.text(lang.t("card.issue")))
				.append(":</strong> ")
				.append(Html.text(issue))
				.append("</p>");
		}
		html.append("<dl>");
		fact(html,
				lang.t("card.latest",
						(r.latestSchoolYear() == null) ? lang.t("card.none") : lang.schoolYear(r.latestSchoolYear())),
				(r.latestValue() == null) ? lang.t("card.none") : SvgChart.value(lang, r, r.latestValue()));
		fact(html, lang.t("table.target"), SvgChart.target(lang, r));
		fact(html, lang.t("card.projected", lang.schoolYear(r.targetSchoolYear())),
				(r.projectedValue() == null) ? lang.t("card.none") : SvgChart.value(lang, r, r.projectedValue()));
		if (r.hasInterval80() && r.hasInterval95()) {
			fact(html, lang.t("card.interval"),
					SvgChart.value(lang, r, r.lower80()) + " – " + SvgChart.value(lang, r, r.upper80()) + " / "
							+ SvgChart.value(lang, r, r.lower95()) + " – " + SvgChart.value(lang, r, r.upper95()));
		}
		fact(html, lang.t("card.probability"), probability(lang, r));
		if (r.growthRatio() != null) {
			fact(html, lang.t("method.growth"), lang.number(r.growthRatio(), 2));
		}
		html.append("</dl>");
		html.append("<figure>")
			.append(new SvgChart(r, lang, "c-" + Html.id(r.targetId())).render())
			.append("</figure>");
		this.charts++;
		dataTable(html, lang, r);
		html.append("</article>");
	}

	private static void fact(StringBuilder html, String term, String value) {
		html.append("<dt>").append(Html.text(term)).append("</dt><dd>").append(Html.text(value)).append("</dd>");
	}

	private static void dataTable(StringBuilder html, Lang lang, Row r) {
		html.append("<details><summary>")
			.append(Html.text(lang.t("card.data")))
			.append("</summary><table class=\"data\"><thead><tr><th>")
			.append(Html.text(lang.t("table.year")))
			.append("</th><th class=\"num\">")
			.append(Html.text(lang.t("table.value")))
			.append("</th><th>")
			.append(Html.text(lang.t("table.comparability")))
			.append("</th></tr></thead><tbody>");
		for (Point p : r.history()) {
			String c = switch (p.comparability()) {
				case "rebased", "apportioned" -> p.comparability();
				default -> "native";
			};
			html.append("<tr><td>")
				.append(Html.text(lang.schoolYear(p.year())))
				.append("</td><td class=\"num\">")
				.append(Html.text(SvgChart.value(lang, r, p.value())))
				.append("</td><td>")
				.append(Html.text(lang.t("comparability." + c)))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
		for (String note : new String[] { r.regressionNote(), r.growthNote() }) {
			if (note != null && !note.isBlank()) {
				html.append("<p class=\"note\">").append(Html.text(note)).append("</p>");
			}
		}
		html.append("</details>");
	}

	private void parts(StringBuilder html, Lang lang, Unit unit) {
		List<Part> parts = this.data.partsByUnit().getOrDefault(unit.key(), List.of());
		if (parts.isEmpty()) {
			return;
		}
		boolean covering = !unit.type().equals("commune");
		html.append("<p class=\"parts\"><strong>")
			.append(Html.text(lang.t(covering ? "page.coveredBy" : "page.formedFrom")))
			.append(":</strong> ");
		for (int i = 0; i < parts.size(); i++) {
			Part p = parts.get(i);
			html.append((i == 0) ? "" : ", ");
			if (p.hasPage()) {
				html.append("<a href=\"")
					.append(Html.text(p.key() + ".html"))
					.append("\">")
					.append(Html.text(p.nameVi()))
					.append("</a>");
			}
			else {
				html.append(Html.text(p.nameVi()));
			}
			if (p.share() < 0.999999) {
				html.append(" (")
					.append(Html.text(lang.numberTrimmed(100 * p.share(), 1) + Lang.NBSP + "%"))
					.append(')');
			}
		}
		html.append("</p>");
		if (covering) {
			html.append("<p class=\"subtitle\">").append(Html.text(lang.t("page.coveredBy.note"))).append("</p>");
		}
	}

	private static Map<Status, Integer> counts(List<Row> rows) {
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			counts.put(s, 0);
		}
		for (Row r : rows) {
			counts.merge(r.regressionStatus(), 1, Integer::sum);
		}
		return counts;
	}

	private static String statusCounts(Lang lang, List<Row> rows) {
		List<String> parts = new ArrayList<>();
		counts(rows).forEach((s, n) -> {
			if (n > 0) {
				parts.add(badge(s, n + " " + s.word(lang)));
			}
		});
		return String.join(" ", parts);
	}

	private void communeTable(StringBuilder html, Lang lang) {
		List<Unit> communes = communes();
		html.append("<section class=\"communes\"><h2>")
			.append(Html.text(lang.t("province.communes", communes.size())))
			.append("</h2><p>")
			.append(Html.text(lang.t("province.communes.help")))
			.append("</p><table class=\"commune-table\"><thead><tr><th class=\"num\">#</th><th>")
			.append(Html.text(lang.t("province.unit")))
			.append("</th>");
		for (Status s : Status.values()) {
			html.append("<th class=\"num\">").append(badge(s, s.word(lang))).append("</th>");
		}
		html.append("<th>")
			.append(Html.text(lang.t("province.distribution")))
			.append("</th><th class=\"num\">")
			.append(Html.text(lang.t("province.latestYear")))
			.append("</th></tr></thead><tbody>");
		int n = 0;
		for (Unit u : communes) {
			List<Row> rows = this.data.rows(u);
			Map<Status, Integer> counts = counts(rows);
			html.append("<tr class=\"commune\" data-unit=\"")
				.append(Html.text(u.key()))
				.append("\"><td class=\"num\">")
				.append(++n)
				.append("</td><td><a href=\"")
				.append(Html.text(u.page()))
				.append("\">")
				.append(Html.text(u.nameVi()))
				.append("</a></td>");
			for (Status s : Status.values()) {
				html.append("<td class=\"num count-")
					.append(s.code())
					.append("\">")
					.append(counts.get(s))
					.append("</td>");
			}
			html.append("<td><div class=\"bar\" role=\"img\" aria-label=\"")
				.append(Html.text(plainCounts(lang, counts)))
				.append("\">");
			for (Status s : Status.values()) {
				int c = counts.get(s);
				if (c > 0) {
					html.append("<span class=\"")
						.append(s.cssClass())
						.append("\" style=\"width:")
						.append(String.format(Locale.ROOT, "%.2f", 100.0 * c / rows.size()))
						.append("%\" title=\"")
						.append(Html.text(c + " " + s.word(lang)))
						.append("\"></span>");
				}
			}
			Integer latest = rows.stream()
				.map(Row::latestSchoolYear)
				.filter(y -> y != null)
				.max(Integer::compare)
				.orElse(null);
			html.append("</div></td><td class=\"num\">")
				.append(Html.text((latest == null) ? lang.t("card.none") : lang.schoolYear(latest)))
				.append("</td></tr>");
		}
		html.append("</tbody></table></section>");
	}

	private static String plainCounts(Lang lang, Map<Status, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((s, n) -> {
			if (n > 0) {
				parts.add(n + " " + s.word(lang));
			}
		});
		return String.join(", ", parts);
	}

	private void footnotes(StringBuilder html, Lang lang) {
		html.append("<section class=\"footnotes\" id=\"footnotes\"><h2>")
			.append(Html.text(lang.t("footnote.title")))
			.append("</h2><ol>");
		for (String key : List.of("footnote.cone", "footnote.regression", "footnote.growth", "footnote.rebased",
				"footnote.year")) {
			html.append("<li class=\"")
				.append(key.replace('.', '-'))
				.append("\">")
				.append(Html.text(lang.t(key)))
				.append("</li>");
		}
		html.append("</ol></section>");
	}

	private void footer(StringBuilder html, Lang lang) {
		List<SourceFile> files = this.data.files();
		html.append("<footer><p class=\"sources\">");
		if (files.isEmpty()) {
			html.append(Html.text(lang.t("footer.noSources")));
		}
		else {
			html.append(Html.text(lang.t("footer.sources", files.size()))).append(". ");
			long sample = this.data.sampleFiles();
			html.append((sample > 0)
					? "<strong class=\"synthetic\">" + Html.text(lang.t("footer.sample", sample)) + "</strong>"
					: Html.text(lang.t("footer.notSample")));
		}
		if (this.data.lastLoad() != null) {
			html.append(' ').append(Html.text(lang.t("footer.loaded", this.data.lastLoad())));
		}
		html.append(' ').append(Html.text(lang.t("footer.generated"))).append("</p>");
		if (!files.isEmpty()) {
			html.append("<details><summary>")
				.append(Html.text(lang.t("footer.sources", files.size())))
				.append("</summary><table class=\"files\"><thead><tr><th>")
				.append(Html.text(lang.t("footer.feed")))
				.append("</th><th>")
				.append(Html.text(lang.t("footer.file")))
				.append("</th><th>")
				.append(Html.text(lang.t("footer.status")))
				.append("</th><th>")
				.append(Html.text(lang.t("footer.sampleColumn")))
				.append("</th></tr></thead><tbody>");
			for (SourceFile f : files) {
				html.append("<tr><td>")
					.append(Html.text(f.feed()))
					.append("</td><td>")
					.append(Html.text(f.fileName()))
					.append("</td><td>")
					.append(Html.text(lang.t("file." + f.status())))
					.append("</td><td>")
					.append(Html.text(lang.t(f.sample() ? "yes" : "no")))
					.append("</td></tr>");
			}
			html.append("</tbody></table></details>");
		}
		html.append("</footer>");
	}

}
