-- Partner directory: each organisation's legal tasks, what it committed to in the partnership, and
-- its one fixed contact person.
alter table organisation add column legal_tasks text[] not null default '{}';
alter table organisation add column commitments text;
alter table organisation add column contact_person_id uuid references account (id);
