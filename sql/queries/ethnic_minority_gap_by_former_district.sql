-- Question: For each former district and school year, by how many percentage points does the
--   enrolment of ethnic-minority children trail that of all children, in nursery (0-2 years) and
--   in kindergarten (3-5 years)?
-- Câu hỏi: Theo từng huyện cũ và từng năm học, tỷ lệ huy động trẻ em dân tộc thiểu số đến trường
--   thấp hơn tỷ lệ chung của tất cả trẻ em bao nhiêu điểm phần trăm, ở nhà trẻ (0-2 tuổi) và ở mẫu
--   giáo (3-5 tuổi)?
-- Columns: former_district_key, former_district_vi, former_province_vi, school_year, nursery_all_pct, nursery_ethnic_minority_pct, nursery_gap_pp, kindergarten_all_pct, kindergarten_ethnic_minority_pct, kindergarten_gap_pp, comparability
--
-- gap_pp = all children − ethnic-minority children (positive: ethnic-minority children trail).
-- Rates come from v_indicator_value (summed numerators and denominators). Before 2025 a former
-- district is the sum of its former communes; from 2025 of the new communes covering it, so its
-- comparability is rebased or apportioned: compare across the reform with care.
with enrolment as (
    select unit_key, school_year, indicator_code, disaggregation_code, value,
           case comparability when 'native' then 0 when 'rebased' then 1 else 2 end as comparability_rank
    from v_indicator_value
    where unit_type = 'former_district'
      and indicator_code in ('PRE_NURSERY_ENROL_RATE', 'PRE_KINDER_ENROL_RATE')
      and disaggregation_code in ('all', 'ethnic_minority')
),
district_year as (
    select unit_key, school_year,
           any_value(value) filter (where indicator_code = 'PRE_NURSERY_ENROL_RATE'
                                      and disaggregation_code = 'all') as nursery_all,
           any_value(value) filter (where indicator_code = 'PRE_NURSERY_ENROL_RATE'
                                      and disaggregation_code = 'ethnic_minority') as nursery_ethnic_minority,
           any_value(value) filter (where indicator_code = 'PRE_KINDER_ENROL_RATE'
                                      and disaggregation_code = 'all') as kindergarten_all,
           any_value(value) filter (where indicator_code = 'PRE_KINDER_ENROL_RATE'
                                      and disaggregation_code = 'ethnic_minority') as kindergarten_ethnic_minority,
           max(comparability_rank) as comparability_rank
    from enrolment
    group by unit_key, school_year
),
gap as (
    select d.unit_key as former_district_key, u.name_vi as former_district_vi, p.name_vi as former_province_vi,
           y.label as school_year,
           round(d.nursery_all, 1) as nursery_all_pct,
           round(d.nursery_ethnic_minority, 1) as nursery_ethnic_minority_pct,
           round(d.nursery_all - d.nursery_ethnic_minority, 1) as nursery_gap_pp,
           round(d.kindergarten_all, 1) as kindergarten_all_pct,
           round(d.kindergarten_ethnic_minority, 1) as kindergarten_ethnic_minority_pct,
           round(d.kindergarten_all - d.kindergarten_ethnic_minority, 1) as kindergarten_gap_pp,
           case d.comparability_rank when 0 then 'native' when 1 then 'rebased' else 'apportioned' end as comparability
    from district_year d
    join dim_unit u on u.unit_key = d.unit_key
    left join dim_unit p on p.unit_key = u.parent_unit_key
    join dim_school_year y on y.school_year = d.school_year
    where d.nursery_ethnic_minority is not null or d.kindergarten_ethnic_minority is not null
)
select * from gap
order by former_province_vi, former_district_vi, school_year;
