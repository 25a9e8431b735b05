-- A rate built from two catalogued counts names counts that exist.
select i.indicator_code, i.numerator_indicator_code, i.denominator_indicator_code
from dim_indicator i
left join dim_indicator n on n.indicator_code = i.numerator_indicator_code
left join dim_indicator d on d.indicator_code = i.denominator_indicator_code
where (i.numerator_indicator_code is not null and (n.kind is distinct from 'count' or i.kind <> 'ratio'))
   or (i.denominator_indicator_code is not null and (d.kind is distinct from 'count' or i.kind <> 'ratio'))
