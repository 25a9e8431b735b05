-- Every fact names a known unit, indicator, disaggregation and school year.
select v.unit_key, v.school_year, v.indicator_code, v.disaggregation_code
from fct_indicator_value v
left join dim_unit u using (unit_key)
left join dim_indicator i using (indicator_code)
left join dim_disaggregation d using (disaggregation_code)
left join dim_school_year y using (school_year)
where u.unit_key is null or i.indicator_code is null or d.disaggregation_code is null or y.school_year is null
