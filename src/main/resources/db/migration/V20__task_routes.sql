-- The decision mode of the current step and the round (stay in a step) its waiting approvals belong to.
alter table tasks add column step_mode text check (step_mode in ('any_one', 'all_of'));
alter table tasks add column step_round int not null default 0;
create index tasks_org_activity_idx on tasks (org_id, last_activity_at desc);

-- A request still waiting when the task leaves the step is kept as 'skipped', so that everyone asked on a
-- past step still takes part in the task.
alter table task_approvals drop constraint task_approvals_choice_check;
alter table task_approvals add constraint task_approvals_choice_check
    check (choice in ('waiting', 'approved', 'rejected', 'acknowledged', 'revoked', 'skipped'));

-- Approvals recorded for the author who created a task on a step they decide.
alter table task_approvals add column automatic boolean not null default false;
create index task_approvals_task_round_idx on task_approvals (task_id, round);

-- The task version each change produced, to tell which fields changed since a client's version.
alter table task_history add column task_version int;
create index task_history_fields_idx on task_history (task_id, task_version) where field_id is not null;

create index task_step_visits_open_idx on task_step_visits (task_id) where left_at is null;
create index attachments_comment_idx on attachments (comment_id);
