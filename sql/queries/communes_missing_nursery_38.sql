-- Question: Which of the new communes will miss the province's 2030 target of 38 % nursery
--   enrolment (children aged 0-2 in nursery groups, all children)?
-- Câu hỏi: Những xã, phường, đặc khu mới nào sẽ không đạt mục tiêu năm 2030 của tỉnh: 38% trẻ em
--   trong độ tuổi nhà trẻ đến trường?
-- Columns: commune_key, commune_vi, latest_school_year, latest_pct, projected_pct, lower_80_pct, upper_80_pct, probability_of_meeting, regression_status, growth_ratio_status, history_comparability
--
-- "Will miss" = the regression projection for the target's school year (2029-2030) does not meet the
-- target (status needs_acceleration or regressing), from v_progress_2030 — most likely to miss first.
-- Communes with too little data for a projection are not listed (v_progress_2030 shows them).
with nursery as (
    select *
    from v_progress_2030
    where unit_type = 'commune'
      and indicator_code = 'PRE_NURSERY_ENROL_RATE'
      and disaggregation_code = 'all'
      and document_id = '000'
),
missing as (
    select n.unit_key as commune_key, n.unit_name_vi as commune_vi, y.label as latest_school_year,
           round(n.latest_value, 1) as latest_pct, round(n.projected_value, 1) as projected_pct,
           round(n.lower_80, 1) as lower_80_pct, round(n.upper_80, 1) as upper_80_pct,
           round(n.probability_of_meeting, 2) as probability_of_meeting, n.regression_status,
           n.growth_ratio_status, n.history_comparability
    from nursery n
    left join dim_school_year y on y.school_year = n.latest_school_year
    where n.regression_status in ('needs_acceleration', 'regressing')
)
select * from missing
order by probability_of_meeting nulls last, commune_key;
