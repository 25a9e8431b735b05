-- v_progress_2030: where each unit stands on each target and whether the trend gets there.
-- Grain: one row per unit × indicator × disaggregation × target, with the latest value, the target,
-- the regression projection with its 80 % / 95 % intervals and probability, and the status of both
-- methods (regression, growth ratio), with Vietnamese and English names.
create or replace view v_progress_2030 as
with latest as (
    select unit_key, indicator_code, disaggregation_code,
           arg_max(value, school_year) as latest_value, max(school_year) as latest_school_year
    from v_indicator_value
    where value is not null
    group by all
),
regression as (select * from fct_projection where method = 'regression'),
growth as (select * from fct_projection where method = 'growth_ratio')
select a.unit_key, u.unit_type, u.name_vi as unit_name_vi, u.parent_unit_key,
       t.indicator_code, i.name_vi as indicator_name_vi, i.name_en as indicator_name_en, i.unit as indicator_unit,
       t.disaggregation_code, g.name_vi as disaggregation_name_vi, g.name_en as disaggregation_name_en,
       t.target_id, t.document_id, t.clause, a.applies_as, t.comparator, t.target_value, t.target_year,
       t.target_school_year,
       l.latest_school_year, l.latest_value,
       r.projected_value, r.lower_80, r.upper_80, r.lower_95, r.upper_95, r.probability_of_meeting,
       r.slope_per_year, r.r_squared, r.years_used,
       coalesce(r.status, 'insufficient_data') as regression_status,
       coalesce(gr.status, 'insufficient_data') as growth_ratio_status,
       gr.category as growth_ratio_category, gr.growth_ratio, gr.required_growth, gr.actual_growth, gr.variant,
       coalesce(r.history_comparability, 'native') as history_comparability,
       case coalesce(r.status, 'insufficient_data')
         when 'achieved' then 'Đã đạt' when 'on_track' then 'Đúng tiến độ'
         when 'needs_acceleration' then 'Cần đẩy nhanh' when 'regressing' then 'Đang giảm'
         else 'Chưa đủ dữ liệu' end as regression_status_vi,
       r.note as regression_note, gr.note as growth_ratio_note
from v_target_applicable a
join fct_target t using (target_id)
join dim_unit u on u.unit_key = a.unit_key
join dim_indicator i on i.indicator_code = t.indicator_code
join dim_disaggregation g on g.disaggregation_code = t.disaggregation_code
left join latest l on l.unit_key = a.unit_key and l.indicator_code = t.indicator_code
                  and l.disaggregation_code = t.disaggregation_code
left join regression r on r.unit_key = a.unit_key and r.target_id = t.target_id
left join growth gr on gr.unit_key = a.unit_key and gr.target_id = t.target_id;
