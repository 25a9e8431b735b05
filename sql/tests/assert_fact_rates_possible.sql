-- No stored rate is impossible: numerator within 0 … denominator, value within 0 … 100 %.
select v.unit_key, v.school_year, v.indicator_code, v.numerator, v.denominator, v.value
from fct_indicator_value v join dim_indicator i using (indicator_code)
where i.kind = 'ratio'
  and (v.numerator < 0 or v.denominator < 0 or v.numerator > v.denominator or v.value < 0 or v.value > 100 + 1e-9)
