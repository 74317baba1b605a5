-- A routine that concerns two brukare (sammanboende: both cohabitants) holds the running slot of
-- each of them: one row per instance and brukare, so the UNIQUE (running_brukare_id, process_key)
-- of V2 keeps a second order for either cohabitant out, however many arrive at once.

alter table running_routine drop constraint uq_running_routine_instance;
alter table running_routine add constraint uq_running_routine_instance_brukare unique (process_instance_id, brukare_id);
