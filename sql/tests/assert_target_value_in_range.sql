-- A percentage target lies between 0 and 100; counts and levels are not negative.
select t.target_id, t.indicator_code, t.target_value
from fct_target t join dim_indicator i using (indicator_code)
where t.target_value < 0 or (i.unit = 'percent' and t.target_value > 100)
