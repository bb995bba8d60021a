-- The document module: official documents known by their symbol, one version per language
-- (each with its file or files in the blob store), and one search index over documents,
-- discussions and comments.

create table document (
    id              bigserial primary key,
    symbol          text not null unique,            -- canonical, e.g. CTBT/PTS/INF.1234/Rev.1
    series          text not null,                   -- CTBT
    body            text not null,                   -- PTS, PC, WGB
    session         text,                            -- 61 in CTBT/PC-61/1
    kind            text,                            -- INF, CRP, WP; null for a plain number
    number          text,
    suffix          text,                            -- the last of Add./Corr./Rev., e.g. Rev.1
    parent_symbol   text,                            -- the symbol this one revises, corrects or adds to
    doc_type        varchar(24) not null check (doc_type in
                        ('OFFICIAL', 'WORKING_PAPER', 'CONFERENCE_ROOM_PAPER', 'DRAFT', 'INFORMATION_NOTE')),
    distribution    varchar(16) not null default 'GENERAL' check (distribution in ('GENERAL', 'LIMITED', 'RESTRICTED')),
    issuing_body    text,
    meeting         text,                            -- the meeting module will give it an id
    issued_on       date,
    agenda_items    text[] not null default '{}',
    created_by      bigint references participant (id),
    created_at      timestamptz not null default now()
);
create index document_parent_idx on document (parent_symbol);
create index document_body_idx on document (body, issued_on desc);

create table document_title (
    document_id     bigint not null references document (id) on delete cascade,
    language        varchar(2) not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title           text not null,
    primary key (document_id, language)
);

-- discussions a document was added to (besides those whose subject is its symbol)
create table document_discussion (
    document_id     bigint not null references document (id) on delete cascade,
    discussion_id   bigint not null references discussion (id) on delete cascade,
    primary key (document_id, discussion_id)
);

-- one file of a language version; received -> extracted -> (in review) -> published
create table document_file (
    id                  bigserial primary key,
    document_id         bigint not null references document (id) on delete cascade,
    language            varchar(2) not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    file_name           text not null,
    media_type          text not null,
    size_bytes          bigint not null,
    sha256              char(64) not null,           -- the blob store key: content address and checksum
    source              varchar(8) not null check (source in ('WEB', 'API', 'EMAIL', 'DEMO')),
    uploaded_by         bigint references participant (id),
    uploaded_at         timestamptz not null default now(),
    status              varchar(16) not null default 'RECEIVED' check (status in
                            ('RECEIVED', 'EXTRACTED', 'IN_REVIEW', 'PUBLISHED', 'REJECTED')),
    needs_review        boolean not null default false,
    extracted_at        timestamptz,
    text_chars          int,
    ocr                 boolean not null default false,
    detected_language   varchar(8),
    language_mismatch   boolean not null default false,
    preview_sha256      char(64),
    note                text,                        -- what extraction or review said
    reviewed_by         bigint references participant (id),
    published_at        timestamptz,
    unique (document_id, language, sha256)
);
create index document_file_waiting_idx on document_file (status) where status in ('RECEIVED', 'IN_REVIEW');

-- one searchable entry per document file, discussion and comment; tsv is built per language:
-- PostgreSQL's stemming configurations for en/fr/es/ru, Lucene's analysers for ar/zh
create table search_entry (
    id              bigserial primary key,
    kind            varchar(16) not null check (kind in ('DOCUMENT', 'DISCUSSION', 'COMMENT')),
    ref_id          bigint not null,
    document_id     bigint references document (id) on delete cascade,
    discussion_id   bigint references discussion (id) on delete cascade,
    language        varchar(8) not null,
    title           text not null,
    body            text not null,
    tsv             tsvector not null,
    indexed_at      timestamptz not null default now(),
    unique (kind, ref_id)
);
create index search_entry_tsv_idx on search_entry using gin (tsv);
