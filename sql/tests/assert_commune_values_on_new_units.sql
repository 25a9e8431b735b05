-- The commune table holds the 96 new units only.
select v.unit_key
from fct_indicator_value_commune v left join dim_unit u using (unit_key)
where u.unit_type is distinct from 'commune'
