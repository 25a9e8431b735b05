-- Re-basing neither loses nor invents: for every summable component, a year's total over the former
-- units equals its total over the new communes they were re-based onto.
with former as (
    select v.school_year, v.indicator_code, v.disaggregation_code,
           sum(v.numerator) as numerator, sum(v.denominator) as denominator, sum(v.value) as value
    from fct_indicator_value v join dim_indicator i using (indicator_code)
    where i.aggregation in ('sum', 'sum_ratio')
      and exists (select 1 from bridge_unit_crosswalk x where x.from_unit_key = v.unit_key)
    group by all
),
rebased as (
    select school_year, indicator_code, disaggregation_code,
           sum(numerator) as numerator, sum(denominator) as denominator, sum(value) as value
    from fct_indicator_value_commune v join dim_indicator i using (indicator_code)
    where comparability <> 'native' and i.aggregation in ('sum', 'sum_ratio')
    group by all
)
select f.*, r.numerator as rebased_numerator, r.denominator as rebased_denominator, r.value as rebased_value
from former f left join rebased r using (school_year, indicator_code, disaggregation_code)
where abs(coalesce(f.numerator, 0) - coalesce(r.numerator, 0)) > 1e-6
   or abs(coalesce(f.denominator, 0) - coalesce(r.denominator, 0)) > 1e-6
   or (exists (select 1 from dim_indicator i where i.indicator_code = f.indicator_code and i.aggregation = 'sum')
       and abs(coalesce(f.value, 0) - coalesce(r.value, 0)) > 1e-6)
