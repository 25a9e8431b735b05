-- The school-year calendar has no gaps and labels each year as start-(start+1).
select school_year, label
from dim_school_year
where label <> school_year || '-' || (school_year + 1)
   or (school_year > (select min(school_year) from dim_school_year)
       and not exists (select 1 from dim_school_year p where p.school_year = dim_school_year.school_year - 1))
