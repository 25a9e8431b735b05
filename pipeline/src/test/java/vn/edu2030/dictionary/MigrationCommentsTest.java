package vn.edu2030.dictionary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the description of tables, views and columns out of migration scripts. */
class MigrationCommentsTest {

	static final String V1 = """
			-- The warehouse: a header, not about any table.

			-- Audit: one row per run.
			create sequence run_seq start 1;
			create table run (
			    run_id  bigint not null primary key,   -- from run_seq
			    status  varchar not null,              -- running | completed
			    note    varchar,
			    check (status in ('running', 'completed'))   -- a rule, not a column
			);

			-- Grain: one row per school year.
			create table school_year (
			    school_year integer not null primary key
			);
			""";

	static final String V2 = """
			alter table run add column summary varchar;   -- one line per step

			-- Replaces V1's school_year.
			drop table school_year;
			create table school_year (
			    school_year integer not null primary key,   -- 2024 = 2024-2025
			    label varchar
			);
			""";

	static final String VIEW = """
			-- v_run: runs with their steps.
			-- Grain: one row per run. status:
			--   running    not finished
			--   completed  finished
			create or replace view v_run as
			select * from run;
			""";

	@Test
	void commentAboveEachCreateAndInlineColumnComments() {
		Map<String, MigrationComments.Relation> relations = MigrationComments.parse(List.of(V1, V2, VIEW)).relations();
		assertThat(relations).containsOnlyKeys("run", "school_year", "v_run");
		assertThat(relations.keySet()).containsExactly("run", "school_year", "v_run");

		MigrationComments.Relation run = relations.get("run");
		assertThat(run.view()).isFalse();
		assertThat(run.comment()).containsExactly("Audit: one row per run.");
		assertThat(run.columnComments()).containsExactly(Map.entry("run_id", "from run_seq"),
				Map.entry("status", "running | completed"), Map.entry("summary", "one line per step"));

		// the later definition wins
		assertThat(relations.get("school_year").comment()).containsExactly("Replaces V1's school_year.");
		assertThat(relations.get("school_year").columnComments())
			.containsOnly(Map.entry("school_year", "2024 = 2024-2025"));

		MigrationComments.Relation view = relations.get("v_run");
		assertThat(view.view()).isTrue();
		assertThat(view.comment()).containsExactly("v_run: runs with their steps.", "Grain: one row per run. status:",
				"  running    not finished", "  completed  finished");
	}

	@Test
	void flywayOrderIsVersionsByNumberThenRepeatables() {
		assertThat(List.of("R__40_b.sql", "V10__c.sql", "R__20_a.sql", "V2__b.sql", "V1__a.sql", "V1.1__x.sql")
			.stream()
			.sorted(java.util.Comparator.comparing(MigrationComments::flywayOrder))
			.toList())
			.containsExactly("V1__a.sql", "V1.1__x.sql", "V2__b.sql", "V10__c.sql", "R__20_a.sql", "R__40_b.sql");
	}

	@Test
	void everyTableAndViewOfTheWarehouseIsDescribed() throws Exception {
		Map<String, MigrationComments.Relation> relations = MigrationComments.fromClasspath().relations();
		assertThat(relations).containsKeys("dim_unit", "fct_target", "v_indicator_value", "v_target_issue");
		assertThat(relations.values()).allSatisfy(r -> assertThat(r.comment()).as(r.name()).isNotEmpty());
		assertThat(relations.get("dim_unit").columnComments()).containsEntry("ownership",
				"public | private (schools only)");
	}

}
