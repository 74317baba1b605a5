-- A document sent with an outgoing message (the Tunstall order's PDF, Beställningsblankett): its
-- bytes, file name and content type, all three or none. bytea is PostgreSQL's binary type; H2 2.x
-- reads it as BINARY VARYING (up to 1 GB), so the same migration serves both.
alter table outgoing_message add column document bytea;
alter table outgoing_message add column document_file_name varchar(200);
alter table outgoing_message add column document_content_type varchar(100);
alter table outgoing_message add constraint ck_outgoing_message_document check (
    (document is null and document_file_name is null and document_content_type is null)
    or (document is not null and document_file_name is not null and document_content_type is not null));
