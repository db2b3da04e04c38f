-- When the task's current stay in its step is due, from the step's due hours; null when the step has none.
alter table tasks add column step_due timestamptz;
