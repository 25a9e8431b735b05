package vn.edu2030.dictionary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the data dictionary (Markdown) of a warehouse: every table and view with the
 * comment its migration gives it and its columns (types from
 * {@code information_schema.columns}, descriptions from the migrations' inline comments),
 * then the indicator catalogue and the disaggregations. The output depends only on the
 * schema and the catalogues, so that a committed copy can be checked for staleness.
 */
public final class DataDictionary {

	/** The command that regenerates the committed copy. */
	public static final String COMMAND = "java -jar pipeline/target/edu2030.jar dictionary --out docs/data-dictionary.md";

	private static final String FLYWAY_HISTORY = "flyway_schema_history";

	private record Column(String name, String type, boolean nullable) {

	}

	private DataDictionary() {
	}

	public static String generate(Connection c, MigrationComments migrations) throws SQLException {
		Map<String, Boolean> relations = relations(c);
		Map<String, List<Column>> columns = columns(c);
		Map<String, String> primaryKeys = primaryKeys(c);
		List<String> order = new ArrayList<>();
		migrations.relations().keySet().stream().filter(relations::containsKey).forEach(order::add);
		relations.keySet().stream().filter(name -> !order.contains(name)).sorted().forEach(order::add);

		StringBuilder md = new StringBuilder();
		md.append("# Data dictionary\n\n");
		md.append("Generated from the warehouse by `").append(COMMAND).append("` (after a `nightly`);\n");
		md.append("do not edit by hand: a test fails when this file differs from what the command writes.\n");
		md.append("Descriptions come from the comments in `sql/migration/*.sql`, columns and types from the\n");
		md.append("warehouse (`information_schema.columns`), the catalogues from `dim_indicator` and\n");
		md.append("`dim_disaggregation`. Flyway's own `").append(FLYWAY_HISTORY).append("` is left out.\n\n");
		md.append("- [Tables and views](#tables-and-views)\n");
		md.append("- [Indicator catalogue](#indicator-catalogue)\n");
		md.append("- [Disaggregations](#disaggregations)\n\n");

		md.append("## Tables and views\n\n");
		md.append("| name | kind | columns |\n|---|---|---|\n");
		for (String name : order) {
			md.append("| [").append(name).append("](#").append(name).append(") | ");
			md.append(relations.get(name) ? "view" : "table").append(" | ");
			md.append(columns.getOrDefault(name, List.of()).size()).append(" |\n");
		}
		for (String name : order) {
			MigrationComments.Relation described = migrations.relations().get(name);
			md.append("\n### ").append(name).append("\n\n");
			md.append(relations.get(name) ? "View" : "Table");
			if (primaryKeys.containsKey(name)) {
				md.append("; primary key (").append(primaryKeys.get(name)).append(")");
			}
			md.append(".\n\n");
			if (described != null && !described.comment().isEmpty()) {
				appendComment(md, described.comment());
			}
			md.append("| column | type | description |\n|---|---|---|\n");
			for (Column column : columns.getOrDefault(name, List.of())) {
				String description = described == null ? null : described.columnComments().get(column.name());
				md.append("| ").append(column.name()).append(" | ").append(column.type());
				md.append(column.nullable() ? "" : " not null").append(" | ");
				md.append(cell(description)).append(" |\n");
			}
		}

		md.append("\n## Indicator catalogue\n\n");
		md.append("`dim_indicator`, loaded from `data/reference/indicators.csv`. Rates (`ratio`) are always\n");
		md.append("recomputed from summed numerators and denominators (`sum_ratio`), never averaged.\n\n");
		table(md, c, """
				select indicator_code, name_vi, name_en, level, kind, unit, aggregation, direction,
				       numerator_definition, denominator_definition
				from dim_indicator order by indicator_code""", "code", "name_vi", "name_en", "level", "kind", "unit",
				"aggregation", "direction", "numerator", "denominator");

		md.append("\n## Disaggregations\n\n");
		md.append("`dim_disaggregation`, loaded from `data/reference/disaggregations.csv`.\n\n");
		table(md, c, """
				select disaggregation_code, dimension, name_vi, name_en
				from dim_disaggregation order by dimension <> 'total', dimension, disaggregation_code""", "code",
				"dimension", "name_vi", "name_en");
		return md.toString();
	}

	/**
	 * Prose lines as a paragraph; indented lines (aligned lists in the SQL comments) as
	 * preformatted text, so their layout survives.
	 */
	private static void appendComment(StringBuilder md, List<String> comment) {
		boolean inBlock = false;
		for (String line : comment) {
			boolean indented = line.startsWith("  ");
			if (indented != inBlock) {
				md.append(indented ? "```text\n" : "```\n");
				inBlock = indented;
			}
			md.append(indented ? line.stripTrailing() : text(line.stripTrailing())).append('\n');
		}
		if (inBlock) {
			md.append("```\n");
		}
		md.append('\n');
	}

	private static Map<String, Boolean> relations(Connection c) throws SQLException {
		Map<String, Boolean> relations = new LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement("""
				select table_name, table_type = 'VIEW' from information_schema.tables
				where table_schema = 'main' and table_name <> ? order by table_name""")) {
			p.setString(1, FLYWAY_HISTORY);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					relations.put(rs.getString(1), rs.getBoolean(2));
				}
			}
		}
		return relations;
	}

	private static Map<String, List<Column>> columns(Connection c) throws SQLException {
		Map<String, List<Column>> columns = new LinkedHashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select table_name, column_name, data_type, is_nullable = 'YES'
				from information_schema.columns where table_schema = 'main'
				order by table_name, ordinal_position""")) {
			while (rs.next()) {
				columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
					.add(new Column(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
			}
		}
		return columns;
	}

	private static Map<String, String> primaryKeys(Connection c) throws SQLException {
		Map<String, String> keys = new LinkedHashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select table_name, array_to_string(constraint_column_names, ', ')
				from duckdb_constraints()
				where schema_name = 'main' and constraint_type = 'PRIMARY KEY'""")) {
			while (rs.next()) {
				keys.put(rs.getString(1), rs.getString(2));
			}
		}
		return keys;
	}

	private static void table(StringBuilder md, Connection c, String sql, String... headers) throws SQLException {
		md.append("| ").append(String.join(" | ", headers)).append(" |\n");
		md.append("|---".repeat(headers.length)).append("|\n");
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				md.append("|");
				for (int i = 1; i <= headers.length; i++) {
					md.append(' ').append(cell(rs.getString(i))).append(" |");
				}
				md.append('\n');
			}
		}
	}

	/** A Markdown table cell: one line of {@link #text}, pipes escaped. */
	private static String cell(String text) {
		return text == null ? "" : text(text).replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
	}

	/**
	 * Plain text in Markdown: '<' would open an HTML tag ('<unit_type>') and '*' an
	 * emphasis ('assert_*.sql').
	 */
	private static String text(String text) {
		return text.replace("\\", "\\\\").replace("<", "\\<").replace("*", "\\*");
	}

}
