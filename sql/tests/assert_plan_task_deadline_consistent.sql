-- A parsed deadline is complete: dated kinds have a date, recurring kinds a recurrence, and a task
-- with a deadline wording is never left unparsed.
select plan_task_key, deadline_kind, due_date, recurrence, deadline_text_vi
from dim_plan_task
where (deadline_kind in ('date', 'period', 'date_and_recurring') and due_date is null)
   or (deadline_kind in ('recurring', 'date_and_recurring') and recurrence is null)
   or (deadline_kind = 'period' and period_start is null)
   or (deadline_kind = 'conditional' and condition_vi is null)
   or (deadline_kind = 'unparsed' and deadline_text_vi is not null)
