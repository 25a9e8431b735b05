-- edu2030 warehouse: yearly statistics deliveries, their facts, rejects and data-quality flags.
-- See data/incoming/README.md for the three feeds.

-- Schools join the units as the merged-province feed names them.
alter table dim_unit add column school_level varchar;   -- preschool, primary, lower_secondary, … (schools only)
alter table dim_unit add column ownership varchar;      -- public | private (schools only)

-- Audit: one row per delivered file (replaces the V1 placeholder, which held no rows).
drop table etl_file;
create sequence etl_file_seq start 1;
create table etl_file (
    file_id          bigint    not null primary key,
    feed             varchar   not null,   -- former-quang-ngai | former-kon-tum | quang-ngai
    file_name        varchar   not null,
    file_sha256      varchar   not null,
    size_bytes       bigint    not null,
    school_year      integer,              -- from the file name
    delivered_on     date,                 -- from the file name
    status           varchar   not null,   -- loaded | superseded | refused
    rows_read        bigint,
    rows_loaded      bigint,
    rows_rejected    bigint,
    refused_reason   varchar,
    superseded_by    bigint,               -- file_id of the correcting delivery
    load_id          bigint    not null,
    registered_at    timestamp not null,
    check (status in ('loaded', 'superseded', 'refused'))
);
create unique index etl_file_sha_feed on etl_file (feed, file_sha256);

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
    load_id              bigint  not null,
    primary key (unit_key, school_year, indicator_code, disaggregation_code)
);

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
    primary key (unit_key, school_year, indicator_code, disaggregation_code),
    check (comparability in ('native', 'rebased', 'apportioned'))
);

-- Audit: every refused row, with why and the raw text.
create table etl_rejected_row (
    file_id      bigint  not null,
    line         bigint  not null,
    reason_code  varchar not null,   -- unknown_unit | unknown_indicator | unparseable_number | rate_above_100 | …
    message      varchar not null,
    raw_text     varchar,
    load_id      bigint  not null
);

-- Data quality: values loaded but implausible (year-on-year jumps far outside the unit's own history).
-- Grain: one row per flagged fact. Recomputed after every ingest.
create table etl_dq_flag (
    flag_code            varchar not null,   -- yoy_jump
    unit_key             varchar not null,
    school_year          integer not null,
    indicator_code       varchar not null,
    disaggregation_code  varchar not null,
    value                double,
    previous_value       double,
    typical_change       double,             -- the unit's own median absolute year-on-year change
    message              varchar not null,
    load_id              bigint  not null
);

-- Indicators the warehouse derives from others (data/reference/indicator_derivations.csv):
-- GEN_NATSTD_SCHOOL_RATE's numerator is the sum of the levels' numerators, and so on.
-- Grain: one row per (derived indicator, component, source indicator).
create table dim_indicator_derivation (
    indicator_code         varchar not null,
    component              varchar not null,   -- numerator | denominator | value
    source_indicator_code  varchar not null,
    source_component       varchar not null,
    note                   varchar,
    primary key (indicator_code, component, source_indicator_code)
);
