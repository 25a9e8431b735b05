-- Every target is judged on a school year of the calendar.
select t.target_id, t.target_school_year
from fct_target t left join dim_school_year y on y.school_year = t.target_school_year
where y.school_year is null
