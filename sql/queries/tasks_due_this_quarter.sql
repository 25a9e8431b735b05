-- Question: Which plan tasks fall due in the current calendar quarter, and which recur (yearly or
--   continuously), with their lead unit and the deadline as the plan words it?
-- Câu hỏi: Những nhiệm vụ nào của các kế hoạch đến hạn trong quý này, và những nhiệm vụ nào thực
--   hiện thường xuyên, hằng năm — đơn vị chủ trì và thời hạn như kế hoạch ghi?
-- Columns: plan_task_key, document_id, task_no, task_vi, lead_unit_vi, deadline_text_vi, due_date, recurrence, condition_vi, due_reason
--
-- The quarter is the one of current_date (first to last day). due_date is the last day of the
-- period a deadline names ("Quý I năm 2026" → 2026-03-31, "Năm 2026" → 2026-12-31).
-- due_reason: due_this_quarter, or recurring (recurrence continuous = "Thường xuyên",
-- annual = "Hằng năm"); a task both due and recurring is listed once, as due_this_quarter.
-- condition_vi: a condition the deadline depends on ("Sau khi … ban hành"), when there is one.
with this_quarter as (
    select cast(date_trunc('quarter', current_date) as date) as first_day,
           cast(date_trunc('quarter', current_date) + interval 3 month - interval 1 day as date) as last_day
),
task as (
    select t.*,
           case when t.due_date between q.first_day and q.last_day then 'due_this_quarter'
                when t.recurrence is not null then 'recurring' end as due_reason
    from dim_plan_task t
    cross join this_quarter q
)
select plan_task_key, document_id, task_no_as_printed as task_no, task_vi, lead_unit_vi, deadline_text_vi,
       due_date, recurrence, condition_vi, due_reason
from task
where due_reason is not null
order by due_reason, due_date nulls last, document_id, plan_task_key;
