-- edu2030 warehouse: reference dimensions, targets, plan tasks and the audit tables.
-- Loaded by the referenceLoad job from data/reference/ (real data, sources in data/reference/SOURCES.md).

-- Identity of this warehouse file; keys the job repository's record of what was loaded into it.
create table etl_warehouse (
    warehouse_id   varchar   not null primary key,
    created_at     timestamp not null
);
insert into etl_warehouse select cast(uuid() as varchar), current_timestamp;

-- Grain: one row per administrative or school unit that ever existed.
-- unit_key is stable across loads: '<unit_type>-<official code>', e.g. 'commune-21211',
-- 'former-commune-21010', 'former-district-534', 'former-province-62', 'new-province-51'.
create table dim_unit (
    unit_key                 varchar not null primary key,
    unit_type                varchar not null,   -- new_province | former_province | former_district | former_commune | commune | school
    unit_code                varchar not null,   -- official GSO/NSO code (school code for schools)
    admin_type_vi            varchar,            -- tỉnh, huyện, thị xã, thành phố, xã, phường, thị trấn, đặc khu
    name_vi                  varchar not null,   -- official name with its type, NFC: 'Xã Tịnh Khê'
    short_name_vi            varchar not null,   -- without the type: 'Tịnh Khê'
    name_folded              varchar not null,   -- match key: no diacritics, lower case ('tinh khe')
    parent_unit_key          varchar,            -- district of a former commune, province of a district or new commune
    province_unit_key        varchar,            -- province the unit belonged to
    valid_from               date,               -- null: existed before the warehouse's records start
    valid_to                 date,               -- null: still exists
    is_mountain              boolean,            -- null: not known
    is_island                boolean,
    is_border                boolean,
    is_ethnic_minority_area  boolean,
    attribute_basis          varchar,            -- where the attributes come from
    source                   varchar not null,   -- reference file
    check (unit_type in ('new_province', 'former_province', 'former_district', 'former_commune', 'commune', 'school')),
    check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

-- Grain: one row per (former unit, new unit) pair. Weights of one former unit sum to 1.
create table bridge_unit_crosswalk (
    from_unit_key     varchar       not null,
    to_unit_key       varchar       not null,
    weight            decimal(9, 6) not null,
    weight_basis      varchar       not null,   -- why this weight: 'whole unit', or the basis of a split
    is_partial_split  boolean       not null,
    source            varchar       not null,
    primary key (from_unit_key, to_unit_key),
    check (weight > 0 and weight <= 1)
);

-- Grain: one row per school year; school_year 2024 = school year 2024-2025.
create table dim_school_year (
    school_year     integer not null primary key,
    label           varchar not null,   -- '2024-2025'
    starts_on       date    not null,   -- 1 September
    ends_on         date    not null,   -- 31 May
    reference_date  date    not null,   -- 30 September: the date yearly statistics count as of
    era             varchar not null    -- 'former_provinces' before the 1 July 2025 reform, 'merged_province' after
);
insert into dim_school_year
select y, y || '-' || (y + 1), make_date(y, 9, 1), make_date(y + 1, 5, 31), make_date(y, 9, 30),
       case when y < 2025 then 'former_provinces' else 'merged_province' end
from range(2000, 2051) t(y);

-- Grain: one row per indicator.
create table dim_indicator (
    indicator_code           varchar not null primary key,
    name_vi                  varchar not null,
    name_en                  varchar not null,
    level                    varchar not null,   -- preschool, primary, lower_secondary, …
    kind                     varchar not null,   -- ratio | count | level
    unit                     varchar not null,   -- percent | count | level
    numerator_definition     varchar,
    denominator_definition   varchar,
    numerator_indicator_code    varchar,     -- for a rate of two catalogued counts: its numerator count
    denominator_indicator_code  varchar,     -- … and its denominator count
    aggregation              varchar not null,   -- sum_ratio | sum | min (levels: an area is at level N only if all its parts are) | not_aggregable
    direction                varchar not null,   -- higher_is_better | lower_is_better
    uis_code                 varchar,
    uis_definition           varchar,
    notes                    varchar,
    check (kind in ('ratio', 'count', 'level')),
    check (aggregation in ('sum_ratio', 'sum', 'min', 'not_aggregable')),
    check (direction in ('higher_is_better', 'lower_is_better'))
);

-- Grain: one row per disaggregation (population subgroup or school ownership).
create table dim_disaggregation (
    disaggregation_code  varchar not null primary key,
    dimension            varchar not null,   -- total | ethnicity | sex | ownership
    name_vi              varchar not null,
    name_en              varchar not null
);

-- Grain: one row per source document (plan) that sets targets or tasks.
create table dim_source_document (
    document_id  varchar not null primary key,
    file_name    varchar not null,
    title_vi     varchar not null,
    title_en     varchar,
    issuer_vi    varchar,
    scope        varchar,
    date_text    varchar,
    notes        varchar
);

-- Grain: one row per target stated in a source document
-- (scope unit × indicator × disaggregation × target year, per document and clause).
create table fct_target (
    target_id            varchar not null primary key,
    document_id          varchar not null,
    clause               varchar not null,   -- where in the document: 'II.2.a'
    scope_unit_key       varchar not null,   -- the unit the target is set for
    indicator_code       varchar not null,
    disaggregation_code  varchar not null,
    target_year          integer not null,   -- calendar year named by the document ("đến năm 2030")
    target_school_year   integer not null,   -- school year it is judged on (configuration: edu2030.target-year-offset)
    comparator           varchar not null,   -- >=, >, =, <=, <
    target_value         double  not null,   -- percent numbers for rates (38 = 38 %)
    value_decimals       integer not null,   -- decimals as printed, for rounding checks
    stated_numerator     double,             -- counts printed beside the value: 13 of "86,7% (13/15 trường)"
    stated_denominator   double,
    is_approximate       boolean not null,   -- "khoảng"
    quote_vi             varchar not null,   -- the clause, verbatim from the document
    note                 varchar,
    check (comparator in ('>=', '>', '=', '<=', '<'))
);

-- Grain: one row per task in a plan's task register (seeds 001 and 003).
create table dim_plan_task (
    plan_task_key         varchar not null primary key,   -- '<document_id>:<task_no>'
    document_id           varchar not null,
    task_no               varchar not null,
    task_no_as_printed    varchar not null,
    section_no            varchar,
    section_title_vi      varchar,
    task_vi               varchar not null,
    legal_basis_vi        varchar,
    lead_unit_vi          varchar,
    partners_vi           varchar,
    expected_result_vi    varchar,
    deadline_text_vi      varchar,            -- the deadline as worded in the plan
    deadline_kind         varchar not null,   -- date | period | recurring | date_and_recurring | conditional | unparsed
    due_date              date,               -- last day of the named period ("Quý I năm 2026" → 2026-03-31)
    period_start          date,
    recurrence            varchar,            -- continuous ("Thường xuyên") | annual ("Hằng năm")
    condition_vi          varchar,            -- "Sau khi Chính phủ ban hành …"
    note                  varchar
);

-- Audit: one row per job run that wrote to the warehouse.
create sequence etl_load_seq start 1;
create table etl_load (
    load_id           bigint    not null primary key,
    job_name          varchar   not null,
    job_execution_id  bigint,
    started_at        timestamp not null,
    finished_at       timestamp,
    status            varchar   not null,   -- running | completed | failed
    summary           varchar
);

-- Audit: one row per file read by a load (reference files and, later, statistics deliveries).
create table etl_file (
    file_sha256   varchar   not null,
    file_name     varchar   not null,
    feed          varchar   not null,   -- reference | …
    size_bytes    bigint,
    load_id       bigint    not null,
    loaded_at     timestamp not null,
    primary key (file_sha256, feed)
);

-- Audit: result of each data check (sql/tests/assert_*.sql) in each run; a check holds with 0 rows.
create table etl_check_result (
    load_id       bigint    not null,
    check_name    varchar   not null,
    violations    bigint    not null,
    sample        varchar,              -- the first violating rows, as text
    checked_at    timestamp not null,
    primary key (load_id, check_name)
);
