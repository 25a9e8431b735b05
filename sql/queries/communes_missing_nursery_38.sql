-- Question: Which of the new communes will miss the province's 2030 target of 38 % nursery
--   enrolment (children aged 0-2 in nursery groups, all children)?
-- Câu hỏi: Những xã, phường, đặc khu mới nào sẽ không đạt mục tiêu năm 2030 của tỉnh: 38% trẻ em
--   trong độ tuổi nhà trẻ đến trường?
-- Columns: commune_key, commune_vi, latest_school_year, nursery_enrol_pct, target_pct, gap_pp, comparability
--
-- Until projections exist, "will miss" means: the commune's latest value is below the target.
-- gap_pp = target − latest value, in percentage points. Communes without a value are not listed.
-- TODO(projections): answer from v_progress_2030 (the projected 2030 value and its status) once
--   that view exists; a commune that is below the target today but on track will then drop out.
with province_target as (
    -- seed 000 II.2.a; if documents ever disagree, the most demanding (v_target_issue lists conflicts)
    select max(target_value) as target_pct
    from fct_target
    where scope_unit_key = 'new-province-51'
      and indicator_code = 'PRE_NURSERY_ENROL_RATE'
      and disaggregation_code = 'all'
      and target_year = 2030
),
latest_value as (
    select unit_key, school_year, value, comparability
    from v_indicator_value
    where unit_type = 'commune'
      and indicator_code = 'PRE_NURSERY_ENROL_RATE'
      and disaggregation_code = 'all'
      and value is not null
    qualify row_number() over (partition by unit_key order by school_year desc) = 1
),
below_target as (
    select l.unit_key as commune_key, u.name_vi as commune_vi, y.label as latest_school_year,
           round(l.value, 1) as nursery_enrol_pct, t.target_pct,
           round(t.target_pct - l.value, 1) as gap_pp, l.comparability
    from latest_value l
    cross join province_target t
    join dim_unit u on u.unit_key = l.unit_key
    join dim_school_year y on y.school_year = l.school_year
    where l.value < t.target_pct
)
select * from below_target
order by gap_pp desc, commune_key;
