-- Each fact table holds one row per grain (see its migration); the tables carry no primary-key
-- index (V4), so the grain is checked here after every load.
select 'fct_indicator_value' as fact_table, unit_key, school_year::varchar as school_year, indicator_code,
       disaggregation_code, null as target_id, null as method, count(*) as copies
from fct_indicator_value
group by unit_key, school_year, indicator_code, disaggregation_code
having count(*) > 1
union all
select 'fct_indicator_value_commune', unit_key, school_year::varchar, indicator_code, disaggregation_code, null, null,
       count(*)
from fct_indicator_value_commune
group by unit_key, school_year, indicator_code, disaggregation_code
having count(*) > 1
union all
select 'fct_projection', unit_key, null, indicator_code, disaggregation_code, target_id, method, count(*)
from fct_projection
group by unit_key, indicator_code, disaggregation_code, target_id, method
having count(*) > 1
