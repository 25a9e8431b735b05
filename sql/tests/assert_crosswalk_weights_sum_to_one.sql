-- The weights of one former unit sum to 1: re-based history neither loses nor invents anything.
select from_unit_key, sum(weight) as total_weight
from bridge_unit_crosswalk
group by from_unit_key
having abs(sum(weight) - 1) > 1e-6
