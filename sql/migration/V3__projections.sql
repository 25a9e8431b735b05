-- edu2030 warehouse: trend projections toward the targets.

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
    primary key (unit_key, indicator_code, disaggregation_code, target_id, method),
    check (status in ('achieved', 'on_track', 'needs_acceleration', 'regressing', 'insufficient_data'))
);
