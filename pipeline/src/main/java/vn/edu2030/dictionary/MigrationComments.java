package vn.edu2030.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.edu2030.common.Warehouse;

/**
 * What the migrations say about each table and view: the comment block right above its
 * {@code create table} / {@code create or replace view} (one-line statements in between,
 * such as the table's {@code create sequence}, are stepped over), and the inline
 * {@code -- comment} of each column, in {@code create table} bodies and in
 * {@code alter table … add column}.
 */
public final class MigrationComments {

	/** What the migrations say about one table or view. */
	public record Relation(String name, boolean view, List<String> comment, Map<String, String> columnComments) {

	}

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)^\\s*create\\s+(?:or\\s+replace\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\s*\\(.*");

	private static final Pattern CREATE_VIEW = Pattern
		.compile("(?i)^\\s*create\\s+(?:or\\s+replace\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\b.*");

	private static final Pattern ADD_COLUMN = Pattern
		.compile("(?i)^\\s*alter\\s+table\\s+(\\w+)\\s+add\\s+column\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\b.*");

	private static final Pattern COLUMN = Pattern.compile("(?i)^\\s*(\\w+)\\s+\\w.*");

	private static final Pattern ONE_LINE_STATEMENT = Pattern
		.compile("(?i)^\\s*(?:create\\s+sequence|drop\\s+(?:table|view|sequence))\\b.*;\\s*$");

	private static final List<String> NOT_COLUMNS = List.of("check", "primary", "unique", "constraint", "foreign");

	private final Map<String, Relation> relations = new LinkedHashMap<>();

	private MigrationComments() {
	}

	/** The migrations the warehouse is built from ({@code classpath:sql/migration}). */
	public static MigrationComments fromClasspath() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(Warehouse.MIGRATIONS + "/*.sql");
		List<Resource> ordered = Arrays.stream(files)
			.sorted(Comparator.comparing((Resource r) -> flywayOrder(r.getFilename())))
			.toList();
		MigrationComments comments = new MigrationComments();
		for (Resource file : ordered) {
			comments.read(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		return comments;
	}

	/** Parses migration scripts given in the order Flyway applies them. */
	public static MigrationComments parse(List<String> scripts) {
		MigrationComments comments = new MigrationComments();
		scripts.forEach(comments::read);
		return comments;
	}

	/**
	 * Flyway's order: versioned scripts by version number, then repeatable ones by
	 * description.
	 */
	static String flywayOrder(String fileName) {
		if (fileName.startsWith("V")) {
			String version = fileName.substring(1, fileName.indexOf("__"));
			StringBuilder key = new StringBuilder("0");
			for (String part : version.split("[._]")) {
				key.append(String.format("%010d.", Long.parseLong(part)));
			}
			return key.toString();
		}
		return "1" + fileName;
	}

	/** Tables and views in the order the migrations first create them. */
	public Map<String, Relation> relations() {
		return relations;
	}

	private void read(String script) {
		List<String> lines = script.lines().toList();
		String openTable = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher table = CREATE_TABLE.matcher(line);
			Matcher view = CREATE_VIEW.matcher(line);
			Matcher addColumn = ADD_COLUMN.matcher(line);
			if (table.matches() || view.matches()) {
				String name = (table.matches() ? table.group(1) : view.group(1)).toLowerCase();
				// a later definition replaces an earlier one, in the earlier one's place
				relations.put(name, new Relation(name, view.matches(), commentAbove(lines, i), new LinkedHashMap<>()));
				openTable = table.matches() ? name : null;
			}
			else if (openTable != null && line.trim().startsWith(")")) {
				openTable = null;
			}
			else if (openTable != null) {
				String[] column = column(line);
				if (column != null) {
					relations.get(openTable).columnComments().put(column[0], column[1]);
				}
			}
			else if (addColumn.matches() && relations.containsKey(addColumn.group(1).toLowerCase())) {
				String comment = inlineComment(line);
				if (comment != null) {
					relations.get(addColumn.group(1).toLowerCase())
						.columnComments()
						.put(addColumn.group(2).toLowerCase(), comment);
				}
			}
		}
	}

	private static List<String> commentAbove(List<String> lines, int createLine) {
		List<String> comment = new ArrayList<>();
		for (int i = createLine - 1; i >= 0; i--) {
			String line = lines.get(i);
			if (line.trim().startsWith("--")) {
				comment.add(0, line.trim().replaceFirst("^-- ?", ""));
			}
			else if (!ONE_LINE_STATEMENT.matcher(line).matches()) {
				break;
			}
		}
		return comment;
	}

	/** {name, comment} of a column line with an inline comment, else null. */
	private static String[] column(String line) {
		Matcher column = COLUMN.matcher(line);
		String comment = inlineComment(line);
		if (!column.matches() || comment == null || NOT_COLUMNS.contains(column.group(1).toLowerCase())) {
			return null;
		}
		return new String[] { column.group(1).toLowerCase(), comment };
	}

	private static String inlineComment(String line) {
		int dashes = line.indexOf("--");
		return dashes < 0 ? null : line.substring(dashes + 2).trim();
	}

}
