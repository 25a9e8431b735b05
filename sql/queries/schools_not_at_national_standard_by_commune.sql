-- Question: Which schools do not (yet) meet the national standard, new commune by new commune?
-- Câu hỏi: Theo từng xã, phường, đặc khu mới, những trường nào chưa đạt chuẩn quốc gia?
-- Columns: commune_key, commune_vi, latest_school_year, schools_not_at_standard, schools_reported, school_names_vi
--
-- A school is not at standard when the numerator of its latest national-standard rate
-- (PRE_, PRI_, LSE_ or PRILSE_NATSTD_SCHOOL_RATE; per school 1 = recognised, 0 = not) is 0.
-- GEN_NATSTD_SCHOOL_RATE is derived from those rates and not read a second time.
-- schools_reported: the commune's schools with such a rate; only communes with at least one school
-- not at standard are listed. Schools come from the merged-province feed (from school year 2025-2026).
with latest_rate as (
    select v.unit_key, v.school_year, v.numerator
    from v_indicator_value v
    where v.unit_type = 'school'
      and v.indicator_code like '%\_NATSTD\_SCHOOL\_RATE' escape '\'
      and v.indicator_code not in (select indicator_code from dim_indicator_derivation)
      and v.disaggregation_code = 'all'
      and v.denominator > 0
    qualify row_number() over (partition by v.unit_key, v.indicator_code order by v.school_year desc) = 1
),
school as (
    -- a multi-level school reporting two rates is not at standard if either says so
    select unit_key, max(school_year) as school_year, bool_or(numerator = 0) as not_at_standard
    from latest_rate
    group by unit_key
),
by_commune as (
    select c.unit_key as commune_key, c.name_vi as commune_vi, max(s.school_year) as school_year,
           count(*) filter (where s.not_at_standard) as schools_not_at_standard,
           count(*) as schools_reported,
           string_agg(u.name_vi, '; ' order by u.name_vi) filter (where s.not_at_standard) as school_names_vi
    from school s
    join dim_unit u on u.unit_key = s.unit_key
    join dim_unit c on c.unit_key = u.parent_unit_key
    group by c.unit_key, c.name_vi
    having count(*) filter (where s.not_at_standard) > 0
)
select b.commune_key, b.commune_vi, y.label as latest_school_year, b.schools_not_at_standard,
       b.schools_reported, b.school_names_vi
from by_commune b
join dim_school_year y using (school_year)
order by b.schools_not_at_standard desc, b.commune_key;
