create table note (id varchar(64) primary key, text varchar(200) not null);
create table note_seen (event_id uuid not null, note_id varchar(64) not null, seen_at timestamptz not null default now());
