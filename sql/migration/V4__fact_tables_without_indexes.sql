-- edu2030 warehouse: the fact tables keep their grain without a primary-key index.
--
-- DuckDB maintains a primary key as an ART index held in memory and rewritten at every
-- checkpoint. On the fact tables it made each delivery's insert about ten times slower and
-- its commit several seconds long at national scale, for a guarantee the pipeline already
-- gives: the ingest refuses a fact delivered twice (within a delivery, or already delivered
-- by another file), a correction deletes what it corrects in the same transaction, and the
-- refresh and projection jobs rebuild their tables whole. The grain of each table is still
-- checked after every nightly load by sql/tests/assert_fact_grain_unique.sql.
--
-- Each table is rebuilt with the same columns, in the same order, without the index; the
-- definitions below replace those of V2 and V3.

alter table fct_indicator_value rename to fct_indicator_value_v3;

-- Grain: one row per delivered unit (former commune, school, or new commune for population figures)
-- × school year × indicator × disaggregation, as delivered (comparability 'native'), plus the
-- indicators the catalogue derives from them (GEN_… from the levels, provenance feed 'derived').
create table fct_indicator_value (
    unit_key             varchar not null,
    school_year          integer not null,
    indicator_code       varchar not null,
    disaggregation_code  varchar not null,
    numerator            double,          -- rates: summable numerator
    denominator          double,          -- rates: summable denominator
    value                double,          -- counts and levels; rates: 100 × numerator / denominator
    comparability        varchar not null, -- native (delivered at this grain) | derived
    feed                 varchar not null,
    file_id              bigint,          -- etl_file of the delivery (null for derived rows)
    source_line          bigint,          -- line (CSV), row (XLSX, Parquet) in that file
    load_id              bigint  not null
);
insert into fct_indicator_value select * from fct_indicator_value_v3;
drop table fct_indicator_value_v3;

alter table fct_indicator_value_commune rename to fct_indicator_value_commune_v3;

-- Grain: one row per NEW commune × school year × indicator × disaggregation, every year: from 2025
-- the sum of its schools and its own rows; before 2025 the history of its former communes re-based
-- through bridge_unit_crosswalk (counts apportioned by weight; rates recomputed from numerators
-- and denominators). comparability: native (from 2025), rebased (whole former units), apportioned
-- (a split former unit contributed). Refreshed after every ingest.
create table fct_indicator_value_commune (
    unit_key             varchar not null,
    school_year          integer not null,
    indicator_code       varchar not null,
    disaggregation_code  varchar not null,
    numerator            double,
    denominator          double,
    value                double,
    comparability        varchar not null,
    contributing_units   integer not null, -- former communes or schools summed into the row
    load_id              bigint  not null,
    check (comparability in ('native', 'rebased', 'apportioned'))
);
insert into fct_indicator_value_commune select * from fct_indicator_value_commune_v3;
drop table fct_indicator_value_commune_v3;

alter table fct_projection rename to fct_projection_v3;

-- Grain: one row per series (unit × indicator × disaggregation) × target × method, from the latest
-- projection run. Methods:
--   regression           least squares over the series (rates on the logit scale), projected to the
--                        target's school year with 80 % / 95 % prediction intervals (t distribution)
--   regression_weighted  the same with recency weights (w = (year − first + 1) / (last − first + 1))
--   growth_ratio         anticipated vs required annual growth (UN SDG progress chart / ESCAP), with a
--                        ceiling-aware variant (shortfall from 100 %) for rate targets ≥ 90 %
-- status: achieved | on_track | needs_acceleration | regressing | insufficient_data
create table fct_projection (
    unit_key              varchar not null,
    indicator_code        varchar not null,
    disaggregation_code   varchar not null,
    target_id             varchar not null,
    method                varchar not null,
    status                varchar not null,
    category              varchar,           -- growth_ratio: on track | acceleration needed | limited progress | deterioration
    target_school_year    integer not null,
    comparator            varchar not null,
    target_value          double  not null,
    years_used            integer not null,
    first_year            integer,
    last_year             integer,
    last_value            double,
    projected_value       double,            -- regression: fitted value in the target year; growth_ratio: anticipated value
    lower_80              double,
    upper_80              double,
    lower_95              double,
    upper_95              double,
    probability_of_meeting double,           -- regression: P(target met) under the predictive t distribution
    slope                 double,            -- per year, on the fitted scale (logit for rates)
    slope_per_year        double,            -- per year in the indicator's unit, at the last observed year
    r_squared             double,
    residual_se           double,
    required_growth       double,            -- growth_ratio: required annual growth rate (or change, basis linear)
    actual_growth         double,            -- growth_ratio: observed annual growth rate (or change)
    growth_ratio          double,
    variant               varchar,           -- growth_ratio: plain | ceiling
    basis                 varchar,           -- growth_ratio: compound | linear
    history_comparability varchar not null,  -- native | rebased | apportioned: the least comparable year used
    note                  varchar,
    load_id               bigint  not null,
    check (status in ('achieved', 'on_track', 'needs_acceleration', 'regressing', 'insufficient_data'))
);
insert into fct_projection select * from fct_projection_v3;
drop table fct_projection_v3;
