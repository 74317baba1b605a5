-- Removal (processes 2, 4, 6): keys go back to the brukare and stay on the record as history.
-- issued_to is who the set was handed to (hemtjänst, larmgrupp, nattgrupp); holder is who has it
-- now, BRUKARE once returned (with the time). A set is identified by whom it was issued to.
alter table physical_key add column issued_to varchar(20);
update physical_key set issued_to = holder;
alter table physical_key alter column issued_to set not null;
alter table physical_key add column returned_at timestamp;
alter table physical_key drop constraint uq_physical_key_holder_number;
alter table physical_key add constraint uq_physical_key_issued_number unique (brukare_id, issued_to, key_number);
alter table physical_key add constraint ck_physical_key_issued_to
    check (issued_to in ('HEMTJANST', 'LARMGRUPP', 'NATTGRUPP', 'BRUKARE'));
alter table physical_key add constraint ck_physical_key_returned
    check ((returned_at is null and holder = issued_to) or (returned_at is not null and holder = 'BRUKARE'));
