-- A projection lies inside its 80 % interval, which lies inside its 95 % interval; probabilities are
-- probabilities; rate projections stay within 0 … 100 %.
select p.unit_key, p.indicator_code, p.target_id, p.method, p.projected_value, p.lower_80, p.upper_80,
       p.lower_95, p.upper_95, p.probability_of_meeting
from fct_projection p join dim_indicator i using (indicator_code)
where p.lower_95 > p.lower_80 + 1e-9 or p.lower_80 > p.projected_value + 1e-9
   or p.projected_value > p.upper_80 + 1e-9 or p.upper_80 > p.upper_95 + 1e-9
   or p.probability_of_meeting < 0 or p.probability_of_meeting > 1
   or (i.kind = 'ratio' and p.method <> 'growth_ratio' and (p.projected_value < 0 or p.projected_value > 100))
