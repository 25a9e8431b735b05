-- Every unit's parent and province are units of the warehouse.
select u.unit_key, u.parent_unit_key, u.province_unit_key
from dim_unit u
left join dim_unit p on p.unit_key = u.parent_unit_key
left join dim_unit pr on pr.unit_key = u.province_unit_key
where (u.parent_unit_key is not null and p.unit_key is null)
   or (u.province_unit_key is not null and pr.unit_key is null)
